package org.fieldbook.booking;

import org.fieldbook.system.ExternalIdRepository;

interface ServiceTypeRepository extends ExternalIdRepository<ServiceType> {

}
