package org.fieldbook.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.fieldbook.scheduling.ArrivalWindow;

/**
 * The arrival window a customer was promised for a visit, from inclusive to exclusive; the booking's own start, the
 * one the ledger holds, lies inside it.
 */
public record PromisedWindow(Instant from, Instant to) {

	public PromisedWindow {
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("A promised window ends after it starts: " + from + "–" + to);
		}
	}

	public boolean holds(Instant start) {
		return !start.isBefore(from) && start.isBefore(to);
	}

	/** Of these windows on the zone's clock, the first that holds a visit starting then; empty when none does. */
	static Optional<PromisedWindow> holding(List<ArrivalWindow> windows, Instant start, ZoneId zone) {
		LocalDate date = start.atZone(zone).toLocalDate();
		return windows.stream()
			.map(window -> new PromisedWindow(window.startOn(date, zone).toInstant(), window.endOn(date, zone).toInstant()))
			.filter(window -> window.holds(start))
			.findFirst();
	}

	/** The window of a booking row ({@code window_starts_at}, {@code window_ends_at} under these names), or null. */
	static PromisedWindow read(ResultSet rs, String fromColumn, String toColumn) throws SQLException {
		Timestamp from = rs.getTimestamp(fromColumn);
		return from == null ? null : new PromisedWindow(from.toInstant(), rs.getTimestamp(toColumn).toInstant());
	}

	/** The window of a booking row whose bounds are columns {@code fromColumn} and the one after it, or null. */
	static PromisedWindow read(ResultSet rs, int fromColumn) throws SQLException {
		Timestamp from = rs.getTimestamp(fromColumn);
		return from == null ? null : new PromisedWindow(from.toInstant(), rs.getTimestamp(fromColumn + 1).toInstant());
	}

}
