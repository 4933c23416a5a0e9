package org.fieldbook.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.fieldbook.booking.Appointment;
import org.fieldbook.booking.BookingSource;
import org.fieldbook.booking.BookingStatus;
import org.fieldbook.notification.ChannelDecision.Outcome;
import org.fieldbook.notification.MessageSubject.Recipient;
import org.fieldbook.settings.MessagingSettings;
import org.fieldbook.settings.MessagingSettings.CommunicationType;
import org.junit.jupiter.api.Test;

/** The earlier-time offer follows its own toggle, and goes only to a visit still scheduled. */
class ChannelPolicyTest {

	private static final Recipient SAM = new Recipient(7, "Sam", "Lee", "sam@example.com", "+13125550100", "en", true);

	@Test
	void anEarlierTimeOfferGoesOutWhileItsToggleIsOn() {
		ChannelDecision decision = ChannelPolicy.decide(offer(BookingStatus.SCHEDULED), settings(true), Optional.empty());

		assertThat(decision.outcome()).isEqualTo(Outcome.SEND);
		assertThat(decision.email()).isTrue();
		assertThat(decision.sms()).isTrue();
	}

	@Test
	void anEarlierTimeOfferTurnedOffIsSkippedThoughEveryOtherMessageIsOn() {
		ChannelDecision decision = ChannelPolicy.decide(offer(BookingStatus.SCHEDULED), settings(false), Optional.empty());

		assertThat(decision.outcome()).isEqualTo(Outcome.SKIP);
		assertThat(decision.reason()).isEqualTo("the EARLIER_TIME_OFFERED message is turned off in the messaging settings");
	}

	@Test
	void anEarlierTimeOfferForAVisitNoLongerScheduledIsSkipped() {
		ChannelDecision decision = ChannelPolicy.decide(offer(BookingStatus.CANCELED), settings(true), Optional.empty());

		assertThat(decision.outcome()).isEqualTo(Outcome.SKIP);
		assertThat(decision.reason()).isEqualTo("the booking is no longer scheduled");
	}

	private static MessageSubject offer(BookingStatus status) {
		Instant start = Instant.parse("2026-03-03T14:00:00Z");
		Appointment visit = new Appointment(1, "FB-1", BookingSource.PORTAL, status, start, start.plusSeconds(5400), null,
				start.minusSeconds(86_400), ZoneId.of("America/Chicago"), "1 Main St", "Boiler service", 2L, 3L, SAM.contactId());
		return new MessageSubject(NotificationType.EARLIER_TIME_OFFERED, SAM, visit, null);
	}

	/** Every message type on but the earlier-time offer, which is as {@code offers} says. */
	private static MessagingSettings settings(boolean offers) {
		return new MessagingSettings(true, CommunicationType.BOTH, true, true, true, true, true, true, offers, 1, 14, 30, 30);
	}

}
