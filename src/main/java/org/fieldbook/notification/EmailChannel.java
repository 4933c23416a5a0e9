package org.fieldbook.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers a recorded email over SMTP (any server, Exchange Online SMTP AUTH included) as HTML with a plain
 * text alternative and, for bookings, the {@code .ics}. Each outcome is written on its own: attempts and the last
 * error survive a failed job, and a message that is sent or skipped is never sent again. Every try carries the
 * same {@code Message-ID} ({@link DeliveryKeys}), so a receiver sees a send repeated after a crash as one message.
 * Without an SMTP host the email is kept, not sent.
 */
@Service
public class EmailChannel {

	static final String NO_PROVIDER = "not sent — no provider configured";

	private static final int LOCK_NAMESPACE = 5_001;

	/**
	 * Jakarta Mail finds its stream provider anew for every header block and body part it reads or writes: by a
	 * ServiceLoader scan of every jar on the class path, unless this system property names it. Named, the class is
	 * loaded directly; a fifth of a reminder run's CPU went to the scans.
	 */
	private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	private final NotificationRepository notifications;

	private final NotificationLog log;

	private final ObjectProvider<JavaMailSenderImpl> mailSender;

	private final String from;

	private final StaleMessages staleness;

	private final JdbcTemplate jdbc;

	private final DeliveryKeys keys;

	private final Clock clock;

	EmailChannel(NotificationRepository notifications, NotificationLog log, ObjectProvider<JavaMailSenderImpl> mailSender,
			@Value("${fieldbook.notifications.email-from}") String from, StaleMessages staleness, JdbcTemplate jdbc,
			DeliveryKeys keys, Clock clock) {
		this.notifications = notifications;
		this.log = log;
		this.mailSender = mailSender;
		this.from = from;
		this.staleness = staleness;
		this.jdbc = jdbc;
		this.keys = keys;
		this.clock = clock;
	}

	/**
	 * Sends the email unless it is already sent, skipped or failed, or the booking changed after it was written.
	 * An advisory lock on the message, held to the end of the caller's transaction, lets only one job at a time
	 * send it.
	 */
	@Transactional
	public NotificationState deliver(long notificationId) {
		return deliver(notificationId, UnaryOperator.identity());
	}

	/**
	 * As {@link #deliver(long)}, with {@code completion} putting into the text, for this send only, what the log
	 * must never keep (a password reset's link).
	 */
	@Transactional
	NotificationState deliver(long notificationId, UnaryOperator<String> completion) {
		try (SmtpConnection smtp = new SmtpConnection()) {
			return deliver(notificationId, completion, smtp);
		}
	}

	/**
	 * Delivers each of the emails as {@link #deliver(long)} does, over one SMTP connection, in the order given; stops
	 * at the first that fails, with its {@link EmailDeliveryException}: what was sent before stays sent.
	 */
	@Transactional
	public void deliverAll(List<Long> notificationIds) {
		try (SmtpConnection smtp = new SmtpConnection()) {
			for (long notificationId : notificationIds) {
				deliver(notificationId, UnaryOperator.identity(), smtp);
			}
		}
	}

	private NotificationState deliver(long notificationId, UnaryOperator<String> completion, SmtpConnection smtp) {
		jdbc.query("SELECT pg_advisory_xact_lock(?, ?)", rs -> null, LOCK_NAMESPACE, (int) notificationId);
		Notification email = notifications.findById(notificationId)
			.orElseThrow(() -> new IllegalArgumentException("No notification " + notificationId));
		if (email.getState().isFinal()) {
			return email.getState();
		}
		Optional<String> stale = staleness.of(email);
		if (stale.isPresent()) {
			return log.skipped(notificationId, stale.get());
		}
		if (!smtp.available()) {
			return log.skipped(notificationId, NO_PROVIDER);
		}
		try {
			MimeMessage message = smtp.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(from);
			helper.setTo(email.getRecipient());
			helper.setSubject(email.getSubject());
			if (email.getHtmlBody() == null) {
				helper.setText(completion.apply(email.getBody()));
			}
			else {
				helper.setText(completion.apply(email.getBody()), completion.apply(email.getHtmlBody()));
			}
			if (email.getCalendar() != null) {
				helper.addAttachment("appointment.ics", new ByteArrayResource(email.getCalendar().getBytes(StandardCharsets.UTF_8)),
						"text/calendar; charset=UTF-8");
			}
			smtp.send(message, keys.messageId(notificationId));
			return log.sent(notificationId, message.getMessageID());
		}
		catch (MailException | MessagingException ex) {
			log.attemptFailed(notificationId, ex.getMessage());
			throw new EmailDeliveryException(email.getRecipient(), ex);
		}
	}

	/** The configured SMTP server, connected at the first message and kept for the next ones, closed at the end. */
	private final class SmtpConnection implements AutoCloseable {

		private final JavaMailSenderImpl smtp = mailSender.getIfAvailable();

		private Transport transport;

		boolean available() {
			return smtp != null;
		}

		MimeMessage createMimeMessage() {
			return smtp.createMimeMessage();
		}

		/** Sends with the given {@code Message-ID}, which saving the message would otherwise replace. */
		void send(MimeMessage message, String messageId) throws MessagingException {
			message.setSentDate(Date.from(clock.instant()));
			message.saveChanges();
			message.setHeader("Message-ID", messageId);
			if (transport == null) {
				transport = connect(smtp);
			}
			transport.sendMessage(message, message.getAllRecipients());
		}

		private static Transport connect(JavaMailSenderImpl smtp) throws MessagingException {
			Transport connection = smtp.getSession().getTransport(smtp.getProtocol() == null ? "smtp" : smtp.getProtocol());
			connection.connect(smtp.getHost(), smtp.getPort(), blankAsNull(smtp.getUsername()), blankAsNull(smtp.getPassword()));
			return connection;
		}

		private static String blankAsNull(String value) {
			return value == null || value.isEmpty() ? null : value;
		}

		@Override
		public void close() {
			if (transport != null) {
				try {
					transport.close();
				}
				catch (MessagingException alreadyGone) {
					// Everything sent was acknowledged; a QUIT the server does not answer changes nothing.
				}
			}
		}

	}

}
