package org.fieldbook.notification;

import java.util.Map;

import org.camunda.connect.Connectors;
import org.camunda.connect.httpclient.HttpConnector;
import org.camunda.connect.httpclient.HttpRequest;
import org.camunda.connect.httpclient.HttpResponse;
import org.springframework.stereotype.Service;

/**
 * Sends a recorded SMS from Java with the request that "Send SMS" in {@code notification.bpmn} makes: the same
 * {@code http-connector} (its timeouts, its pool, {@link SmsResendGuard}), the URL, headers and form of
 * {@link SmsProvider}, and the answer read by {@link SmsDelivery}. For steps that send many messages in one job.
 */
@Service
class SmsChannel {

	private final SmsProvider provider;

	private final SmsDelivery delivery;

	private final NotificationLog log;

	SmsChannel(SmsProvider provider, SmsDelivery delivery, NotificationLog log) {
		this.provider = provider;
		this.delivery = delivery;
		this.log = log;
	}

	/**
	 * @return the message's state afterwards
	 * @throws SmsDeliveryException when the provider cannot take it now (429, 5xx, no answer): the job is to be retried
	 */
	NotificationState deliver(long notificationId) {
		HttpConnector http = Connectors.getConnector(HttpConnector.ID);
		HttpRequest request = http.createRequest().post().url(provider.messagesUrl()).payload(provider.form(notificationId));
		for (Map.Entry<String, String> header : provider.headers(notificationId).entrySet()) {
			request.header(header.getKey(), header.getValue());
		}
		HttpResponse response;
		try {
			response = request.execute();
		}
		catch (RuntimeException unanswered) {
			log.attemptFailed(notificationId, unanswered.getMessage());
			throw new SmsDeliveryException(unanswered);
		}
		try {
			return NotificationState.valueOf(delivery.recordResponse(notificationId, response.getStatusCode(), response.getResponse()));
		}
		finally {
			response.close();
		}
	}

}
