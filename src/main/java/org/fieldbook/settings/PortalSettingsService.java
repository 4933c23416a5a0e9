package org.fieldbook.settings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fieldbook.system.PerRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
public class PortalSettingsService {

	private static final String NO_IMAGE = "none";

	/** The row as a request read it: its branding, rules and limits are asked for several times per page. */
	private static final String THE_ROW_OF_THIS_REQUEST = PortalSettingsService.class.getName() + ".row";

	private final PortalSettingsRepository settings;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PortalSettingsService(PortalSettingsRepository settings, JdbcTemplate jdbc, Clock clock) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public SettingsVersion version() {
		return theRow().version();
	}

	public PortalRules portalRules() {
		return theRow().portalRules();
	}

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

	/** @return whether the account was not excluded before */
	@Transactional
	public boolean excludeAccount(long accountId) {
		return jdbc.update("INSERT INTO portal_settings_excluded_account (account_id) VALUES (?) ON CONFLICT DO NOTHING",
				accountId) == 1;
	}

	/** @return whether the account was excluded */
	@Transactional
	public boolean removeExcludedAccount(long accountId) {
		return jdbc.update("DELETE FROM portal_settings_excluded_account WHERE account_id = ?", accountId) == 1;
	}

	/** @return whether the service type was not excluded before */
	@Transactional
	public boolean excludeServiceType(long serviceTypeId) {
		return jdbc.update(
				"INSERT INTO portal_settings_excluded_service_type (service_type_id) VALUES (?) ON CONFLICT DO NOTHING",
				serviceTypeId) == 1;
	}

	/** @return whether the service type was excluded */
	@Transactional
	public boolean removeExcludedServiceType(long serviceTypeId) {
		return jdbc.update("DELETE FROM portal_settings_excluded_service_type WHERE service_type_id = ?", serviceTypeId) == 1;
	}

	public Branding branding() {
		return theRow().branding();
	}

	public SchedulingSettings scheduling() {
		return theRow().scheduling();
	}

	/** The picture shown above every portal page and email, if the admin uploaded one. */
	@Transactional(readOnly = true)
	public Optional<HeaderImage> headerImage() {
		return jdbc.query("SELECT header_image, header_image_content_type FROM portal_settings WHERE header_image IS NOT NULL",
				(row, index) -> new HeaderImage(row.getBytes(1), row.getString(2))).stream().findFirst();
	}

	/**
	 * Applies the changes to the settings row, locked for the transaction, if it is still at the version they were
	 * made against; moves the version and records who made them, unless no value moved. All of them are written, or
	 * none.
	 *
	 * @throws SettingsChangedMeanwhileException if another change was saved since {@code expectedVersion}
	 * @throws InvalidSettingsException          if any change names an unacceptable value
	 */
	@Transactional
	public SettingsChangeOutcome change(long expectedVersion, String actor, List<? extends SettingsChange> changes) {
		PortalSettings row = lockedAt(expectedVersion);
		List<SettingChanged> changed = new ArrayList<>();
		List<InvalidSettingsException.FieldProblem> problems = new ArrayList<>();
		for (SettingsChange change : changes) {
			try {
				changed.addAll(change.applyTo(row));
			}
			catch (InvalidSettingsException invalid) {
				problems.addAll(invalid.problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidSettingsException(problems);
		}
		if (changed.isEmpty()) {
			return new SettingsChangeOutcome(row.version(), List.of());
		}
		row.markChanged(actor, clock.instant());
		return new SettingsChangeOutcome(row.version(), List.copyOf(changed));
	}

	/**
	 * Replaces the header image, or removes it ({@code image} empty), as {@link #change} changes the other settings.
	 *
	 * @throws SettingsChangedMeanwhileException if another change was saved since {@code expectedVersion}
	 */
	@Transactional
	public SettingsChangeOutcome changeHeaderImage(long expectedVersion, String actor, Optional<HeaderImage> image) {
		PortalSettings row = lockedAt(expectedVersion);
		String old = headerImage().map(HeaderImage::describe).orElse(NO_IMAGE);
		String now = image.map(HeaderImage::describe).orElse(NO_IMAGE);
		if (image.isPresent()) {
			jdbc.update("UPDATE portal_settings SET header_image = ? WHERE id = ?", image.get().bytes(), PortalSettings.THE_ROW);
		}
		else {
			jdbc.update("UPDATE portal_settings SET header_image = NULL WHERE id = ?", PortalSettings.THE_ROW);
		}
		row.headerImageContentType(image.map(HeaderImage::contentType).orElse(null));
		row.markChanged(actor, clock.instant());
		List<SettingChanged> changed = old.equals(now) ? List.of() : List.of(new SettingChanged("headerImage", old, now));
		return new SettingsChangeOutcome(row.version(), changed);
	}

	private PortalSettings lockedAt(long expectedVersion) {
		forgetTheRowOfThisRequest();
		PortalSettings row = settings.findForChange(PortalSettings.THE_ROW)
			.orElseThrow(() -> new IllegalStateException("portal_settings has no row: the migration creates it"));
		if (row.version().number() != expectedVersion) {
			throw new SettingsChangedMeanwhileException(row.version());
		}
		return row;
	}

	private PortalSettings theRow() {
		return PerRequest.once(THE_ROW_OF_THIS_REQUEST, () -> settings.findById(PortalSettings.THE_ROW)
			.orElseThrow(() -> new IllegalStateException("portal_settings has no row: the migration creates it")));
	}

	/** A change, and whatever the request reads after it, committed or rolled back, sees the row as it is then. */
	private static void forgetTheRowOfThisRequest() {
		PerRequest.forget(THE_ROW_OF_THIS_REQUEST);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					PerRequest.forget(THE_ROW_OF_THIS_REQUEST);
				}

			});
		}
	}

}
