package org.fieldbook.workforce;

import java.time.ZoneId;

/**
 * A territory as the dispatch board shows it.
 *
 * @param zone the territory's clock: the time zone most of its active technicians work in (UTC without any)
 */
public record TerritorySummary(long id, String externalId, String name, ZoneId zone) {
}
