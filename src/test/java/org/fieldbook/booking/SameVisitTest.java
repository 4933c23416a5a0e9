package org.fieldbook.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.RuntimeService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.support.AtOnce;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One customer's visit is booked once: a second open visit of the same service type for the same account and site
 * at an overlapping time is refused, naming the first, when booking, when moving and when two requests come at once.
 * The world has two technicians, so that the slot engine offers a time that is already booked once more.
 */
@FieldbookIntegrationTest
class SameVisitTest {

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcTemplate jdbc;

	ServiceWorld world;

	@BeforeEach
	void twoTechnicians() {
		world = worlds.create();
		worlds.addSecondTechnician();
	}

	@Test
	void aSecondVisitAtTheSameOrAnOverlappingTimeIsRefusedWithTheFirstOnesReferenceAndNothingWritten() {
		BookedVisit first = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(3).slots().get(0), null));
		Slot sameTime = offeredAt(first.startsAt());
		// 90-minute visits: one that starts 30 minutes later overlaps the first by an hour.
		Slot halfAnHourLater = offeredAt(first.startsAt().plus(Duration.ofMinutes(30)));
		assertThat(sameTime.technicians()).as("the other technician is offered").doesNotContain(ServiceWorld.TECHNICIAN);

		assertThatThrownBy(() -> bookings.book(world.booking(sameTime, "again"))).isInstanceOf(VisitAlreadyBookedException.class)
			.extracting("existingReference").isEqualTo(first.reference());
		assertThatThrownBy(() -> bookings.book(world.booking(halfAnHourLater, null)))
			.isInstanceOf(VisitAlreadyBookedException.class);

		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking", Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM work_order", Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM work_order_note", Integer.class)).isZero();
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(BookingProcess.KEY).count()).isEqualTo(1);

		bookings.book(world.booking(offeredAt(first.endsAt()), null));
		bookings.cancel(first.reference());
		bookings.book(world.booking(offeredAt(first.startsAt()), null));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking WHERE status = 'SCHEDULED'", Integer.class))
			.as("right after the first, and at its time once it is canceled").isEqualTo(2);
	}

	@Test
	void aVisitIsNotMovedOntoAnotherOfTheSameServiceButOntoItsOwnTime() {
		BookedVisit first = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(3).slots().get(0), null));
		BookedVisit second = bookings.book(world.booking(offeredAt(first.startsAt().plus(Duration.ofHours(3))), null));

		Slot ontoTheFirst = offeredAt(first.startsAt().plus(Duration.ofMinutes(60)));
		assertThatThrownBy(() -> bookings.reschedule(second.reference(), ontoTheFirst.start().toInstant(), ontoTheFirst.technicians()))
			.isInstanceOf(VisitAlreadyBookedException.class).extracting("existingReference").isEqualTo(first.reference());
		assertThatThrownBy(() -> bookings.rescheduleForCompany(second.reference(), ontoTheFirst.start().toInstant(),
				ontoTheFirst.technicians(), "dana")).isInstanceOf(VisitAlreadyBookedException.class);
		assertThat(startOf(second)).isEqualTo(second.startsAt());

		Instant halfAnHourLater = second.startsAt().plus(Duration.ofMinutes(30));
		bookings.reschedule(second.reference(), halfAnHourLater, offeredAt(halfAnHourLater).technicians());
		assertThat(startOf(second)).isEqualTo(halfAnHourLater);
	}

	@Test
	void twoRequestsForTheSameVisitAtOnceGetOneBookingAndOneRefusal() throws Exception {
		Slot slot = slots.search(ServiceWorld.query()).days().get(3).slots().get(0);

		List<Throwable> failures = AtOnce.failures(List.of(() -> bookings.book(request(slot, ServiceWorld.TECHNICIAN)),
				() -> bookings.book(request(slot, ServiceWorld.SECOND_TECHNICIAN))));

		assertThat(failures).filteredOn(Objects::isNull).as("booked").hasSize(1);
		assertThat(failures).filteredOn(Objects::nonNull).singleElement().isInstanceOf(VisitAlreadyBookedException.class);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking", Integer.class)).isEqualTo(1);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(BookingProcess.KEY).count()).isEqualTo(1);
	}

	/** The time the engine offers now at this start, with whichever technician is free. */
	private Slot offeredAt(Instant start) {
		return slots.search(ServiceWorld.query()).days().stream()
			.flatMap(day -> day.slots().stream())
			.filter(slot -> slot.start().toInstant().equals(start))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no time offered at " + start));
	}

	private BookingRequest request(Slot slot, String technician) {
		return new BookingRequest(ServiceWorld.SERVICE_TYPE, ServiceWorld.ACCOUNT, null, world.contactId, slot.start().toInstant(),
				List.of(technician), null);
	}

	private Instant startOf(BookedVisit visit) {
		return jdbc.queryForObject("SELECT starts_at FROM booking WHERE id = ?", Timestamp.class, visit.bookingId()).toInstant();
	}

}
