package org.fieldbook.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One message on one channel, as rendered, with what became of it. The idempotency key names the message
 * (what it is about, its type, the occurrence, the channel), so a repeated job finds the row and never sends twice.
 */
@Entity
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String idempotencyKey;

	@Enumerated(EnumType.STRING)
	private NotificationType type;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private Long bookingId;

	private Long contactId;

	private String recipient;

	private String subject;

	private String body;

	private String htmlBody;

	@Enumerated(EnumType.STRING)
	private NotificationState state = NotificationState.PENDING;

	private String providerId;

	private String providerMessage;

	private String lastError;

	private int attempts;

	private Instant createdAt = Instant.now();

	private Instant sentAt;

	private Instant updatedAt = Instant.now();

	protected Notification() {
	}

	public static Notification email(String idempotencyKey, NotificationType type, Long contactId, Long bookingId,
			String recipient, String subject, String text, String html) {
		Notification notification = new Notification();
		notification.idempotencyKey = idempotencyKey;
		notification.type = type;
		notification.channel = Channel.EMAIL;
		notification.contactId = contactId;
		notification.bookingId = bookingId;
		notification.recipient = recipient;
		notification.subject = subject;
		notification.body = text;
		notification.htmlBody = html;
		return notification;
	}

	void attempt() {
		attempts++;
		updatedAt = Instant.now();
	}

	void sent(String providerId) {
		this.state = NotificationState.SENT;
		this.providerId = providerId;
		this.sentAt = Instant.now();
		this.updatedAt = sentAt;
	}

	void skip(String reason) {
		this.state = NotificationState.SKIPPED;
		this.providerMessage = reason;
		this.updatedAt = Instant.now();
	}

	void failedAttempt(String error) {
		this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
		this.updatedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public String getIdempotencyKey() {
		return idempotencyKey;
	}

	public NotificationType getType() {
		return type;
	}

	public Channel getChannel() {
		return channel;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public String getHtmlBody() {
		return htmlBody;
	}

	public NotificationState getState() {
		return state;
	}

	public String getProviderId() {
		return providerId;
	}

	public String getProviderMessage() {
		return providerMessage;
	}

	public String getLastError() {
		return lastError;
	}

	public int getAttempts() {
		return attempts;
	}

	public Instant getSentAt() {
		return sentAt;
	}

}
