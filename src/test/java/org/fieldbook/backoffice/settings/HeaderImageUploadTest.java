package org.fieldbook.backoffice.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbook.backoffice.audit.AuditFilter;
import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorlds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The header image of the Display tab: a picture is taken by what its bytes are, whatever its name or claimed type,
 * and served to the portal; anything else, or anything over 1 MB, is refused on the page with a message.
 */
@FieldbookIntegrationTest
class HeaderImageUploadTest {

	/** A 1 × 1 PNG. */
	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	private static final RequestPostProcessor ADMIN = user("ada").roles("STAFF", "ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	PortalSettingsService settings;

	@Autowired
	AuditTrail audit;

	@LocalServerPort
	int port;

	@BeforeEach
	void defaults() {
		worlds.create();
	}

	@AfterEach
	void noImage() {
		settings.changeHeaderImage(settings.version().number(), "test", Optional.empty());
	}

	@Test
	void aPngIsSavedServedToThePortalAuditedAndRemovedAgain() throws Exception {
		long version = settings.version().number();

		mvc.perform(upload(new MockMultipartFile("image", "logo.bin", "application/octet-stream", PNG)))
			.andExpect(redirectedUrl("/admin/settings/display?imageSaved"));

		mvc.perform(get("/branding/header-image"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(content().bytes(PNG));
		mvc.perform(get("/login")).andExpect(content().string(containsString("src=\"/branding/header-image\"")));
		assertThat(settings.version().number()).isEqualTo(version + 1);
		assertThat(audit.find(new AuditFilter("ada", AuditedDisplaySettings.ACTION, "headerImage", null, null, null), 1)
			.items()).first()
			.satisfies(entry -> assertThat(entry.details()).isEqualTo("none → image/png, " + PNG.length + " bytes"));

		mvc.perform(post("/admin/settings/display/header-image/remove").with(ADMIN)
			.with(csrf())
			.param("version", String.valueOf(version + 1)))
			.andExpect(redirectedUrl("/admin/settings/display?imageRemoved"));
		mvc.perform(get("/branding/header-image")).andExpect(status().isNotFound());
		assertThat(audit.find(new AuditFilter("ada", AuditedDisplaySettings.ACTION, "headerImage", null, null, null), 1)
			.items()).first()
			.satisfies(entry -> assertThat(entry.details()).isEqualTo("image/png, " + PNG.length + " bytes → none"));
	}

	@Test
	void anSvgNamedPngIsRefused() throws Exception {
		byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);

		refused(new MockMultipartFile("image", "logo.png", "image/png", svg), "This file is not a PNG, JPEG, GIF or WebP image.");
	}

	@Test
	void anHtmlFileSentAsPngIsRefused() throws Exception {
		byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);

		refused(new MockMultipartFile("image", "header.png", "image/png", html), "This file is not a PNG, JPEG, GIF or WebP image.");
	}

	@Test
	void aPictureOverOneMegabyteIsRefused() throws Exception {
		refused(new MockMultipartFile("image", "big.png", "image/png", largePng(1_500_000)),
				"The image is larger than 1 MB. Please upload a smaller one.");
	}

	@Test
	void aStaleUploadIsRefusedNamingWhoChangedTheSettings() throws Exception {
		long version = settings.version().number();
		settings.changeHeaderImage(version, "bert", Optional.empty());

		mvc.perform(upload(new MockMultipartFile("image", "logo.png", "image/png", PNG), version))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("The settings were changed by bert at")));
		assertThat(settings.headerImage()).isEmpty();
	}

	/** Over real HTTP, so that Tomcat's multipart limits apply: the page answers, not an error page. */
	@Test
	void aFileOfOneAndAHalfMegabytesSentByABrowserGetsThePageWithTheReason() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String signIn = browser.send(HttpRequest.newBuilder(uri("/admin/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/admin/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin&_csrf="
					+ URLEncoder.encode(hidden(signIn, "_csrf"), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String page = browser.send(HttpRequest.newBuilder(uri("/admin/settings/display")).build(),
				HttpResponse.BodyHandlers.ofString()).body();

		String boundary = "----fieldbook-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(field(boundary, "_csrf", hidden(page, "_csrf")));
		body.writeBytes(field(boundary, "version", hidden(page, "version")));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"big.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		body.writeBytes(largePng(1_500_000));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(uri("/admin/settings/display/header-image"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("The image is larger than 1 MB. Please upload a smaller one.",
				"id=\"headerImage-error\"");
		assertThat(settings.headerImage()).isEmpty();
	}

	private void refused(MockMultipartFile file, String message) throws Exception {
		long version = settings.version().number();

		mvc.perform(upload(file))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("aria-invalid=\"true\" aria-describedby=\"image-hint headerImage-error\"")));
		assertThat(settings.headerImage()).isEmpty();
		assertThat(settings.version().number()).isEqualTo(version);
	}

	private MockHttpServletRequestBuilder upload(MockMultipartFile file) {
		return upload(file, settings.version().number());
	}

	private MockHttpServletRequestBuilder upload(MockMultipartFile file, long version) {
		return multipart("/admin/settings/display/header-image").file(file)
			.with(ADMIN)
			.with(csrf())
			.param("version", String.valueOf(version));
	}

	/** A PNG signature followed by zeros: a picture by its first bytes, of the given size. */
	private static byte[] largePng(int size) {
		return Arrays.copyOf(PNG, size);
	}

	private static byte[] field(String boundary, String name, String value) {
		return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static String hidden(String page, String name) {
		Matcher value = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(page);
		assertThat(value.find()).as(name + " in the page").isTrue();
		return value.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
