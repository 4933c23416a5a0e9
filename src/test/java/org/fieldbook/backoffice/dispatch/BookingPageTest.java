package org.fieldbook.backoffice.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.fieldbook.backoffice.audit.AuditFilter;
import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.booking.BookingMoves;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.DispatchBookings;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.Jobs;
import org.fieldbook.support.Mailbox;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A booking's page for dispatchers, and its four changes: each through the booking service, audited, the customer told. */
@FieldbookIntegrationTest
class BookingPageTest {

	private static final RequestPostProcessor DISPATCHER = user("dora").roles("STAFF", "DISPATCHER");

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	BookingService bookings;

	@Autowired
	BookingMoves moves;

	@Autowired
	DispatchBookings dispatch;

	@Autowired
	AuditTrail audit;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	DispatchWorld world;

	BookedVisit visit;

	@BeforeEach
	void aBookedVisit() {
		world = new DispatchWorld(worlds.create(), bookings, jdbc);
		visit = world.book(LocalDateTime.parse("2026-12-02T09:00"), ServiceWorld.TECHNICIAN, "The boiler knocks at night");
		Jobs.runDue(management);
	}

	@Test
	void thePageShowsTheWorkOrderTimelineContactSiteAndMessages() throws Exception {
		mvc.perform(get("/admin/bookings/{reference}", visit.reference()).with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Booking " + visit.reference())))
			.andExpect(content().string(containsString("Scheduled")))
			.andExpect(content().string(containsString("Wed 2 Dec 2026 09:00–10:30 (America/Chicago)")))
			.andExpect(content().string(containsString("Lee household")))
			.andExpect(content().string(containsString("Sam Lee")))
			.andExpect(content().string(containsString(ServiceWorld.CONTACT_EMAIL)))
			.andExpect(content().string(containsString("1 Lake St")))
			.andExpect(content().string(containsString("The boiler knocks at night")))
			.andExpect(content().string(containsString("BOOKING_CONFIRMED")))
			.andExpect(content().string(containsString("Ana Ruiz")));
		mvc.perform(get("/admin/bookings/{reference}", "FB-NONE0").with(DISPATCHER)).andExpect(status().isNotFound());
	}

	@Test
	void rescheduleMovesToAnOfferedTimeAuditsItAndSendsTheCustomerTheNewTime() throws Exception {
		Slot offered = moves.times(visit.bookingId()).days().get(1).slots().get(0);
		String value = offered.start().toInstant() + "|" + String.join(",", offered.technicians());
		mvc.perform(get("/admin/bookings/{reference}", visit.reference()).with(DISPATCHER))
			.andExpect(content().string(containsString("value=\"" + value + "\"")));

		mvc.perform(post("/admin/bookings/{reference}/reschedule", visit.reference()).param("slot", value)
			.param("version", version()).with(DISPATCHER).with(csrf()))
			.andExpect(redirectedUrl("/admin/bookings/" + visit.reference()));

		assertThat(dispatch.detail(visit.reference()).startsAt()).isEqualTo(offered.start().toInstant());
		assertThat(entries()).extracting(AuditTrail.Entry::actor, AuditTrail.Entry::action, AuditTrail.Entry::details)
			.containsExactly(tuple("dora", "booking.rescheduled", visit.startsAt() + " " + ServiceWorld.TECHNICIAN + " → "
					+ offered.start().toInstant() + " " + String.join(",", offered.technicians())));
		Jobs.runDue(management);
		MimeMessage notice = onlyEmail("Your visit has a new time");
		assertThat(Mailbox.part(notice, "text/plain")).contains(visit.reference(),
				offered.start().toLocalTime().toString());
		assertThat(dispatch.detail(visit.reference()).notes()).extracting(DispatchBookings.Note::author).contains("dora");
	}

	@Test
	void cancelNeedsAReasonThenCancelsAuditsAndTellsTheCustomer() throws Exception {
		mvc.perform(post("/admin/bookings/{reference}/cancel", visit.reference()).param("reason", "  ")
			.param("version", version()).with(DISPATCHER).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Give a reason of at most 500 characters.")));
		assertThat(dispatch.detail(visit.reference()).isScheduled()).isTrue();

		mvc.perform(post("/admin/bookings/{reference}/cancel", visit.reference()).param("reason", "Customer moved away")
			.param("version", version()).with(DISPATCHER).with(csrf()))
			.andExpect(redirectedUrl("/admin/bookings/" + visit.reference()));

		assertThat(dispatch.detail(visit.reference()).status().name()).isEqualTo("CANCELED");
		assertThat(entries()).extracting(AuditTrail.Entry::action, AuditTrail.Entry::details)
			.containsExactly(tuple("booking.canceled", "SCHEDULED → CANCELED: Customer moved away"));
		assertThat(dispatch.detail(visit.reference()).notes()).extracting(DispatchBookings.Note::body)
			.contains("Canceled by the company: Customer moved away");
		Jobs.runDue(management);
		assertThat(Mailbox.part(onlyEmail("Your visit is canceled"), "text/plain")).contains(visit.reference());
	}

	@Test
	void completeCompletesTheBookingAndItsWorkOrderAndAuditsIt() throws Exception {
		mvc.perform(post("/admin/bookings/{reference}/complete", visit.reference()).param("version", version())
			.with(DISPATCHER).with(csrf()))
			.andExpect(redirectedUrl("/admin/bookings/" + visit.reference()));

		assertThat(dispatch.detail(visit.reference()).status().name()).isEqualTo("COMPLETED");
		assertThat(dispatch.detail(visit.reference()).workOrderStatus().name()).isEqualTo("COMPLETED");
		assertThat(entries()).extracting(AuditTrail.Entry::action, AuditTrail.Entry::details)
			.containsExactly(tuple("booking.completed", "SCHEDULED → COMPLETED"));
	}

	@Test
	void reassignOffersOnlyFreeQualifiedTechniciansAndRefusesABusyOne() throws Exception {
		worlds.addSecondTechnician();
		world.importedBookings(1, LocalDateTime.parse("2026-12-02T10:00"), ServiceWorld.SECOND_TECHNICIAN, null, "busy-");
		mvc.perform(get("/admin/bookings/{reference}", visit.reference()).with(DISPATCHER))
			.andExpect(content().string(containsString("No other technician is qualified and free at this time.")))
			.andExpect(content().string(not(containsString("value=\"" + ServiceWorld.SECOND_TECHNICIAN + "\""))));
		mvc.perform(post("/admin/bookings/{reference}/reassign", visit.reference()).param("technician", ServiceWorld.SECOND_TECHNICIAN)
			.param("version", version()).with(DISPATCHER).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("no longer free")));
		assertThat(technicians()).containsExactly(ServiceWorld.TECHNICIAN);

		jdbc.update("UPDATE booking SET status = 'CANCELED' WHERE external_id = 'busy-0'");
		mvc.perform(get("/admin/bookings/{reference}", visit.reference()).with(DISPATCHER))
			.andExpect(content().string(containsString("value=\"" + ServiceWorld.SECOND_TECHNICIAN + "\"")));
		mvc.perform(post("/admin/bookings/{reference}/reassign", visit.reference()).param("technician", ServiceWorld.SECOND_TECHNICIAN)
			.param("version", version()).with(DISPATCHER).with(csrf()))
			.andExpect(redirectedUrl("/admin/bookings/" + visit.reference()));

		assertThat(technicians()).containsExactly(ServiceWorld.SECOND_TECHNICIAN);
		assertThat(dispatch.detail(visit.reference()).startsAt()).isEqualTo(visit.startsAt());
		assertThat(entries()).extracting(AuditTrail.Entry::action, AuditTrail.Entry::details)
			.containsExactly(tuple("booking.reassigned", ServiceWorld.TECHNICIAN + " → " + ServiceWorld.SECOND_TECHNICIAN));
		Jobs.runDue(management);
		assertThat(smtp.getReceivedMessages()).as("only the confirmation: the time did not change").hasSize(1);
	}

	@Test
	void aChangeFromAPageShownBeforeTheBookingChangedIsRefused() throws Exception {
		String shown = version();
		bookings.cancelForCompany(visit.reference(), "ada");

		mvc.perform(post("/admin/bookings/{reference}/complete", visit.reference()).param("version", shown)
			.with(DISPATCHER).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone changed this booking after you opened it.")));
		mvc.perform(post("/admin/bookings/{reference}/cancel", visit.reference()).param("reason", "again")
			.param("version", version()).with(DISPATCHER).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("no longer scheduled")));
		assertThat(entries()).isEmpty();
	}

	@Test
	void onlyDispatchersAndAdminsSeeAndChangeBookings() throws Exception {
		mvc.perform(get("/admin/bookings/{reference}", visit.reference()).with(user("ada").roles("STAFF", "ADMIN")))
			.andExpect(status().isOk());
		mvc.perform(get("/admin/bookings/{reference}", visit.reference()).with(user("stan").roles("STAFF")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/bookings/{reference}/complete", visit.reference()).with(user("stan").roles("STAFF")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/bookings/{reference}/complete", visit.reference())
			.with(user(ServiceWorld.CONTACT_EMAIL).roles("CUSTOMER")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/bookings/{reference}/complete", visit.reference()).with(DISPATCHER))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/bookings/{reference}", visit.reference())).andExpect(redirectedUrl("/admin/login"));
		assertThat(dispatch.detail(visit.reference()).isScheduled()).isTrue();
	}

	private String version() {
		return String.valueOf(dispatch.detail(visit.reference()).version());
	}

	private List<AuditTrail.Entry> entries() {
		return audit.find(new AuditFilter(null, null, visit.reference(), null, null, null), 1).items();
	}

	private List<String> technicians() {
		return jdbc.queryForList("""
				SELECT t.external_id FROM booking_assignment a JOIN technician t ON t.id = a.technician_id
				 WHERE a.booking_id = ?""", String.class, visit.bookingId());
	}

	private MimeMessage onlyEmail(String subject) {
		List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getSubject().startsWith(subject);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

}
