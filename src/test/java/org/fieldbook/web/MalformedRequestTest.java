package org.fieldbook.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.RemoteAddress;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Requests whose headers or body are not what they claim get a 4xx from the real server before anything acts. */
@FieldbookIntegrationTest
class MalformedRequestTest {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void multipartBodyWithoutBoundaryIsABadRequest() throws Exception {
		assertThat(slotSearch("multipart/form-data", "serviceType=x&account=y").statusCode()).isEqualTo(400);
	}

	@Test
	void wildcardContentTypeIsUnsupported() throws Exception {
		assertThat(slotSearch("application/*", "{\"serviceType\":\"x\",\"account\":\"y\"}").statusCode()).isEqualTo(415);
		assertThat(slotSearch("*/*", "{\"serviceType\":\"x\",\"account\":\"y\"}").statusCode()).isEqualTo(415);
	}

	@Test
	void headerWithAControlCharacterIsRefusedBeforeTheFormActs() throws Exception {
		ServiceWorld world = worlds.create();
		portalAccounts.open(contacts.contact(world.contactId).orElseThrow(), PortalSignIn.PASSWORD);

		mvc.perform(post("/password-reset").param("email", ServiceWorld.CONTACT_EMAIL).header("Accept-Language", "en\u0085")
				.with(csrf()).with(RemoteAddress.from("10.6.0.1")))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM password_reset", Long.class)).as("no reset link made").isZero();

		mvc.perform(post("/password-reset").param("email", ServiceWorld.CONTACT_EMAIL).header("Accept-Language", "en")
				.with(csrf()).with(RemoteAddress.from("10.6.0.1")))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM password_reset", Long.class)).isOne();
	}

	private HttpResponse<String> slotSearch(String contentType, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/slot-search"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
