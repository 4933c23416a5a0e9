package org.fieldbook.workforce;

import org.fieldbook.system.ExternalIdRepository;

interface TerritoryRepository extends ExternalIdRepository<Territory> {

}
