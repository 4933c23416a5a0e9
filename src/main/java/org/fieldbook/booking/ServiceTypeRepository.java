package org.fieldbook.booking;

import org.fieldbook.system.ExternalIdRepository;

public interface ServiceTypeRepository extends ExternalIdRepository<ServiceType> {

}
