package org.fieldbook.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fieldbook.notification.MessageComposer.Composed;
import org.fieldbook.settings.MessagingExclusions;
import org.fieldbook.settings.MessagingSettings;
import org.fieldbook.settings.PortalSettingsService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps of {@code notification.bpmn} behind its delegates: decide the channels, compose, judge the outcome. */
@Service
public class Notifications {

	private final MessageSubjects subjects;

	private final PortalSettingsService settings;

	private final MessageComposer composer;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Notifications(MessageSubjects subjects, PortalSettingsService settings, MessageComposer composer, JdbcTemplate jdbc,
			Clock clock) {
		this.subjects = subjects;
		this.settings = settings;
		this.composer = composer;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record Decided(MessageSubject subject, ChannelDecision decision) {
	}

	@Transactional(readOnly = true)
	public Decided decide(NotificationType type, Long bookingId, Long invitationId) {
		MessageSubject subject = subjects.load(type, bookingId, invitationId);
		return new Decided(subject, ChannelPolicy.decide(subject, settings.messaging(), exclusion(subject)));
	}

	/**
	 * Decides as {@link #decide} does, and records a message that an exclusion list keeps back as skipped, with the
	 * reason, on each channel it would have gone out on: staff then see in the message log why the customer got
	 * nothing.
	 */
	@Transactional
	public Decided decideRecordingExclusions(NotificationType type, Long bookingId, Long invitationId,
			String processInstanceId) {
		MessageSubject subject = subjects.load(type, bookingId, invitationId);
		MessagingSettings messaging = settings.messaging();
		Optional<String> exclusion = exclusion(subject);
		ChannelDecision decision = ChannelPolicy.decide(subject, messaging, exclusion);
		if (exclusion.isEmpty()) {
			return new Decided(subject, decision);
		}
		ChannelDecision wanted = ChannelPolicy.decide(subject, messaging, Optional.empty());
		if (wanted.outcome() == ChannelDecision.Outcome.SEND) {
			Composed keptBack = composer.compose(subject, wanted, processInstanceId);
			Instant now = clock.instant();
			Stream.of(keptBack.email(), keptBack.sms())
				.flatMap(Optional::stream)
				.forEach(message -> message.skipped(decision.reason(), now));
		}
		return new Decided(subject, decision);
	}

	private Optional<String> exclusion(MessageSubject subject) {
		Long accountId = subject.booking() != null ? subject.booking().accountId() : subject.invitation().accountId();
		Long serviceTypeId = subject.booking() != null ? subject.booking().serviceTypeId() : null;
		MessagingExclusions exclusions = settings.messagingExclusions();
		if (exclusions.excludesAccount(accountId)) {
			return Optional.of("the account is on the messaging exclusion list");
		}
		if (exclusions.excludesServiceType(serviceTypeId)) {
			return Optional.of("the service type is on the messaging exclusion list");
		}
		return Optional.empty();
	}

	@Transactional
	public Composed compose(NotificationType type, Long bookingId, Long invitationId, String processInstanceId) {
		Decided decided = decide(type, bookingId, invitationId);
		return composer.compose(decided.subject(), decided.decision(), processInstanceId);
	}

	/**
	 * Why the customer was not reached, or empty when a message got through or was kept for lack of a provider.
	 * Read with plain SQL: the outcomes were written in transactions of their own, after this one loaded them.
	 */
	@Transactional(readOnly = true)
	public Optional<String> unreached(Long emailNotificationId, Long smsNotificationId) {
		List<Map<String, Object>> messages = jdbc.queryForList("""
				SELECT channel, recipient, state, provider_code, coalesce(provider_message, last_error) AS error
				  FROM notification WHERE id IN (?, ?) ORDER BY channel""",
				emailNotificationId == null ? -1 : emailNotificationId, smsNotificationId == null ? -1 : smsNotificationId);
		if (messages.stream().anyMatch(message -> !NotificationState.FAILED.name().equals(message.get("state")))) {
			return Optional.empty();
		}
		String why = messages.stream()
			.map(message -> message.get("channel").toString().toLowerCase(Locale.ROOT) + " to " + message.get("recipient")
					+ " failed: " + (message.get("provider_code") == null ? "" : message.get("provider_code") + " ")
					+ message.get("error"))
			.collect(Collectors.joining("; "));
		return Optional.of(why.isBlank() ? "no message could be delivered" : why);
	}

}
