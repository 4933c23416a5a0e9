package org.fieldbook.workforce;

/** A skill as others show it: its Fieldbook id, the company's id and its name. */
public record SkillSummary(long id, String externalId, String name) {
}
