package org.fieldbook.support;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** The SMS provider's Messages API ({@link TestPorts#SMS_MESSAGES}) on the tests' HTTP peer. */
public final class SmsApi {

	private SmsApi() {
	}

	/** The provider answers each request with the next answer, and the last one from then on. */
	public static void answerInTurn(WireMockExtension peer, ResponseDefinitionBuilder... answers) {
		String state = Scenario.STARTED;
		for (int i = 0; i < answers.length; i++) {
			String next = i == answers.length - 1 ? state : "answer " + (i + 1);
			peer.stubFor(post(urlEqualTo(TestPorts.SMS_MESSAGES)).inScenario("provider").whenScenarioStateIs(state)
				.willReturn(answers[i]).willSetStateTo(next));
			state = next;
		}
	}

	/** The SMS requests the provider got, in the order they came. */
	public static List<ServeEvent> requests(WireMockExtension peer) {
		List<ServeEvent> newestFirst = peer.getAllServeEvents().stream()
			.filter(event -> event.getRequest().getUrl().equals(TestPorts.SMS_MESSAGES))
			.collect(Collectors.toCollection(ArrayList::new));
		Collections.reverse(newestFirst);
		return newestFirst;
	}

}
