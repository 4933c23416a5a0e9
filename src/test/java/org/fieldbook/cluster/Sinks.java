package org.fieldbook.cluster;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * Where the nodes deliver: GreenMail as their SMTP server and WireMock as their SMS provider, both in the test JVM.
 * Counted per booking reference (found in each message's text), by the counting rule of "exactly once": distinct
 * {@code Message-ID} headers of the emails and distinct {@code Idempotency-Key} headers of the SMS requests (a
 * request without one counts on its own), beside the raw number of deliveries.
 */
final class Sinks implements AutoCloseable {

	enum Kind {

		CONFIRMATION("Your visit is booked", "visit booked"), REMINDER("Reminder:", "reminder of your visit"),
		EARLIER_TIME_OFFER("An earlier time is free:", "an earlier time is free");

		private final String subjectStart;

		private final String smsText;

		Kind(String subjectStart, String smsText) {
			this.subjectStart = subjectStart;
			this.smsText = smsText;
		}

	}

	/** Per booking reference: the distinct messages and the raw deliveries of one kind on one channel. */
	record Counts(Map<String, Integer> distinct, Map<String, Integer> raw) {

		int distinctOf(String reference) {
			return distinct.getOrDefault(reference, 0);
		}

		int rawTotal() {
			return raw.values().stream().mapToInt(Integer::intValue).sum();
		}

		int distinctTotal() {
			return distinct.values().stream().mapToInt(Integer::intValue).sum();
		}

		/** The references delivered more than once on the wire, with their raw count. */
		Map<String, Integer> repeated() {
			Map<String, Integer> repeated = new TreeMap<>();
			raw.forEach((reference, count) -> {
				if (count > 1) {
					repeated.put(reference, count);
				}
			});
			return repeated;
		}

		@Override
		public String toString() {
			return "raw=" + rawTotal() + " distinct=" + distinctTotal() + " references=" + distinct.size()
					+ " repeatedOnTheWire=" + repeated();
		}

	}

	static final String SMS_PATH = "/2010-04-01/Accounts/" + FieldbookNode.SMS_ACCOUNT + "/Messages.json";

	private static final Pattern REFERENCE = Pattern.compile("\\bFB-[0-9A-Z]{5}\\b");

	private final GreenMail smtp;

	private final WireMockServer sms;

	private Sinks(GreenMail smtp, WireMockServer sms) {
		this.smtp = smtp;
		this.sms = sms;
	}

	static Sinks start() {
		GreenMail smtp = new GreenMail(new ServerSetup(ClusterDatabase.freePort(), "localhost", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		WireMockServer sms = new WireMockServer(WireMockConfiguration.wireMockConfig().port(ClusterDatabase.freePort()));
		sms.start();
		Sinks sinks = new Sinks(smtp, sms);
		sinks.smsAnswersAfter(0);
		return sinks;
	}

	int smtpPort() {
		return smtp.getSmtp().getPort();
	}

	int httpPort() {
		return sms.port();
	}

	/** The SMS provider accepts every message, after this delay. */
	void smsAnswersAfter(int delayMillis) {
		sms.resetMappings();
		sms.stubFor(post(urlEqualTo(SMS_PATH)).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withFixedDelay(delayMillis)
			.withBody("{\"sid\":\"SMcluster\",\"status\":\"queued\"}")));
	}

	int emailsReceived() {
		return smtp.getReceivedMessages().length;
	}

	Counts emails(Kind kind) {
		Map<String, Set<String>> ids = new HashMap<>();
		Map<String, Integer> raw = new HashMap<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			try {
				if (message.getSubject() == null || !message.getSubject().startsWith(kind.subjectStart)) {
					continue;
				}
				String[] messageId = message.getHeader("Message-ID");
				String id = messageId == null ? "delivery-" + System.identityHashCode(message) : messageId[0];
				for (String reference : references(text(message))) {
					ids.computeIfAbsent(reference, r -> new HashSet<>()).add(id);
					raw.merge(reference, 1, Integer::sum);
				}
			}
			catch (MessagingException | IOException ex) {
				throw new AssertionError("An email the nodes sent cannot be read", ex);
			}
		}
		return counts(ids, raw);
	}

	Counts texts(Kind kind) {
		Map<String, Set<String>> ids = new HashMap<>();
		Map<String, Integer> raw = new HashMap<>();
		List<ServeEvent> events = sms.getAllServeEvents();
		for (ServeEvent event : events) {
			String body = smsBody(event.getRequest().getBodyAsString());
			if (!body.contains(kind.smsText)) {
				continue;
			}
			String key = event.getRequest().getHeader("Idempotency-Key");
			String id = key == null ? event.getId().toString() : key;
			for (String reference : references(body)) {
				ids.computeIfAbsent(reference, r -> new HashSet<>()).add(id);
				raw.merge(reference, 1, Integer::sum);
			}
		}
		return counts(ids, raw);
	}

	@Override
	public void close() {
		smtp.stop();
		sms.stop();
	}

	private static Counts counts(Map<String, Set<String>> ids, Map<String, Integer> raw) {
		Map<String, Integer> distinct = new HashMap<>();
		ids.forEach((reference, set) -> distinct.put(reference, set.size()));
		return new Counts(distinct, raw);
	}

	private static Set<String> references(String text) {
		Set<String> references = new HashSet<>();
		Matcher reference = REFERENCE.matcher(text);
		while (reference.find()) {
			references.add(reference.group());
		}
		return references;
	}

	private static String smsBody(String form) {
		for (String field : form.split("&")) {
			String[] nameValue = field.split("=", 2);
			if (nameValue[0].equals("Body") && nameValue.length == 2) {
				return URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8);
			}
		}
		return "";
	}

	/** The decoded text of the message's text parts (plain and HTML, not the calendar file). */
	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
			return part.getContent().toString();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				text.append(text(body)).append('\n');
			}
			return text.toString();
		}
		return "";
	}

}
