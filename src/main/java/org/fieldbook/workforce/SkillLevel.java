package org.fieldbook.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A technician's proficiency in one skill, 0 to 10. */
@Embeddable
record SkillLevel(Long skillId, @Column(name = "proficiency") int proficiency) {
}
