package org.fieldbook.workforce;

import org.fieldbook.system.ExternalIdRepository;

public interface SkillRepository extends ExternalIdRepository<Skill> {

}
