package org.fieldbook.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.TestClock;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Emails go through a real SMTP server (GreenMail), once, and every outcome is in the notification log. */
@FieldbookIntegrationTest
class EmailChannelTest {

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@Autowired
	NotificationLog log;

	@Autowired
	EmailChannel email;

	@Autowired
	NotificationRepository notifications;

	@Autowired
	StaleMessages staleness;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void deliversHtmlWithAPlainTextAlternative() throws Exception {
		Notification recorded = log.record(confirmation());

		assertThat(email.deliver(recorded.getId())).isEqualTo(NotificationState.SENT);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Your visit on Tue 3 Mar, 08:00–09:30 CST");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("sam@example.com");
		assertThat(received[0].getFrom()[0].toString()).contains("no-reply@fieldbook.invalid");
		String content = GreenMailUtil.getBody(received[0]);
		assertThat(content).contains("text/plain", "text/html", "<p>Booked</p>");
		assertThat(received[0].getContent()).isInstanceOf(MimeMultipart.class);
		Notification sent = notifications.findById(recorded.getId()).orElseThrow();
		assertThat(sent.getAttempts()).isEqualTo(1);
		assertThat(sent.getProviderId()).isEqualTo(received[0].getMessageID());
		assertThat(sent.getSentAt()).isNotNull();
	}

	@Test
	void aRepeatedJobSendsNothingMore() {
		Notification recorded = log.record(confirmation());
		email.deliver(recorded.getId());

		assertThat(email.deliver(recorded.getId())).isEqualTo(NotificationState.SENT);
		assertThat(email.deliver(log.record(sameMessageAgain(recorded)).getId())).isEqualTo(NotificationState.SENT);

		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(notifications.findById(recorded.getId()).orElseThrow().getAttempts()).isEqualTo(1);
	}

	@Test
	void everyTryCarriesTheMessageIdOfTheNotification() throws Exception {
		Notification recorded = log.record(confirmation());
		smtp.stop();
		assertThatThrownBy(() -> email.deliver(recorded.getId())).isInstanceOf(EmailDeliveryException.class);
		smtp.start();

		email.deliver(recorded.getId());

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getMessageID()).isEqualTo("<notification-" + recorded.getId() + "@localhost>");
		assertThat(notifications.findById(recorded.getId()).orElseThrow().getProviderId()).isEqualTo(received[0].getMessageID());
	}

	@Test
	void smtpServerDownKeepsTheAttemptAndTheErrorForTheRetry() {
		Notification recorded = log.record(confirmation());
		smtp.stop();

		assertThatThrownBy(() -> email.deliver(recorded.getId())).isInstanceOf(EmailDeliveryException.class)
			.hasMessageContaining("sam@example.com");

		Notification failed = notifications.findById(recorded.getId()).orElseThrow();
		assertThat(failed.getState()).isEqualTo(NotificationState.PENDING);
		assertThat(failed.getAttempts()).isEqualTo(1);
		assertThat(failed.getLastError()).isNotBlank();
	}

	@Test
	void withoutAnSmtpHostTheEmailIsKeptAndMarkedNotSent() {
		Notification recorded = log.record(confirmation());
		EmailChannel unconfigured = new EmailChannel(notifications, log,
				new StaticListableBeanFactory().getBeanProvider(JavaMailSenderImpl.class), "no-reply@fieldbook.invalid", staleness, jdbc,
				new DeliveryKeys("http://localhost"), Clock.fixed(TestClock.DEFAULT, ZoneOffset.UTC));

		assertThat(unconfigured.deliver(recorded.getId())).isEqualTo(NotificationState.SKIPPED);

		Notification kept = notifications.findById(recorded.getId()).orElseThrow();
		assertThat(kept.getProviderMessage()).isEqualTo("not sent — no provider configured");
		assertThat(kept.getHtmlBody()).isEqualTo("<p>Booked</p>");
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	private static Notification confirmation() {
		return Notification.email("booking:" + UUID.randomUUID() + ":BOOKING_CONFIRMED:1:EMAIL",
				NotificationType.BOOKING_CONFIRMED, null, null, "sam@example.com", "Your visit on Tue 3 Mar, 08:00–09:30 CST",
				"Booked", "<p>Booked</p>", TestClock.DEFAULT);
	}

	private static Notification sameMessageAgain(Notification recorded) {
		return Notification.email(recorded.getIdempotencyKey(), recorded.getType(), null, null, recorded.getRecipient(),
				recorded.getSubject(), recorded.getBody(), recorded.getHtmlBody(), TestClock.DEFAULT);
	}

}
