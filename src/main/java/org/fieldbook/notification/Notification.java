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

	private String calendar;

	@Enumerated(EnumType.STRING)
	private NotificationState state = NotificationState.PENDING;

	private String providerId;

	private String providerCode;

	private String providerMessage;

	private String lastError;

	private int attempts;

	private Instant createdAt;

	private Instant sentAt;

	private Instant updatedAt;

	protected Notification() {
	}

	private Notification(Instant now) {
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** @param now when it is recorded */
	public static Notification email(String idempotencyKey, NotificationType type, Long contactId, Long bookingId,
			String recipient, String subject, String text, String html, Instant now) {
		Notification notification = new Notification(now);
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

	/** @param now when it is recorded */
	public static Notification sms(String idempotencyKey, NotificationType type, Long contactId, Long bookingId,
			String phone, String text, Instant now) {
		Notification notification = new Notification(now);
		notification.idempotencyKey = idempotencyKey;
		notification.type = type;
		notification.channel = Channel.SMS;
		notification.contactId = contactId;
		notification.bookingId = bookingId;
		notification.recipient = phone;
		notification.body = text;
		return notification;
	}

	/** The {@code .ics} to attach to an email, or null. */
	void attachCalendar(String ics) {
		this.calendar = ics;
	}

	void skip(String reason, Instant now) {
		this.state = NotificationState.SKIPPED;
		this.providerMessage = reason;
		this.updatedAt = now;
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

	public String getCalendar() {
		return calendar;
	}

	public Long getBookingId() {
		return bookingId;
	}

	public Long getContactId() {
		return contactId;
	}

	public String getProviderCode() {
		return providerCode;
	}

	public Instant getCreatedAt() {
		return createdAt;
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
