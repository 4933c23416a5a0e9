package org.fieldbook.notification;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.apache.http.Header;
import org.apache.http.HttpVersion;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpRequestBase;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.message.BasicHttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.connect.Connectors;
import org.camunda.connect.httpclient.HttpConnector;
import org.camunda.connect.spi.Connector;
import org.camunda.connect.spi.ConnectorInvocation;
import org.camunda.connect.spi.ConnectorRequestInterceptor;
import org.springframework.stereotype.Component;

/**
 * Keeps a retried "Send SMS" job from texting again what the log already knows is sent (or refused for good): the
 * outcome of a send commits on its own, so the job can fail after it (its own commit, a crash) and run again. The
 * connector's request always goes out before its output mapping can look at the log, so this interceptor of the
 * {@code http-connector} looks first: a request whose {@code Idempotency-Key} names a message that is no longer
 * pending is answered here, with the provider's message id, and never reaches the provider. Every other request
 * passes untouched.
 */
@Component
class SmsResendGuard implements ConnectorRequestInterceptor {

	private final NotificationRepository notifications;

	private final ObjectMapper json;

	/** The engine's plugins load the connectors: they must exist before this registers with one. */
	SmsResendGuard(NotificationRepository notifications, ObjectMapper json, ProcessEngine engine) {
		this.notifications = notifications;
		this.json = json;
	}

	@PostConstruct
	void register() {
		httpConnector().addRequestInterceptor(this);
	}

	@PreDestroy
	void unregister() {
		httpConnector().getRequestInterceptors().remove(this);
	}

	@Override
	public Object handleInvocation(ConnectorInvocation invocation) throws Exception {
		Notification done = invocation.getTarget() instanceof HttpRequestBase request ? finished(request) : null;
		return done == null ? invocation.proceed() : new AnsweredBefore(json, done);
	}

	private Notification finished(HttpRequestBase request) {
		Header key = request.getFirstHeader("Idempotency-Key");
		Long id = key == null ? null : DeliveryKeys.notificationId(key.getValue());
		return id == null ? null
				: notifications.findById(id).filter(message -> message.getState().isFinal()).orElse(null);
	}

	private static Connector<?> httpConnector() {
		return Connectors.getConnector(HttpConnector.ID);
	}

	/** What the output mapping reads as an accepted message; recording it again changes nothing in the log. */
	private static final class AnsweredBefore extends BasicHttpResponse implements CloseableHttpResponse {

		AnsweredBefore(ObjectMapper json, Notification message) throws JsonProcessingException {
			super(HttpVersion.HTTP_1_1, 200, "OK");
			String sid = message.getProviderId() == null ? "" : message.getProviderId();
			setEntity(new StringEntity(json.writeValueAsString(Map.of("sid", sid)), ContentType.APPLICATION_JSON));
		}

		@Override
		public void close() {
		}

	}

}
