package org.fieldbook.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A skill that a service type needs, at a minimum proficiency. */
@Embeddable
record RequiredSkill(Long skillId, @Column(name = "min_proficiency") int minProficiency) {
}
