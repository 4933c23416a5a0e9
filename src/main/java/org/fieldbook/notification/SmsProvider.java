package org.fieldbook.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * A Twilio-compatible SMS API ({@code fieldbook.sms.*}): the HTTP connector in {@code notification.bpmn} calls
 * {@code POST {base-url}/2010-04-01/Accounts/{account-sid}/Messages.json} with these values, through expressions
 * an admin may change in Modeler. Without an account sid and token, SMS are recorded as not sent.
 */
@Component("smsProvider")
@EnableConfigurationProperties(SmsProperties.class)
public class SmsProvider {

	static final String NO_PROVIDER = "not sent — no provider configured";

	private final SmsProperties provider;

	private final NotificationRepository notifications;

	SmsProvider(SmsProperties provider, NotificationRepository notifications) {
		this.provider = provider;
		this.notifications = notifications;
	}

	public boolean configured() {
		return provider.configured();
	}

	public String messagesUrl() {
		String base = provider.baseUrl();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/2010-04-01/Accounts/"
				+ provider.accountSid() + "/Messages.json";
	}

	/** HTTP Basic with the account sid and the auth token. */
	public String authorization() {
		return "Basic " + Base64.getEncoder()
			.encodeToString((provider.accountSid() + ":" + provider.authToken()).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * {@code notification-{id}}, the same on every try of the message: the provider (or whoever reads its log) can
	 * tell a request repeated after a crash from a second message.
	 */
	public String idempotencyKey(Number notificationId) {
		return DeliveryKeys.idempotencyKey(notificationId.longValue());
	}

	/** The request headers, for the element template (the model spells them out as a map). */
	public Map<String, String> headers(Number notificationId) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Authorization", authorization());
		headers.put("Content-Type", "application/x-www-form-urlencoded");
		headers.put("Accept", "application/json");
		headers.put("Idempotency-Key", idempotencyKey(notificationId));
		return headers;
	}

	/** The form-encoded request body for a recorded SMS: {@code To}, {@code From} or {@code MessagingServiceSid}, {@code Body}. */
	public String form(Number notificationId) {
		Notification sms = notifications.findById(notificationId.longValue())
			.orElseThrow(() -> new IllegalArgumentException("No notification " + notificationId));
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("To", sms.getRecipient());
		if (SmsProperties.present(provider.messagingServiceSid())) {
			fields.put("MessagingServiceSid", provider.messagingServiceSid());
		}
		else {
			fields.put("From", provider.from());
		}
		fields.put("Body", sms.getBody());
		return fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
