package org.fieldbook.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.ManagementService;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.ServiceTypeAdministration;
import org.fieldbook.booking.ServiceTypeAdministration.Change;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.Jobs;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal and its messages name a service type in the customer's language, else by its default portal name;
 * a type taken off the portal leaves its choices at once.
 */
@FieldbookIntegrationTest
class PortalServiceTypeNamesTest {

	private static final String SPANISH = "Revisión de caldera";

	private static final String OPTION = "<option value=\"boiler-service\"";

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	@Autowired
	ServiceTypeAdministration serviceTypes;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	ServiceWorld world;

	@BeforeEach
	void spanishName() {
		world = worlds.create();
		serviceTypes.change(ServiceWorld.SERVICE_TYPE, new Change(null, Map.of("es", SPANISH), null, null, null, null));
	}

	@Test
	void theChoiceListNamesTheTypeInThePagesLanguage() throws Exception {
		MockHttpSession sam = signIn();

		mvc.perform(get("/schedule").param("lang", "es").session(sam))
			.andExpect(content().string(containsString(">" + SPANISH + "</option>")))
			.andExpect(content().string(not(containsString(">Boiler service</option>"))));
		mvc.perform(get("/schedule").param("lang", "fr").session(sam))
			.andExpect(content().string(containsString(">Boiler service</option>")));
	}

	@Test
	void aSpanishSpeakingCustomerSeesTheSpanishNameWhateverTheBrowserSays() throws Exception {
		world.language("es");
		MockHttpSession sam = signIn();

		mvc.perform(get("/schedule").session(sam).header("Accept-Language", "en"))
			.andExpect(content().string(containsString(">" + SPANISH + "</option>")));
	}

	@Test
	void aTypeTakenOffThePortalLeavesItsChoicesAtOnce() throws Exception {
		MockHttpSession sam = signIn();
		mvc.perform(get("/schedule").session(sam)).andExpect(content().string(containsString(OPTION)));

		serviceTypes.change(ServiceWorld.SERVICE_TYPE, new Change(false, null, null, null, null, null));

		mvc.perform(get("/schedule").session(sam)).andExpect(content().string(not(containsString(OPTION))));
		mvc.perform(get("/schedule").param("account", ServiceWorld.ACCOUNT).param("serviceType", ServiceWorld.SERVICE_TYPE)
			.session(sam)).andExpect(content().string(not(containsString("name=\"slot\""))));
	}

	@Test
	void theBookingPagesAndTheConfirmationNameTheTypeInTheCustomersLanguage() throws Exception {
		world.language("es").communicationType("EMAIL");
		MockHttpSession sam = signIn();
		BookedVisit visit = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(0).slots().get(0), null));
		Jobs.runDue(management);

		mvc.perform(get("/bookings").session(sam)).andExpect(status().isOk()).andExpect(content().string(containsString(SPANISH)));
		mvc.perform(get("/bookings/" + visit.reference()).session(sam)).andExpect(content().string(containsString(SPANISH)));
		Map<String, Object> confirmation = jdbc.queryForMap(
				"SELECT body, calendar FROM notification WHERE type = 'BOOKING_CONFIRMED' AND channel = 'EMAIL'");
		assertThat((String) confirmation.get("body")).contains(SPANISH);
		assertThat((String) confirmation.get("calendar")).contains("SUMMARY:" + SPANISH);
	}

	private MockHttpSession signIn() throws Exception {
		return PortalSignIn.asNewCustomer(mvc, portalAccounts, contacts, world.contactId, ServiceWorld.CONTACT_EMAIL);
	}

}
