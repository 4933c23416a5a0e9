package org.fieldbook.workforce;

import org.fieldbook.system.ExternalIdRepository;

public interface TerritoryRepository extends ExternalIdRepository<Territory> {

}
