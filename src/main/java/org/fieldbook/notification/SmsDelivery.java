package org.fieldbook.notification;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * What the SMS provider answered, as the output of the connector in {@code notification.bpmn}: accepted → sent
 * with the provider's message sid; 429 or 5xx → the try is recorded and the job fails, so the engine retries it
 * (and raises an incident when the retries run out), as do 401, 403 and 404, which mean wrong credentials or URL;
 * any other 4xx (an invalid number, say) → failed for good
 * with the provider's code and message, without retries or incident.
 */
@Component("smsDelivery")
public class SmsDelivery {

	/** Wrong credentials or URL: the provider's fault or ours, not the customer's; retried, then an incident. */
	private static final Set<Integer> MISCONFIGURED = Set.of(401, 403, 404);

	private final NotificationLog log;

	private final ObjectMapper json;

	SmsDelivery(NotificationLog log, ObjectMapper json) {
		this.log = log;
		this.json = json;
	}

	/**
	 * @return the {@link NotificationState} name for the process: {@code SENT} or {@code FAILED}, or the final state
	 *         the message already had (a repeated job's answer changes nothing)
	 */
	public String recordResponse(Number notificationId, Number statusCode, String response) {
		long id = notificationId.longValue();
		int status = statusCode == null ? 0 : statusCode.intValue();
		JsonNode body = parse(response);
		if (status >= 200 && status < 300) {
			return log.sent(id, body.path("sid").asText(null)).name();
		}
		String code = body.path("code").asText(String.valueOf(status));
		String message = body.path("message").asText(response == null ? "" : response);
		if (status == 429 || status >= 500 || status < 400 || MISCONFIGURED.contains(status)) {
			log.attemptFailed(id, "HTTP " + status + ": " + message);
			throw new SmsDeliveryException(status, message);
		}
		return log.failed(id, code, message).name();
	}

	private JsonNode parse(String response) {
		try {
			return response == null || response.isBlank() ? json.createObjectNode() : json.readTree(response);
		}
		catch (Exception notJson) {
			return json.createObjectNode();
		}
	}

}
