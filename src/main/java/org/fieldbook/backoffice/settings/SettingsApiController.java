package org.fieldbook.backoffice.settings;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.fieldbook.settings.BrandingChange;
import org.fieldbook.settings.GeneralSettingsChange;
import org.fieldbook.settings.InvalidSettingsException;
import org.fieldbook.settings.InvalidSettingsException.FieldProblem;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.settings.SelfSchedulingChange;
import org.fieldbook.settings.SettingsChangedMeanwhileException;
import org.fieldbook.settings.SettingsVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The portal settings for scripts: any staff member reads them, admins change the fields they name, against the
 * ETag they read ({@code If-Match}), so that nobody overwrites a change they have not seen. Errors are
 * {@link SettingsApiProblems}.
 */
@RestController
class SettingsApiController {

	static final String PATH = "/api/v1/settings";

	static final String MERGE_PATCH = "application/merge-patch+json";

	private static final Pattern ETAG = Pattern.compile("\"settings-(\\d{1,18})\"");

	/** The settings as GET answers them: each section names every field of its tab. */
	record SettingsDocument(long version, GeneralSettingsChange general, SelfSchedulingChange selfScheduling,
			BrandingChange display) {
	}

	private final PortalSettingsService settings;

	private final AuditedSettings saves;

	private final SignInProviders providers;

	private final ObjectReader patches;

	SettingsApiController(PortalSettingsService settings, AuditedSettings saves, SignInProviders providers,
			ObjectMapper json) {
		this.settings = settings;
		this.saves = saves;
		this.providers = providers;
		this.patches = json.readerFor(SettingsPatch.class)
			.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
	}

	@GetMapping(PATH)
	ResponseEntity<SettingsDocument> read() {
		return current();
	}

	@PatchMapping(path = PATH, consumes = { MediaType.APPLICATION_JSON_VALUE, MERGE_PATCH })
	ResponseEntity<SettingsDocument> change(@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody JsonNode body, Principal staff) throws IOException {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED,
					"Send If-Match with the ETag of GET " + PATH + ", so that no change saved meanwhile is overwritten.");
		}
		SettingsPatch patch = patches.readValue(body);
		if (patch == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "body: expected an object with the sections to change");
		}
		if (patch.namesPasswordSignIn() && !providers.configured()) {
			throw new InvalidSettingsException(List.of(new FieldProblem("passwordSignIn", "admin.settings.invalid.noProvider")));
		}
		saves.save(expectedVersion(ifMatch.strip()), staff.getName(), patch.changes());
		return current();
	}

	/** The version an If-Match names; one that names none of ours is refused as changed meanwhile. */
	private long expectedVersion(String ifMatch) {
		SettingsVersion now = settings.version();
		if (ifMatch.equals("*")) {
			return now.number();
		}
		Matcher tag = ETAG.matcher(ifMatch);
		if (!tag.matches()) {
			throw new SettingsChangedMeanwhileException(now);
		}
		return Long.parseLong(tag.group(1));
	}

	private ResponseEntity<SettingsDocument> current() {
		SettingsVersion version = settings.version();
		SettingsDocument document = new SettingsDocument(version.number(),
				GeneralSettingsChange.of(settings.messaging(), settings.portalRules()),
				SelfSchedulingChange.of(settings.scheduling(), settings.portalRules(), settings.messaging()),
				BrandingChange.of(settings.branding()));
		return ResponseEntity.ok().eTag(version.etag()).body(document);
	}

}
