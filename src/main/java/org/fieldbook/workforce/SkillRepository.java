package org.fieldbook.workforce;

import org.fieldbook.system.ExternalIdRepository;

interface SkillRepository extends ExternalIdRepository<Skill> {

}
