package org.fieldbook.notification;

import java.util.concurrent.TimeUnit;

import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.camunda.connect.httpclient.HttpConnector;
import org.camunda.connect.httpclient.impl.AbstractHttpConnector;
import org.camunda.connect.spi.ConnectorConfigurator;

/**
 * The HTTP client of the models' {@code http-connector} (the SMS API): timeouts, so a provider that hangs cannot
 * hold a job executor thread, and a check of pooled connections idle for a while, so a keep-alive connection the
 * provider closed is not used for the next message: every pooled connection is checked before it is used again (a
 * read of at most 1 ms), since a provider may close one at any moment and the connector's request body cannot be
 * sent a second time. Registered through {@code META-INF/services}.
 */
public class HttpConnectorConfigurator implements ConnectorConfigurator<HttpConnector> {

	@Override
	public Class<HttpConnector> getConnectorClass() {
		return HttpConnector.class;
	}

	@Override
	public void configure(HttpConnector connector) {
		PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
		pool.setValidateAfterInactivity(1);
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
			.useSystemProperties()
			.build());
	}

}
