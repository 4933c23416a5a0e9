package org.fieldbook.backoffice.dispatch;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.fieldbook.booking.BookingRequest;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.masterdata.MasterDataImporter;
import org.fieldbook.support.ServiceWorld;
import org.springframework.jdbc.core.JdbcTemplate;

/** The service world seen from dispatch: Ana, and Ben with time off; visits booked at chosen local times. */
final class DispatchWorld {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private static final String BEN_WITH_TIME_OFF = """
			{"technicians":[{"id":"%s","name":"Ben Okafor","timeZone":"America/Chicago","home":{"lat":41.91,"lon":-87.66},
			                 "territories":["chicago"],"skills":[{"skill":"gas","level":5}],
			                 "workingHours":[{"days":["MON","TUE","WED","THU","FRI","SAT","SUN"],"from":"07:00","to":"18:00"}],
			                 "timeOff":[{"from":"%s","to":"%s"}]}]}
			""";

	private final ServiceWorld world;

	private final BookingService bookings;

	private final JdbcTemplate jdbc;

	DispatchWorld(ServiceWorld world, BookingService bookings, JdbcTemplate jdbc) {
		this.world = world;
		this.bookings = bookings;
		this.jdbc = jdbc;
	}

	static void benOffDuty(MasterDataImporter importer, LocalDateTime from, LocalDateTime to) {
		String json = BEN_WITH_TIME_OFF.formatted(ServiceWorld.SECOND_TECHNICIAN, from, to);
		importer.importJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

	/** The world's contact books the visit with this technician at this time on Chicago's clock. */
	BookedVisit book(LocalDateTime local, String technician, String details) {
		return bookings.book(new BookingRequest(ServiceWorld.SERVICE_TYPE, ServiceWorld.ACCOUNT, null, world.contactId,
				local.atZone(CHICAGO).toInstant(), List.of(technician), details));
	}

	/** Imported 15-minute bookings of a work order, every 20 minutes from {@code first}, held by one technician. */
	void importedBookings(int count, LocalDateTime first, String technician, Long workOrderId, String prefix) {
		long technicianId = jdbc.queryForObject("SELECT id FROM technician WHERE external_id = ?", Long.class, technician);
		for (int i = 0; i < count; i++) {
			LocalDateTime start = first.plus(Duration.ofMinutes(20L * i));
			long id = jdbc.queryForObject("""
					INSERT INTO booking (external_id, work_order_id, source, starts_at, ends_at, location_lat, location_lon, status)
					VALUES (?, ?, 'IMPORT', ?, ?, 41.88, -87.63, 'SCHEDULED') RETURNING id""", Long.class, prefix + i, workOrderId,
					Timestamp.from(start.atZone(CHICAGO).toInstant()),
					Timestamp.from(start.plusMinutes(15).atZone(CHICAGO).toInstant()));
			jdbc.update("INSERT INTO booking_assignment (booking_id, technician_id) VALUES (?, ?)", id, technicianId);
		}
	}

	long workOrderOf(long bookingId) {
		return jdbc.queryForObject("SELECT work_order_id FROM booking WHERE id = ?", Long.class, bookingId);
	}

}
