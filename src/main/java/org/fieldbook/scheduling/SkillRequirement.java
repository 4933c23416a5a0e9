package org.fieldbook.scheduling;

/** A skill that the job needs, at a minimum level from 0 to 10. */
public record SkillRequirement(String skill, int minLevel) {
}
