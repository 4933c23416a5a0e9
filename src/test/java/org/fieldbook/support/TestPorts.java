package org.fieldbook.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The ports of the tests' peers, free ports chosen once per test JVM, so that builds running side by side (or a
 * leftover process) never collide: the SMTP server (GreenMail) and the HTTP peer (WireMock) that plays both the SMS
 * API and the OpenID provider. The shared context learns them through {@link Initializer}; application-test.yaml
 * refers to them as {@code ${test-ports.smtp}} and {@code ${test-ports.http}}.
 */
public final class TestPorts {

	private static final int[] CHOSEN = freePorts(2);

	public static final int SMTP = CHOSEN[0];

	public static final int HTTP = CHOSEN[1];

	private TestPorts() {
	}

	/** An SMTP server on {@link #SMTP}, where the application sends its mail in tests. */
	public static GreenMailExtension smtpServer() {
		return new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP));
	}

	/** The HTTP peer on {@link #HTTP}, where the application finds the SMS API and the OpenID provider in tests. */
	/** Where the application posts its SMS on the HTTP peer: the Messages API of the tests' account sid. */
	public static final String SMS_MESSAGES = "/2010-04-01/Accounts/ACtest0000000000000000000000000000/Messages.json";

	public static WireMockExtension httpPeer() {
		return WireMockExtension.newInstance().options(WireMockConfiguration.wireMockConfig().port(HTTP)).build();
	}

	/** The address of the HTTP peer as the application sees it: {@code http://localhost:<port>}. */
	public static String httpPeerUrl() {
		return "http://localhost:" + HTTP;
	}

	/** All sockets are held open until all ports are known, so no two peers get the same one. */
	private static int[] freePorts(int count) {
		ServerSocket[] sockets = new ServerSocket[count];
		try {
			int[] ports = new int[count];
			for (int i = 0; i < count; i++) {
				sockets[i] = new ServerSocket(0);
				ports[i] = sockets[i].getLocalPort();
			}
			return ports;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port for the tests' peers", ex);
		}
		finally {
			for (ServerSocket socket : sockets) {
				close(socket);
			}
		}
	}

	private static void close(ServerSocket socket) {
		if (socket == null) {
			return;
		}
		try {
			socket.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Puts the chosen ports into the shared context's environment before anything reads its configuration. */
	public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testPorts",
					Map.of("test-ports.smtp", SMTP, "test-ports.http", HTTP)));
		}

	}

}
