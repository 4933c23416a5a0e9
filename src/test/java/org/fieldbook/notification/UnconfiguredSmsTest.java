package org.fieldbook.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.booking.TimeHolds;
import org.fieldbook.notification.MessageComposer.Composed;
import org.fieldbook.notification.Notifications.Decided;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Without an SMS provider (the embedded default) a text is still rendered and kept, marked not sent, for the back office. */
@FieldbookIntegrationTest
class UnconfiguredSmsTest {

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationRepository repository;

	@Autowired
	NotificationLog log;

	@Autowired
	PortalSettingsService settings;

	@Autowired
	MailTemplates mail;

	@Autowired
	MessageSource messages;

	@Autowired
	PortalLinks links;

	@Autowired
	Clock clock;

	@Autowired
	TimeHolds holds;

	@Test
	void theTextIsRenderedAndKeptAsNotSent() {
		ServiceWorld world = worlds.create().smsConsent().communicationType("SMS").language("es");
		Slot slot = slots.search(ServiceWorld.query()).days().get(0).slots().get(0);
		long bookingId = bookings.book(world.booking(slot, null)).bookingId();
		SmsProvider none = new SmsProvider(new SmsProperties("https://api.twilio.com", null, null, null, null), repository);
		MessageComposer composer = new MessageComposer(log, settings, mail, messages, links, none, clock, holds);
		Decided decided = notifications.decide(NotificationType.BOOKING_REMINDER, bookingId, null);

		Composed composed = composer.compose(decided.subject(), decided.decision(), null);

		Notification sms = repository.findById(composed.sms().orElseThrow().getId()).orElseThrow();
		assertThat(composed.email()).isEmpty();
		assertThat(sms.getState()).isEqualTo(NotificationState.SKIPPED);
		assertThat(sms.getProviderMessage()).isEqualTo("not sent — no provider configured");
		assertThat(sms.getRecipient()).isEqualTo(ServiceWorld.CONTACT_PHONE);
		assertThat(sms.getBody()).startsWith("Fieldbook Services: recuerde su visita ").contains("CST", "/b/");
		assertThat(GsmText.fitsOneSegment(sms.getBody())).as(sms.getBody()).isTrue();
	}

}
