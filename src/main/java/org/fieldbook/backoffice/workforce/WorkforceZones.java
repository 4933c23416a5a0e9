package org.fieldbook.backoffice.workforce;

import java.time.ZoneId;
import java.util.List;

/** The time zones to choose from: Java's, in alphabetical order. */
final class WorkforceZones {

	static final List<String> SORTED = ZoneId.getAvailableZoneIds().stream().sorted().toList();

	private WorkforceZones() {
	}

}
