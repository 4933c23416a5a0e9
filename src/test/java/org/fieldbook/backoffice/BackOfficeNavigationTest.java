package org.fieldbook.backoffice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.fieldbook.support.FieldbookIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every back-office page shows the screens its reader may open, in the reader's language. */
@FieldbookIntegrationTest
class BackOfficeNavigationTest {

	private static final RequestPostProcessor ADMIN = user("ada").roles("STAFF", "ADMIN");

	private static final RequestPostProcessor DISPATCHER = user("dora").roles("STAFF", "DISPATCHER");

	@Autowired
	MockMvc mvc;

	@Test
	void adminsSeeEveryScreenWithTheCurrentOneMarked() throws Exception {
		mvc.perform(get("/admin/links").with(ADMIN))
			.andExpect(content().string(containsString("aria-label=\"Back office\"")))
			.andExpect(content().string(containsString("<a href=\"/admin\">Overview</a>")))
			.andExpect(content().string(containsString("<a href=\"/admin/notifications\">Messages</a>")))
			.andExpect(content().string(containsString("<a href=\"/admin/links\" aria-current=\"page\">Portal links</a>")))
			.andExpect(content().string(containsString("<a href=\"/admin/audit\">Audit log</a>")))
			.andExpect(content().string(containsString("action=\"/admin/logout\"")));
	}

	@Test
	void dispatchersDoNotSeeTheAuditLog() throws Exception {
		mvc.perform(get("/admin").with(DISPATCHER))
			.andExpect(content().string(containsString("<a href=\"/admin\" aria-current=\"page\">Overview</a>")))
			.andExpect(content().string(containsString("<a href=\"/admin/notifications\">Messages</a>")))
			.andExpect(content().string(containsString("<a href=\"/admin/dispatch\">Dispatch</a>")))
			.andExpect(content().string(containsString("<a href=\"/admin/invitations\">Invitations</a>")))
			.andExpect(content().string(not(containsString("href=\"/admin/settings\""))))
			.andExpect(content().string(not(containsString("href=\"/admin/master-data\""))))
			.andExpect(content().string(not(containsString("href=\"/admin/audit\""))));
	}

	@Test
	void staffInNoGroupSeeOnlyTheOverview() throws Exception {
		mvc.perform(get("/admin").with(user("olga").roles("STAFF")))
			.andExpect(content().string(containsString("<a href=\"/admin\" aria-current=\"page\">Overview</a>")))
			.andExpect(content().string(not(containsString("href=\"/admin/notifications\""))))
			.andExpect(content().string(not(containsString("href=\"/admin/audit\""))));
	}

	@Test
	void theNavigationIsTranslatedAndRightToLeftInArabic() throws Exception {
		mvc.perform(get("/admin/notifications").with(ADMIN).header("Accept-Language", "ar"))
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("aria-label=\"المكتب الخلفي\"")))
			.andExpect(content().string(containsString("سجل التدقيق")));
	}

	@Test
	void theSignInPageHasNoNavigation() throws Exception {
		mvc.perform(get("/admin/login")).andExpect(content().string(not(containsString("aria-label=\"Back office\""))));
	}

}
