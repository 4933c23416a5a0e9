package org.fieldbook.notification;

import java.util.concurrent.TimeUnit;

import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.DefaultHttpRequestRetryHandler;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.camunda.connect.httpclient.HttpConnector;
import org.camunda.connect.httpclient.impl.AbstractHttpConnector;
import org.camunda.connect.spi.ConnectorConfigurator;

/**
 * The HTTP client of the models' {@code http-connector} (the SMS API): timeouts, so a provider that hangs cannot
 * hold a job executor thread, and a check of pooled connections idle for a while, so a keep-alive connection the
 * provider closed is not used for the next message; should one be used all the same (closed within the last second,
 * answered by no response), the request is sent once more at once on a new connection, with the same
 * {@code Idempotency-Key}, instead of failing the job for its first back-off. Registered through
 * {@code META-INF/services}.
 */
public class HttpConnectorConfigurator implements ConnectorConfigurator<HttpConnector> {

	@Override
	public Class<HttpConnector> getConnectorClass() {
		return HttpConnector.class;
	}

	@Override
	public void configure(HttpConnector connector) {
		PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
		pool.setValidateAfterInactivity(1_000);
		pool.setDefaultMaxPerRoute(10);
		RequestConfig timeouts = RequestConfig.custom()
			.setConnectTimeout(10_000)
			.setConnectionRequestTimeout(10_000)
			.setSocketTimeout(30_000)
			.build();
		((AbstractHttpConnector<?, ?>) connector).setHttpClient(HttpClients.custom()
			.setConnectionManager(pool)
			.setDefaultRequestConfig(timeouts)
			.evictIdleConnections(30, TimeUnit.SECONDS)
			.setRetryHandler(new DefaultHttpRequestRetryHandler(1, true))
			.useSystemProperties()
			.build());
	}

}
