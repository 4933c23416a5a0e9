package org.fieldbook.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.booking.SlotUnavailableException;
import org.fieldbook.booking.VisitView;
import org.fieldbook.booking.Visits;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.Jobs;
import org.fieldbook.support.Mailbox;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestClock;
import org.fieldbook.support.TestPorts;
import org.fieldbook.waitlist.EarlierTimeGoneException;
import org.fieldbook.waitlist.EarlierTimeOffers;
import org.fieldbook.waitlist.EarlierTimeRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * earlier-time-offer.bpmn on every path: a freed time held for the longest-waiting visit it fits and offered; taken,
 * declined, unanswered, or its visit canceled, it passes on; nobody left, it is bookable again.
 */
@FieldbookIntegrationTest
class EarlierTimeOfferProcessTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Autowired
	Visits visits;

	@Autowired
	EarlierTimeRequests requests;

	@Autowired
	EarlierTimeOffers offers;

	@Autowired
	TestClock clock;

	@Autowired
	PortalSettingsService settings;

	ServiceWorld world;

	/** Sam's visit on the second date offered: canceled, it frees the time. */
	BookedVisit freeing;

	/** Sam's visit five dates later, waiting for an earlier time. */
	BookedVisit waiting;

	@BeforeEach
	void aVisitToCancelAndOneWaiting() throws Exception {
		BpmnAwareTests.init(engine);
		world = worlds.create().communicationType("EMAIL");
		freeing = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(1).slots().get(0), null));
		waiting = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(5).slots().get(0), null));
		requests.ask(visit(waiting), null);
		Jobs.runDue(management);
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void takenTheWaitingVisitMovesIntoTheFreedTimeAndItsOwnTimeIsFree() throws Exception {
		bookings.cancel(freeing.reference());
		Jobs.runDue(management);

		ProcessInstance offer = offerProcess();
		assertThat(offer).isWaitingAt("Gateway_Answer");
		assertThat(heldFor(waiting)).as("held for the waiting visit").isOne();
		MimeMessage offered = email("An earlier time is free: ");
		String day = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).format(freeing.startsAt().atZone(CHICAGO));
		assertThat(offered.getSubject()).startsWith("An earlier time is free: " + day + ", ").contains(" instead of ").endsWith("?");
		assertThat(Mailbox.part(offered, "text/plain")).contains(waiting.reference(), "/b/", "Take the earlier time or keep yours");
		assertThat(Mailbox.part(offered, "text/calendar")).as("nothing changed yet: no calendar entry").isNull();
		assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("notification")
			.processInstanceBusinessKey(waiting.reference()).variableValueEquals("notificationType", "EARLIER_TIME_OFFERED")
			.count()).as("the offer's notification is found by the visit's reference").isOne();

		BookedVisit moved = offers.take(visit(waiting));
		Jobs.runDue(management);

		assertThat(moved.startsAt()).isEqualTo(freeing.startsAt());
		assertThat(offer).hasPassed("Event_Taken").isEnded();
		assertThat(holds()).isZero();
		assertThat(requests.request(waiting.bookingId())).as("fulfilled").isEmpty();
		assertThat(offered(waiting.startsAt())).as("the waiting visit's former time is free").isTrue();
		assertThat(email("Your visit has a new time")).isNotNull();
		assertThatThrownBy(() -> offers.take(visit(waiting))).isInstanceOfSatisfying(EarlierTimeGoneException.class,
				again -> assertThat(again.takenByThisVisit()).as("a second take of the time it took").isTrue());
	}

	@Test
	void declinedOrUnansweredTheTimePassesToTheNextWaitingVisitAndWithNobodyLeftItIsBookableAgain() {
		BookedVisit second = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(6).slots().get(0), null));
		BookedVisit third = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(7).slots().get(0), null));
		requests.ask(visit(second), null);
		requests.ask(visit(third), null);
		bookings.cancel(freeing.reference());
		Jobs.runDue(management);
		assertThat(heldFor(waiting)).as("the longest waiting first").isOne();

		assertThat(offers.decline(waiting.bookingId())).isTrue();
		Jobs.runDue(management);
		assertThat(heldFor(waiting)).isZero();
		assertThat(heldFor(second)).as("declined: passed to the next").isOne();

		String process = offerProcess().getId();
		clock.set(clock.instant().plus(Duration.ofMinutes(31)));
		Jobs.runDue(management, process);
		assertThat(heldFor(second)).isZero();
		assertThat(heldFor(third)).as("unanswered: passed to the next").isOne();
		Jobs.runDue(management, runtime.createProcessInstanceQuery().superProcessInstanceId(process).singleResult().getId());
		assertThat(offerProcess()).as("the offer sent").isWaitingAt("Gateway_Answer");

		clock.set(clock.instant().plus(Duration.ofMinutes(31)));
		Jobs.runDue(management, process);

		assertThat(offerProcess()).isNull();
		assertThat(jdbc.queryForList("SELECT state FROM earlier_time_offer ORDER BY id", String.class))
			.containsExactly("DECLINED", "EXPIRED", "EXPIRED");
		assertThat(holds()).isZero();
		assertThat(offered(freeing.startsAt())).as("nobody left: bookable again").isTrue();
		assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process).activityId("EndEvent_NobodyTookIt")
			.count()).isOne();
	}

	@Test
	void duringTheHoldNobodyElseCanBookTheTimeAndAnAcceptAfterTheTimerChangesNothing() {
		bookings.cancel(freeing.reference());
		Jobs.runDue(management);

		assertThat(offered(freeing.startsAt())).as("held: offered to nobody").isFalse();
		Slot stale = new Slot(freeing.startsAt().atZone(CHICAGO), freeing.endsAt().atZone(CHICAGO),
				List.of(ServiceWorld.TECHNICIAN));
		assertThatThrownBy(() -> bookings.book(world.booking(stale, "a third customer")))
			.isInstanceOf(SlotUnavailableException.class);

		clock.set(clock.instant().plus(Duration.ofMinutes(31)));
		Jobs.runDue(management, offerProcess().getId());

		assertThatThrownBy(() -> offers.take(visit(waiting))).isInstanceOfSatisfying(EarlierTimeGoneException.class,
				late -> assertThat(late.takenByThisVisit()).as("expired: given to someone else").isFalse());
		assertThat(jdbc.queryForObject("SELECT starts_at FROM booking WHERE id = ?", Timestamp.class, waiting.bookingId())
			.toInstant()).isEqualTo(waiting.startsAt());
		assertThat(offered(freeing.startsAt())).isTrue();
	}

	@Test
	void ofTwoAcceptsAtOnceAndABookingOfTheTimeMeanwhileOnlyTheOfferedVisitGetsItAndOnlyOnce() throws Exception {
		BookedVisit second = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(6).slots().get(0), null));
		requests.ask(visit(second), null);
		Slot later = slots.search(ServiceWorld.query()).days().get(8).slots().get(0);
		bookings.rescheduleForCompany(freeing.reference(), later.start().toInstant(), later.technicians(), "dora");
		Jobs.runDue(management);
		assertThat(heldFor(waiting)).as("moved away by a dispatcher: the time is freed").isOne();
		smtp.purgeEmailFromAllMailboxes();
		Slot freed = new Slot(freeing.startsAt().atZone(CHICAGO), freeing.endsAt().atZone(CHICAGO),
				List.of(ServiceWorld.TECHNICIAN));

		CyclicBarrier together = new CyclicBarrier(4);
		ExecutorService customers = Executors.newFixedThreadPool(4);
		try {
			List<Future<Object>> answers = List.of(
					customers.submit(at(together, () -> offers.take(visit(waiting)))),
					customers.submit(at(together, () -> offers.take(visit(waiting)))),
					customers.submit(at(together, () -> offers.take(visit(second)))),
					customers.submit(at(together, () -> bookings.book(world.booking(freed, "a third customer")))));
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> answer : answers) {
				outcomes.add(answer.get(60, TimeUnit.SECONDS));
			}
			assertThat(outcomes.get(0) instanceof BookedVisit ^ outcomes.get(1) instanceof BookedVisit)
				.as("one of the two accepts of the offered visit moves it: %s", outcomes).isTrue();
			assertThat(List.of(outcomes.get(0), outcomes.get(1))).filteredOn(outcome -> !(outcome instanceof BookedVisit))
				.singleElement().isInstanceOf(EarlierTimeGoneException.class);
			assertThat(outcomes.get(2)).as("a visit the time was not offered to").isInstanceOf(EarlierTimeGoneException.class);
			assertThat(outcomes.get(3)).as("a third customer booking the held time").isInstanceOf(SlotUnavailableException.class);
		}
		finally {
			customers.shutdownNow();
		}
		Jobs.runDue(management);

		assertThat(jdbc.queryForObject("SELECT starts_at FROM booking WHERE id = ?", Timestamp.class, waiting.bookingId())
			.toInstant()).isEqualTo(freeing.startsAt());
		assertThat(jdbc.queryForObject("SELECT starts_at FROM booking WHERE id = ?", Timestamp.class, second.bookingId())
			.toInstant()).isEqualTo(second.startsAt());
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM booking WHERE starts_at = ? AND status = 'SCHEDULED' AND source <> 'HOLD'""",
				Integer.class, Timestamp.from(freeing.startsAt()))).as("bookings in the freed time").isOne();
		assertThat(jdbc.queryForList("SELECT state FROM earlier_time_offer WHERE booking_id = ?", String.class,
				waiting.bookingId())).containsExactly("TAKEN");
		assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(message -> subject(message).startsWith("Your visit has a new time")))
			.as("one rescheduled notice").hasSize(1);
	}

	/** The call, started when all of the barrier's parties are there; its answer, or what it threw. */
	private static Callable<Object> at(CyclicBarrier together, Callable<?> call) {
		return () -> {
			together.await(30, TimeUnit.SECONDS);
			try {
				return call.call();
			}
			catch (RuntimeException refused) {
				return refused;
			}
		};
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theWaitingVisitCanceledDuringItsOfferPassesTheTimeOn() {
		BookedVisit second = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(6).slots().get(0), null));
		requests.ask(visit(second), null);
		bookings.cancelForCompany(freeing.reference(), "dora");
		Jobs.runDue(management);
		assertThat(heldFor(waiting)).isOne();

		bookings.cancel(waiting.reference());
		Jobs.runDue(management);

		assertThat(jdbc.queryForList("SELECT state FROM earlier_time_offer WHERE booking_id = ?", String.class,
				waiting.bookingId())).containsExactly("WITHDRAWN");
		assertThat(heldFor(waiting)).isZero();
		assertThat(heldFor(second)).as("passed on: the next visit holds one offer at a time").isOne();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM earlier_time_offer WHERE booking_id = ? AND state = 'OFFERED'",
				Integer.class, second.bookingId())).isOne();
	}

	@Test
	void aFreedTimeNotEarlierThanTheWaitingVisitOrOfAnExcludedCustomerIsOfferedToNobody() {
		BookedVisit later = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(7).slots().get(0), null));
		bookings.cancel(later.reference());
		Jobs.runDue(management);
		assertThat(holds()).as("later than the waiting visit").isZero();
		assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("earlier-time-offer")
			.processInstanceBusinessKey("freed-" + later.bookingId() + "-" + later.startsAt().getEpochSecond())
			.finished().count()).as("offered to the waiting visit, which it does not fit: nobody took it").isOne();

		settings.excludeAccount(world.accountId);
		bookings.cancel(freeing.reference());
		Jobs.runDue(management);

		assertThat(holds()).as("a customer excluded from messaging cannot be told").isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM earlier_time_offer", Integer.class)).isZero();
	}

	private VisitView visit(BookedVisit booked) {
		return visits.byId(booked.bookingId(), "en").orElseThrow();
	}

	private ProcessInstance offerProcess() {
		return runtime.createProcessInstanceQuery().processDefinitionKey("earlier-time-offer").singleResult();
	}

	private int heldFor(BookedVisit visit) {
		return jdbc.queryForObject("SELECT count(*) FROM booking WHERE source = 'HOLD' AND hold_for = ?", Integer.class,
				visit.bookingId());
	}

	private int holds() {
		return jdbc.queryForObject("SELECT count(*) FROM booking WHERE source = 'HOLD'", Integer.class);
	}

	private boolean offered(Instant start) {
		return slots.search(ServiceWorld.query())
			.days()
			.stream()
			.flatMap(day -> day.slots().stream())
			.anyMatch(slot -> slot.start().toInstant().equals(start));
	}

	private MimeMessage email(String subjectStart) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter(message -> subject(message).startsWith(subjectStart))
			.findFirst()
			.orElse(null);
	}

}
