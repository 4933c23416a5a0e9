package org.fieldbook.workforce;

import org.fieldbook.system.ExternalIdRepository;

interface TechnicianRepository extends ExternalIdRepository<Technician> {

}
