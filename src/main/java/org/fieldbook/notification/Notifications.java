package org.fieldbook.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fieldbook.notification.MessageComposer.Composed;
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

	Notifications(MessageSubjects subjects, PortalSettingsService settings, MessageComposer composer, JdbcTemplate jdbc) {
		this.subjects = subjects;
		this.settings = settings;
		this.composer = composer;
		this.jdbc = jdbc;
	}

	public record Decided(MessageSubject subject, ChannelDecision decision) {
	}

	@Transactional(readOnly = true)
	public Decided decide(NotificationType type, Long bookingId, Long invitationId) {
		MessageSubject subject = subjects.load(type, bookingId, invitationId);
		Long accountId = subject.booking() != null ? subject.booking().accountId() : subject.invitation().accountId();
		Long serviceTypeId = subject.booking() != null ? subject.booking().serviceTypeId() : null;
		boolean excluded = settings.excludedFromMessaging(accountId, serviceTypeId);
		return new Decided(subject, ChannelPolicy.decide(subject, settings.messaging(), excluded));
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
