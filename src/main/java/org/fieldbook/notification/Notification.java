package org.fieldbook.notification;

import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One message on one channel, as rendered, with what became of it. The idempotency key names the message
 * (what it is about, its type, the occurrence, the channel), so a repeated job finds the row and never sends twice.
 * Its state moves once, from pending to sent, failed or skipped; an outcome that arrives after that (a repeated
 * or duplicated job) changes nothing, so a send is recorded exactly once. Written only by {@link NotificationLog}.
 */
@Entity
public class Notification {

	/** The code of a portal or invitation link (see PortalLinks): 22 URL-safe characters after /b/, /invitation/ or /password-reset/. */
	private static final Pattern LINK_CODE = Pattern.compile("/(b|invitation|password-reset)/[A-Za-z0-9_-]{22}");

	private static final String LINK_CODE_REMOVED = "/$1/(code removed after sending)";

	/** The length of provider_message and last_error. */
	private static final int TEXT_LIMIT = 1000;

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

	private String processInstanceId;

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

	/** The instance of the process that wrote the message, for staff to find it in Cockpit. */
	void writtenBy(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	/** The {@code .ics} to attach to an email, or null. */
	void attachCalendar(String ics) {
		this.calendar = ics;
	}

	/**
	 * Sent: from now on the codes in its links exist only in the customer's message; the log keeps the content
	 * with each code replaced, so nobody can follow a customer's link from the back office.
	 */
	void sent(String providerId, Instant at) {
		if (!pending()) {
			return;
		}
		this.state = NotificationState.SENT;
		this.providerId = providerId;
		this.attempts++;
		this.lastError = null;
		this.sentAt = at;
		this.updatedAt = at;
		this.body = withoutLinkCodes(body);
		this.htmlBody = withoutLinkCodes(htmlBody);
		this.calendar = withoutLinkCodes(calendar);
	}

	/** A try that may succeed later: the state stays pending. */
	void attemptFailed(String error, Instant at) {
		if (!pending()) {
			return;
		}
		this.attempts++;
		this.lastError = clip(error);
		this.updatedAt = at;
	}

	/** The provider refused the message for good (an invalid number, say): failed, with the provider's code and message. */
	void failed(String code, String message, Instant at) {
		if (!pending()) {
			return;
		}
		this.state = NotificationState.FAILED;
		this.providerCode = code;
		this.providerMessage = clip(message);
		this.lastError = clip(code + ": " + message);
		this.attempts++;
		this.updatedAt = at;
	}

	/** Not sent, for the reason given (no provider, the booking changed): no try is counted. */
	void skipped(String reason, Instant at) {
		if (!pending()) {
			return;
		}
		this.state = NotificationState.SKIPPED;
		this.providerMessage = clip(reason);
		this.updatedAt = at;
	}

	private boolean pending() {
		return !state.isFinal();
	}

	private static String withoutLinkCodes(String text) {
		return text == null ? null : LINK_CODE.matcher(text).replaceAll(LINK_CODE_REMOVED);
	}

	private static String clip(String text) {
		return text == null ? null : text.substring(0, Math.min(text.length(), TEXT_LIMIT));
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

	public String getProcessInstanceId() {
		return processInstanceId;
	}

}
