package org.fieldbook.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.fieldbook.support.TestClock;
import org.junit.jupiter.api.Test;

/** The state rules of a message: it leaves pending once, and a later outcome changes nothing. */
class NotificationTest {

	private static final Instant WRITTEN = TestClock.DEFAULT;

	private static final Instant LATER = WRITTEN.plus(Duration.ofMinutes(1));

	private static final String CODE = "AbCdEfGhIjKlMnOpQrStUv";

	@Test
	void aFailedTryCountsAndKeepsTheMessagePending() {
		Notification email = email();

		email.attemptFailed("connection refused", LATER);

		assertThat(email.getState()).isEqualTo(NotificationState.PENDING);
		assertThat(email.getAttempts()).isEqualTo(1);
		assertThat(email.getLastError()).isEqualTo("connection refused");
	}

	@Test
	void sentCountsTheTryClearsTheErrorAndRemovesTheLinkCodes() {
		Notification email = email();
		email.attemptFailed("connection refused", WRITTEN);

		email.sent("<id@smtp>", LATER);

		assertThat(email.getState()).isEqualTo(NotificationState.SENT);
		assertThat(email.getAttempts()).isEqualTo(2);
		assertThat(email.getLastError()).isNull();
		assertThat(email.getSentAt()).isEqualTo(LATER);
		assertThat(email.getProviderId()).isEqualTo("<id@smtp>");
		assertThat(email.getBody()).isEqualTo("See https://portal.example/b/(code removed after sending) now");
		assertThat(email.getHtmlBody()).isEqualTo("<a href=\"https://portal.example/b/(code removed after sending)\">open</a>");
	}

	@Test
	void aSentMessageTakesNoLaterOutcome() {
		Notification email = email();
		email.sent("<id@smtp>", WRITTEN);

		email.sent("<other@smtp>", LATER);
		email.attemptFailed("timeout", LATER);
		email.failed("21211", "invalid number", LATER);
		email.skipped("the booking changed", LATER);

		assertThat(email.getState()).isEqualTo(NotificationState.SENT);
		assertThat(email.getAttempts()).isEqualTo(1);
		assertThat(email.getProviderId()).isEqualTo("<id@smtp>");
		assertThat(email.getLastError()).isNull();
		assertThat(email.getProviderMessage()).isNull();
	}

	@Test
	void failedForGoodKeepsTheProvidersCodeAndMessageAndTakesNoSend() {
		Notification sms = Notification.sms("booking:1:BOOKING_REMINDER:1:SMS", NotificationType.BOOKING_REMINDER, null, 1L,
				"+13125550100", "Reminder", WRITTEN);
		sms.failed("21211", "invalid number", WRITTEN);

		sms.sent("SM1", LATER);

		assertThat(sms.getState()).isEqualTo(NotificationState.FAILED);
		assertThat(sms.getAttempts()).isEqualTo(1);
		assertThat(sms.getProviderCode()).isEqualTo("21211");
		assertThat(sms.getProviderMessage()).isEqualTo("invalid number");
		assertThat(sms.getLastError()).isEqualTo("21211: invalid number");
		assertThat(sms.getSentAt()).isNull();
	}

	@Test
	void skippedCountsNoTryAndTakesNoSend() {
		Notification email = email();
		email.skipped("not sent — no provider configured", WRITTEN);

		email.sent("<id@smtp>", LATER);

		assertThat(email.getState()).isEqualTo(NotificationState.SKIPPED);
		assertThat(email.getAttempts()).isZero();
		assertThat(email.getProviderMessage()).isEqualTo("not sent — no provider configured");
	}

	@Test
	void anErrorLongerThanTheColumnIsClipped() {
		Notification email = email();

		email.attemptFailed("x".repeat(1_500), LATER);

		assertThat(email.getLastError()).hasSize(1_000);
	}

	private static Notification email() {
		return Notification.email("booking:1:BOOKING_CONFIRMED:1:EMAIL", NotificationType.BOOKING_CONFIRMED, null, 1L,
				"sam@example.com", "Your visit", "See https://portal.example/b/" + CODE + " now",
				"<a href=\"https://portal.example/b/" + CODE + "\">open</a>", WRITTEN);
	}

}
