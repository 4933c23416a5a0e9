package org.fieldbook.settings;

import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PortalSettingsService {

	private final PortalSettingsRepository settings;

	private final JdbcTemplate jdbc;

	PortalSettingsService(PortalSettingsRepository settings, JdbcTemplate jdbc) {
		this.settings = settings;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public PortalRules portalRules() {
		return theRow().portalRules();
	}

	@Transactional(readOnly = true)
	public MessagingSettings messaging() {
		return theRow().messaging();
	}

	/** Whether the exclusion lists keep all messaging away from this account or service type (either may be null). */
	@Transactional(readOnly = true)
	public boolean excludedFromMessaging(Long accountId, Long serviceTypeId) {
		return messagingExclusions().excludes(accountId, serviceTypeId);
	}

	@Transactional(readOnly = true)
	public MessagingExclusions messagingExclusions() {
		return new MessagingExclusions(
				Set.copyOf(jdbc.queryForList("SELECT account_id FROM portal_settings_excluded_account", Long.class)),
				Set.copyOf(jdbc.queryForList("SELECT service_type_id FROM portal_settings_excluded_service_type", Long.class)));
	}

	@Transactional(readOnly = true)
	public Branding branding() {
		return theRow().branding();
	}

	@Transactional(readOnly = true)
	public SchedulingSettings scheduling() {
		return theRow().scheduling();
	}

	/** The picture shown above every portal page and email, if the admin uploaded one. */
	@Transactional(readOnly = true)
	public Optional<HeaderImage> headerImage() {
		return jdbc.query("SELECT header_image, header_image_content_type FROM portal_settings WHERE header_image IS NOT NULL",
				(row, index) -> new HeaderImage(row.getBytes(1), row.getString(2))).stream().findFirst();
	}

	private PortalSettings theRow() {
		return settings.findById(PortalSettings.THE_ROW)
			.orElseThrow(() -> new IllegalStateException("portal_settings has no row: the migration creates it"));
	}

}
