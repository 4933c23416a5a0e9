package org.fieldbook.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.HistoryService;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PasswordResetVariables;
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
	private HistoryService history;

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
	void formBodyInBrokenChunksIsABadRequest() throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.getOutputStream().write(("POST /password-reset HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
					+ "ffffffffffffffff\r\nx\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

			assertThat(answer).startsWith("HTTP/1.1 400");
		}
	}

	@Test
	void headerWithAControlCharacterIsRefusedBeforeTheFormActs() throws Exception {
		ServiceWorld world = worlds.create();
		portalAccounts.open(contacts.contact(world.contactId).orElseThrow(), PortalSignIn.PASSWORD);
		long requestsBefore = resetRequests();

		mvc.perform(post("/password-reset").param("email", ServiceWorld.CONTACT_EMAIL).header("Accept-Language", "en\u0085")
				.with(csrf()).with(RemoteAddress.from("10.6.0.1")))
			.andExpect(status().isBadRequest());
		assertThat(resetRequests()).as("no reset requested").isEqualTo(requestsBefore);

		mvc.perform(post("/password-reset").param("email", ServiceWorld.CONTACT_EMAIL).header("Accept-Language", "en")
				.with(csrf()).with(RemoteAddress.from("10.6.0.1")))
			.andExpect(status().is3xxRedirection());
		assertThat(resetRequests()).isEqualTo(requestsBefore + 1);
	}

	private long resetRequests() {
		return history.createHistoricProcessInstanceQuery().processDefinitionKey(PasswordResetVariables.PROCESS_KEY).count();
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
