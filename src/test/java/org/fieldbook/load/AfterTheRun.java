package org.fieldbook.load;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the load left behind, checked once its jobs have run: technicians booked twice at one time, and notices that
 * should have reached a customer and did not, in the message log or at the SMTP server or the SMS API.
 */
final class AfterTheRun {

	/**
	 * A notice is owed per channel for what became of each portal booking: its cancellation, its completion, the
	 * notice of its last move, or its confirmation. Earlier notices that a later change made untrue are deliberately
	 * not sent (StaleMessages, ChannelPolicy), so they are not owed.
	 */
	private static final String OWED = """
			SELECT b.reference, ch.channel,
			       CASE WHEN b.status = 'CANCELED' THEN 'BOOKING_CANCELED'
			            WHEN b.status = 'COMPLETED' THEN 'BOOKING_COMPLETED'
			            WHEN b.reference = ANY (?) THEN 'BOOKING_RESCHEDULED'
			            ELSE 'BOOKING_CONFIRMED' END AS type,
			       EXISTS (SELECT 1 FROM notification n
			                WHERE n.booking_id = b.id AND n.channel = ch.channel AND n.state = 'SENT'
			                  AND n.type = CASE WHEN b.status = 'CANCELED' THEN 'BOOKING_CANCELED'
			                                    WHEN b.status = 'COMPLETED' THEN 'BOOKING_COMPLETED'
			                                    WHEN b.reference = ANY (?) THEN 'BOOKING_RESCHEDULED'
			                                    ELSE 'BOOKING_CONFIRMED' END
			                  AND (b.status <> 'SCHEDULED' OR n.created_at >= b.updated_at)) AS sent
			  FROM booking b CROSS JOIN (VALUES ('EMAIL'), ('SMS')) AS ch (channel)
			 WHERE b.source = 'PORTAL'""";

	private final JdbcTemplate jdbc;

	private final ManagementService management;

	private final GreenMailExtension smtp;

	private final WireMockExtension sms;

	private final List<String> explanations = new ArrayList<>();

	AfterTheRun(JdbcTemplate jdbc, ManagementService management, GreenMailExtension smtp, WireMockExtension sms) {
		this.jdbc = jdbc;
		this.management = management;
		this.smtp = smtp;
		this.sms = sms;
	}

	/**
	 * Waits until no job is left to run, also none waiting for the retry of a failed try (the back-off after an
	 * optimistic-locking conflict, say; the reminder's timer is no such job); @return the seconds it took
	 */
	double drain(Duration timeout) throws InterruptedException {
		long started = System.nanoTime();
		long deadline = started + timeout.toNanos();
		while (management.createJobQuery().messages().withRetriesLeft().count() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(500);
		}
		long left = management.createJobQuery().executable().count();
		long failed = management.createJobQuery().noRetriesLeft().count();
		if (left > 0 || failed > 0) {
			explanations.add("jobs after draining: " + left + " still to run, " + failed + " without retries left");
		}
		return (System.nanoTime() - started) / 1e9;
	}

	/** Pairs of bookings, neither canceled, that hold one technician at overlapping times. */
	int doubleBookings() {
		return jdbc.queryForObject("""
				SELECT count(*) FROM booking_assignment a
				  JOIN booking_assignment b ON b.technician_id = a.technician_id AND b.booking_id > a.booking_id
				  JOIN booking x ON x.id = a.booking_id
				  JOIN booking y ON y.id = b.booking_id
				 WHERE x.status <> 'CANCELED' AND y.status <> 'CANCELED'
				   AND tstzrange(x.starts_at, x.ends_at) && tstzrange(y.starts_at, y.ends_at)""", Integer.class);
	}

	/** Owed notices not sent, plus sent ones that the SMTP server or the SMS API never received. */
	int lostNotifications(Tally tally) throws MessagingException {
		String[] moved = tally.bookings.entrySet()
			.stream()
			.filter(booking -> booking.getValue().get() > 0)
			.map(Map.Entry::getKey)
			.toArray(String[]::new);
		List<String> unsent = jdbc.query(OWED, (rs, n) -> rs.getBoolean("sent") ? null
				: rs.getString("reference") + " " + rs.getString("type") + " " + rs.getString("channel"), moved, moved)
			.stream()
			.filter(line -> line != null)
			.toList();
		if (!unsent.isEmpty()) {
			explanations.add("owed notices not sent (" + unsent.size() + "), first: " + unsent.subList(0, Math.min(10, unsent.size())));
		}
		int neverReceived = missing("EMAIL", emailsByRecipient()) + missing("SMS", smsByRecipient());
		return unsent.size() + neverReceived;
	}

	/** For each recipient, how many more messages the log says were sent than the sink received. */
	private int missing(String channel, Map<String, Long> received) {
		Map<String, Long> sent = jdbc.query("SELECT recipient, count(*) AS sent FROM notification WHERE state = 'SENT' "
				+ "AND channel = ? GROUP BY recipient", (rs, n) -> Map.entry(rs.getString("recipient"), rs.getLong("sent")), channel)
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		int missing = 0;
		for (Map.Entry<String, Long> recipient : sent.entrySet()) {
			missing += Math.max(0, recipient.getValue() - received.getOrDefault(recipient.getKey(), 0L));
		}
		long total = received.values().stream().mapToLong(Long::longValue).sum();
		explanations.add(channel + ": sent per the log " + sent.values().stream().mapToLong(Long::longValue).sum()
				+ ", received " + total + ", missing " + missing);
		return missing;
	}

	private Map<String, Long> emailsByRecipient() throws MessagingException {
		List<String> recipients = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			Address[] to = message.getAllRecipients();
			recipients.addAll(Arrays.stream(to).map(Address::toString).toList());
		}
		return recipients.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	private Map<String, Long> smsByRecipient() {
		return sms.getAllServeEvents()
			.stream()
			.map(event -> Arrays.stream(event.getRequest().getBodyAsString().split("&"))
				.filter(field -> field.startsWith("To="))
				.map(field -> URLDecoder.decode(field.substring(3), StandardCharsets.UTF_8))
				.findFirst()
				.orElse(""))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	List<String> explain() {
		return explanations;
	}

}
