package org.fieldbook.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.Jobs;
import org.fieldbook.support.Mailbox;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** What a customer types comes back as text, never as markup: on the portal, in emails and in the back office. */
@FieldbookIntegrationTest
class EscapingTest {

	private static final String MARKUP_NAME = "<img src=x onerror=alert(1)>";

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	@Autowired
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Test
	void aNameWithMarkupIsShownAsTextOnThePortalInTheEmailAndInTheBackOfficeAndPlainTextIsNotEscaped() throws Exception {
		ServiceWorld world = worlds.create().setting("company_name", "Smith & Sons");
		MockHttpSession customer = PortalSignIn.asNewCustomer(mvc, portalAccounts, contacts, world.contactId,
				ServiceWorld.CONTACT_EMAIL);
		mvc.perform(post("/profile").session(customer).with(csrf()).param("firstName", MARKUP_NAME).param("lastName", "Lee")
			.param("phone", "").param("language", "en")).andExpect(redirectedUrl("/schedule?profileSaved"));

		mvc.perform(get("/profile").session(customer))
			.andExpect(content().string(containsString("value=\"&lt;img src=x onerror=alert(1)&gt;\"")))
			.andExpect(content().string(not(containsString(MARKUP_NAME))));

		Slot slot = slots.search(ServiceWorld.query()).days().get(0).slots().get(0);
		bookings.book(world.booking(slot, null));
		Jobs.runDue(management);

		MimeMessage confirmation = smtp.getReceivedMessages()[0];
		String html = Mailbox.part(confirmation, "text/html");
		assertThat(html).contains("Hello &lt;img src=x onerror=alert(1)&gt;,").doesNotContain(MARKUP_NAME);
		assertThat(Mailbox.part(confirmation, "text/plain")).as("plain text stays as typed")
			.contains("Hello " + MARKUP_NAME + ",", "Smith & Sons").doesNotContain("&lt;", "&amp;");

		long logged = jdbc.queryForObject("SELECT id FROM notification WHERE type = 'BOOKING_CONFIRMED' AND channel = 'EMAIL'", Long.class);
		mvc.perform(get("/admin/notifications/{id}", logged).with(user("dora").roles("STAFF", "DISPATCHER")))
			.andExpect(content().string(containsString("Hello &lt;img src=x onerror=alert(1)&gt;,")))
			.andExpect(content().string(not(containsString(MARKUP_NAME))));
	}

}
