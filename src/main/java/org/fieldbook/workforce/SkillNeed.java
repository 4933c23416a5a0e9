package org.fieldbook.workforce;

/** A skill that a job needs, by its id, at a minimum proficiency from 0 to 10. */
public record SkillNeed(long skillId, int minLevel) {
}
