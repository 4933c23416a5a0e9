package org.fieldbook.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Freed times held in the ledger for one waiting visit: they block everyone else, fit or are refused, are taken once. */
@FieldbookIntegrationTest
class TimeHoldsTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Autowired
	TimeHolds holds;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	ServiceWorld world;

	/** Sam's visit in five days, waiting for an earlier time. */
	BookedVisit waiting;

	/** The first free time of the second date offered, as if a booking had just left it. */
	FreedTime freed;

	@BeforeEach
	void aWaitingVisitAndAFreedTime() {
		world = worlds.create();
		waiting = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(5).slots().get(0), null));
		Slot second = slots.search(ServiceWorld.query()).days().get(1).slots().get(0);
		freed = new FreedTime(0, ServiceWorld.SERVICE_TYPE, second.start().toInstant(), second.end().toInstant(),
				second.technicians());
	}

	@Test
	void aHeldTimeBlocksEverySearchAndBookingUntilItIsReleased() {
		HeldTime held = holds.hold(freed, waiting.bookingId(), inHalfAnHour(), null).orElseThrow();

		assertThat(offered(freed.startsAt())).as("held: offered to nobody").isFalse();
		Slot stale = new Slot(freed.startsAt().atZone(CHICAGO), freed.endsAt().atZone(CHICAGO),
				freed.technicians());
		assertThatThrownBy(() -> bookings.book(world.booking(stale, "a third customer"))).isInstanceOf(SlotUnavailableException.class);

		assertThat(holds.release(held.holdId())).isTrue();
		assertThat(offered(freed.startsAt())).as("released: bookable again").isTrue();
		assertThat(holds.release(held.holdId())).as("once").isFalse();
	}

	@Test
	void aTimeNotEarlierThanTheVisitIsNotHeldAndAHoldPassedToAVisitItDoesNotFitStaysAsItWas() {
		Slot later = slots.search(ServiceWorld.query()).days().get(6).slots().get(0);
		FreedTime notEarlier = new FreedTime(0, ServiceWorld.SERVICE_TYPE, later.start().toInstant(), later.end().toInstant(),
				later.technicians());
		assertThat(holds.hold(notEarlier, waiting.bookingId(), inHalfAnHour(), null)).isEmpty();
		assertThat(holds.hold(new FreedTime(0, "another-type", freed.startsAt(), freed.endsAt(), freed.technicians()),
				waiting.bookingId(), inHalfAnHour(), null)).as("another service type").isEmpty();
		HeldTime held = holds.hold(freed, waiting.bookingId(), inHalfAnHour(), null).orElseThrow();
		BookedVisit sooner = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(0).slots().get(0), null));

		assertThat(holds.hold(freed, sooner.bookingId(), inHalfAnHour(), held.holdId())).as("not earlier than its visit")
			.isEmpty();

		assertThat(jdbc.queryForList("SELECT id FROM booking WHERE source = 'HOLD'", Long.class)).containsExactly(held.holdId());
	}

	@Test
	void takingTheHeldTimeMovesTheVisitIntoItAndEndsTheHold() {
		HeldTime held = holds.hold(freed, waiting.bookingId(), inHalfAnHour(), null).orElseThrow();

		BookedVisit moved = bookings.takeHeldTime(waiting.reference(), held.holdId());

		assertThat(moved.startsAt()).isEqualTo(freed.startsAt());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking WHERE source = 'HOLD'", Integer.class)).isZero();
		assertThat(offered(waiting.startsAt())).as("the visit's former time is free").isTrue();
		assertThatThrownBy(() -> bookings.takeHeldTime(waiting.reference(), held.holdId()))
			.isInstanceOf(HeldTimeGoneException.class);
	}

	@Test
	void anExpiredHoldIsNoLongerTheCustomersToTake() {
		HeldTime held = holds.hold(freed, waiting.bookingId(), clock.instant().plus(Duration.ofMinutes(30)), null).orElseThrow();
		clock.set(clock.instant().plus(Duration.ofMinutes(31)));

		assertThatThrownBy(() -> bookings.takeHeldTime(waiting.reference(), held.holdId()))
			.isInstanceOf(HeldTimeGoneException.class);

		assertThat(jdbc.queryForObject("SELECT starts_at FROM booking WHERE id = ?", Timestamp.class,
				waiting.bookingId()).toInstant()).isEqualTo(waiting.startsAt());
	}

	@Test
	void twoTakesAtOnceMoveTheVisitOnceAndTheOtherIsToldTheTimeIsGone() throws Exception {
		HeldTime held = holds.hold(freed, waiting.bookingId(), inHalfAnHour(), null).orElseThrow();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Object>> takes = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			takes.add(pool.submit(() -> {
				start.await();
				try {
					return bookings.takeHeldTime(waiting.reference(), held.holdId());
				}
				catch (HeldTimeGoneException gone) {
					return gone;
				}
			}));
		}
		start.countDown();
		List<Object> outcomes = new ArrayList<>();
		for (Future<Object> take : takes) {
			outcomes.add(take.get());
		}
		pool.shutdown();

		assertThat(outcomes).filteredOn(BookedVisit.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(HeldTimeGoneException.class::isInstance).hasSize(1);
		assertThat(jdbc.queryForObject("SELECT starts_at FROM booking WHERE id = ?", Timestamp.class,
				waiting.bookingId()).toInstant()).isEqualTo(freed.startsAt());
	}

	private Instant inHalfAnHour() {
		return clock.instant().plus(Duration.ofMinutes(30));
	}

	private boolean offered(Instant start) {
		return slots.search(ServiceWorld.query())
			.days()
			.stream()
			.flatMap(day -> day.slots().stream())
			.anyMatch(slot -> slot.start().toInstant().equals(start));
	}

}
