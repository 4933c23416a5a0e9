package org.fieldbook.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Six languages, Arabic and Hebrew right to left; the customer's preference, else the browser's, else a switcher choice. */
@FieldbookIntegrationTest
class PortalLanguageTest {

	private static final Set<String> LANGUAGES = Set.of("es", "fr", "de", "ar", "he");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	@Test
	void everyBundleHasEveryKeyWithTheSamePlaceholders() throws IOException {
		for (String bundle : new String[] { "messages", "mail" }) {
			Properties english = load(bundle + ".properties");
			for (String language : LANGUAGES) {
				Properties translated = load(bundle + "_" + language + ".properties");
				assertThat(translated.stringPropertyNames()).as(bundle + "_" + language + " keys")
					.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
				for (String key : english.stringPropertyNames()) {
					assertThat(placeholders(translated.getProperty(key))).as(bundle + "_" + language + " " + key)
						.isEqualTo(placeholders(english.getProperty(key)));
					if (!placeholders(english.getProperty(key)).isEmpty()) {
						String formatted = new MessageFormat(translated.getProperty(key), Locale.forLanguageTag(language))
							.format(new Object[] { "A", "B", "C", "D", "E" });
						assertThat(formatted).as(bundle + "_" + language + " " + key + ": apostrophes doubled").doesNotContain("{");
					}
				}
			}
		}
	}

	@Test
	void theBrowsersLanguageIsUsedAndArabicAndHebrewAreRightToLeft() throws Exception {
		mvc.perform(get("/login").header("Accept-Language", "de-CH,de;q=0.9,en;q=0.5"))
			.andExpect(content().string(containsString("lang=\"de\"")))
			.andExpect(content().string(containsString("dir=\"ltr\"")))
			.andExpect(content().string(containsString(messages.getMessage("portal.signIn", null, Locale.GERMAN))));
		mvc.perform(get("/login").header("Accept-Language", "ar"))
			.andExpect(content().string(containsString("lang=\"ar\"")))
			.andExpect(content().string(containsString("dir=\"rtl\"")));
		mvc.perform(get("/login").header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("lang=\"en\"")));
	}

	@Test
	void theSwitcherChoiceLastsForTheSessionAndACustomersPreferenceWinsOverTheBrowser() throws Exception {
		MockHttpSession visitor = new MockHttpSession();
		mvc.perform(get("/login").param("lang", "he").session(visitor)).andExpect(content().string(containsString("dir=\"rtl\"")));
		mvc.perform(get("/login").session(visitor).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("lang=\"he\"")));

		ServiceWorld world = worlds.create().language("fr");
		MockHttpSession sam = PortalSignIn.asNewCustomer(mvc, portalAccounts, contacts, world.contactId, ServiceWorld.CONTACT_EMAIL);
		mvc.perform(get("/bookings").session(sam).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("lang=\"fr\"")))
			.andExpect(content().string(containsString(messages.getMessage("bookings.title", null, Locale.FRENCH))));

		mvc.perform(get("/schedule?account={account}&serviceType={type}&lang=de", ServiceWorld.ACCOUNT, ServiceWorld.SERVICE_TYPE)
			.session(sam))
			.andExpect(content().string(containsString("lang=\"de\"")))
			.andExpect(content().string(containsString(
					"href=\"/schedule?account=acc-chicago&amp;serviceType=boiler-service&amp;lang=ar\" lang=\"ar\"")));
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (InputStreamReader in = new InputStreamReader(new ClassPathResource("i18n/" + file).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
