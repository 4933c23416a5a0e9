package org.fieldbook.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.support.AtFixedInstants;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cut-off is the booking's rule, whoever asks: inside it the customer can no longer cancel or move a visit,
 * and the company still can, saying who did it on the work order's timeline.
 */
@FieldbookIntegrationTest
class BookingCutOffTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Autowired
	Visits visits;

	@Autowired
	TestClock clock;

	ServiceWorld world;

	@BeforeEach
	void world() {
		world = worlds.create().communicationType("EMAIL");
	}

	@AtFixedInstants
	void insideTheCutOffTheCustomerCanNeitherCancelNorMoveButTheCompanyCancelsAndSaysWho() {
		BookedVisit visit = book();
		clock.set(visit.startsAt().minus(Duration.ofHours(24)).plusSeconds(60));

		assertThat(bookings.customerMayChange(visits.byId(visit.bookingId(), "en").orElseThrow())).isFalse();
		assertThatThrownBy(() -> bookings.cancel(visit.reference())).isInstanceOf(CutOffPassedException.class);
		assertThatThrownBy(() -> bookings.reschedule(visit.reference(), visit.startsAt(), List.of(ServiceWorld.TECHNICIAN)))
			.isInstanceOf(CutOffPassedException.class);
		assertThat(status(visit)).isEqualTo("SCHEDULED");

		bookings.cancelForCompany(visit.reference(), "dana.dispatcher");

		assertThat(status(visit)).isEqualTo("CANCELED");
		assertThat(notes(visit)).containsExactly("dana.dispatcher: Canceled by the company");
	}

	@AtFixedInstants
	void insideTheCutOffTheCompanyMovesAVisitToAnotherFreeTime() {
		BookedVisit visit = book();
		clock.set(visit.startsAt().minus(Duration.ofHours(2)));
		Slot later = slots.search(ServiceWorld.query())
			.days()
			.stream()
			.flatMap(day -> day.slots().stream())
			.filter(slot -> slot.start().toInstant().isAfter(visit.endsAt()))
			.findFirst()
			.orElseThrow();

		BookedVisit moved = bookings.rescheduleForCompany(visit.reference(), later.start().toInstant(), later.technicians(),
				"dana.dispatcher");

		assertThat(moved.startsAt()).isEqualTo(later.start().toInstant());
		assertThat(status(visit)).isEqualTo("SCHEDULED");
		assertThat(notes(visit)).containsExactly("dana.dispatcher: Moved by the company to " + later.start().toInstant());
	}

	@AtFixedInstants
	void beforeTheCutOffTheCustomerCancels() {
		BookedVisit visit = book();
		clock.set(visit.startsAt().minus(Duration.ofHours(24)).minusSeconds(60));

		assertThat(bookings.customerMayChange(visits.byId(visit.bookingId(), "en").orElseThrow())).isTrue();
		bookings.cancel(visit.reference());

		assertThat(status(visit)).isEqualTo("CANCELED");
	}

	/** A visit some days ahead: beyond the default 24-hour cut-off. */
	private BookedVisit book() {
		Slot slot = slots.search(ServiceWorld.query()).days().get(3).slots().get(0);
		return bookings.book(world.booking(slot, null));
	}

	private List<String> notes(BookedVisit visit) {
		return jdbc.queryForList("""
				SELECT n.author || ': ' || n.body FROM work_order_note n JOIN booking b ON b.work_order_id = n.work_order_id
				 WHERE b.id = ? ORDER BY n.id""", String.class, visit.bookingId());
	}

	private String status(BookedVisit visit) {
		return jdbc.queryForObject("SELECT status FROM booking WHERE id = ?", String.class, visit.bookingId());
	}

}
