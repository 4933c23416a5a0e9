package org.fieldbook.workforce;

import org.fieldbook.system.ExternalIdRepository;

public interface TechnicianRepository extends ExternalIdRepository<Technician> {

}
