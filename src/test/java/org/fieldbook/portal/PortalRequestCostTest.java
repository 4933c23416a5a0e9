package org.fieldbook.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * What a portal page costs the database: the signed-in customer's account and contact and the settings row are read
 * once per request, however often the session check, the page's language, the branding and the page itself ask.
 */
@FieldbookIntegrationTest
class PortalRequestCostTest {

	private static final Pattern FIRST_TIME = Pattern.compile("name=\"slot\" value=\"([^\"]+)\"");

	private static final String SCHEDULE = "/schedule?account=" + ServiceWorld.ACCOUNT + "&serviceType="
			+ ServiceWorld.SERVICE_TYPE;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	@Autowired
	StatementCounter counter;

	@Autowired
	ApplicationContext context;

	MockHttpSession sam;

	@BeforeEach
	void signedIn() throws Exception {
		ServiceWorld world = worlds.create();
		sam = PortalSignIn.asNewCustomer(mvc, portalAccounts, contacts, world.contactId, ServiceWorld.CONTACT_EMAIL);
		mvc.perform(get(SCHEDULE).session(sam)).andExpect(status().isOk());
	}

	@Test
	void theFreeTimesPageReadsTheCustomerAndTheSettingsOnce() throws Exception {
		try (StatementCounter.Counting counting = counter.start()) {
			mvc.perform(get(SCHEDULE).session(sam)).andExpect(status().isOk());

			assertReadOnce(counting);
			assertThat(counting.connections()).as("connections taken, was 16").isLessThanOrEqualTo(8);
		}
	}

	@Test
	void bookingReadsTheCustomerAndTheSettingsOnce() throws Exception {
		String slot = firstTime();
		try (StatementCounter.Counting counting = counter.start()) {
			book(slot);

			assertReadOnce(counting);
			assertThat(counting.connections()).as("connections taken, was 9").isLessThanOrEqualTo(4);
		}
	}

	@Test
	void theBookingsPageReadsTheCustomerAndTheSettingsOnce() throws Exception {
		String booked = book(firstTime()).andReturn().getResponse().getRedirectedUrl();
		try (StatementCounter.Counting counting = counter.start()) {
			mvc.perform(get(booked).session(sam)).andExpect(status().isOk());

			assertReadOnce(counting);
			// One more than before issue 16: the page also shows whether the visit waits for an earlier time and its open offer.
			assertThat(counting.connections()).as("connections taken, was 15").isLessThanOrEqualTo(6);
		}
	}

	@Test
	void noLinkOfAPageIsLookedForAmongTheStaticFiles() {
		assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
		assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
			.noneMatch(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter);
	}

	private String firstTime() throws Exception {
		Matcher slot = FIRST_TIME.matcher(mvc.perform(get(SCHEDULE).session(sam)).andReturn().getResponse().getContentAsString());
		assertThat(slot.find()).as("a free time").isTrue();
		return slot.group(1);
	}

	private ResultActions book(String slot) throws Exception {
		return mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", ServiceWorld.ACCOUNT)
			.param("serviceType", ServiceWorld.SERVICE_TYPE).param("slot", slot).param("details", ""))
			.andExpect(redirectedUrlPattern("/bookings/*?booked"));
	}

	private static void assertReadOnce(StatementCounter.Counting counting) {
		List<String> sql = counting.sql();
		assertThat(reading(sql, "portal_account")).as("reads of the portal account in %s", sql).isEqualTo(1);
		assertThat(reading(sql, "contact")).as("reads of the contact in %s", sql).isEqualTo(1);
		assertThat(reading(sql, "portal_settings")).as("reads of the settings row in %s", sql).isEqualTo(1);
	}

	/** The statements that read the table (no other table of that name's prefix). */
	private static long reading(List<String> sql, String table) {
		Pattern from = Pattern.compile("^select .* from " + table + "( |$)");
		return sql.stream().filter(statement -> from.matcher(statement.toLowerCase(Locale.ROOT)).find()).count();
	}

}
