package org.fieldbook.fuzz;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.fieldbook.booking.BookingRequest;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.SlotQuery;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.masterdata.MasterDataImporter;
import org.fieldbook.notification.Notification;
import org.fieldbook.notification.NotificationLog;
import org.fieldbook.notification.NotificationType;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.scheduling.SlotDay;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.system.SecretCodes;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The fuzzer's own corner of an isolated {@link ServiceWorld}: an account with its own contact, signed in on the
 * portal, three bookings of it (one with a portal link), a service type hidden from the portal, a message in the log,
 * and staff users of its own. Nothing here is shared with other tests: their sign-ins and throttle keys are
 * different, and the next test's world replaces this one.
 */
final class FuzzWorld {

	static final String ADMIN = "fuzzadmin";

	static final String DISPATCHER = "fuzzdispatcher";

	static final String STAFF_PASSWORD = "fuzzing every form";

	static final String ACCOUNT = "acc-fuzz";

	static final String ASSET = "as-fuzz";

	static final String CONTACT = "c-fuzz";

	static final String CUSTOMER_EMAIL = "fuzz.customer@example.net";

	/** A second customer, whose credentials the staff APIs are tried with: failures there count against it alone. */
	static final String API_CUSTOMER = "c-fuzz-api";

	static final String API_CUSTOMER_EMAIL = "fuzz.api@example.net";

	static final String HIDDEN_SERVICE_TYPE = "fuzz-hidden";

	/** Sign-ins a fuzzed user name must never be, so that no real account is ever throttled or locked by a guess. */
	private static final Set<String> KNOWN_USERS = Set.of("admin", ADMIN, DISPATCHER, "dora", ServiceWorld.CONTACT_EMAIL,
			CUSTOMER_EMAIL, API_CUSTOMER_EMAIL, "lea@example.com", "noa@example.org", "demo");

	private static final String EXTRAS = """
			{"serviceTypes":[{"id":"%s","name":"Hidden inspection","portalName":"Hidden inspection","onPortal":false,
			                  "durationMinutes":60,"skills":[{"skill":"gas","minLevel":1}]}],
			 "accounts":[{"id":"%s","name":"Fuzz household","active":true,"timeZone":"America/Chicago","territory":"chicago",
			              "address":{"line1":"2 Lake St","city":"Chicago","postalCode":"60601","country":"US","lat":41.89,"lon":-87.62},
			              "contacts":[{"id":"%s","firstName":"Fay","lastName":"Fuzz","email":"%s","language":"en"},
			                          {"id":"%s","firstName":"Api","lastName":"Fuzz","email":"%s","language":"en"}],
			              "assets":[{"id":"%s","name":"Basement boiler","functionalLocation":{"name":"Basement",
			                         "address":{"line1":"2 Lake St","city":"Chicago","postalCode":"60601","country":"US","lat":41.89,"lon":-87.62}}}]}]}
			""".formatted(HIDDEN_SERVICE_TYPE, ACCOUNT, CONTACT, CUSTOMER_EMAIL, API_CUSTOMER, API_CUSTOMER_EMAIL, ASSET);

	final List<String> references;

	final String linkCode;

	final long linkId;

	/** Free times as the booking page offers them: {@code start|technician}. */
	final List<String> slots;

	/** Dates that offer free times. */
	final List<String> dates;

	final long notificationId;

	final MockHttpSession customerSession;

	private FuzzWorld(List<String> references, String linkCode, long linkId, List<String> slots, List<String> dates,
			long notificationId, MockHttpSession customerSession) {
		this.references = references;
		this.linkCode = linkCode;
		this.linkId = linkId;
		this.slots = slots;
		this.dates = dates;
		this.notificationId = notificationId;
		this.customerSession = customerSession;
	}

	static FuzzWorld create(ApplicationContext context, MockMvc mvc) throws Exception {
		context.getBean(ServiceWorlds.class).create();
		context.getBean(MasterDataImporter.class).importJson(new ByteArrayInputStream(EXTRAS.getBytes(StandardCharsets.UTF_8)));
		staffUsers(context.getBean(IdentityService.class));
		Contacts contacts = context.getBean(Contacts.class);
		long contactId = contacts.contactByExternalId(CONTACT).orElseThrow().id();
		SlotSearchService search = context.getBean(SlotSearchService.class);
		BookingService bookings = context.getBean(BookingService.class);
		SlotQuery query = new SlotQuery(ServiceWorld.SERVICE_TYPE, ACCOUNT, null, null);
		List<SlotDay> days = search.search(query).days();
		List<String> references = new ArrayList<>();
		List<Long> bookingIds = new ArrayList<>();
		for (int day = 1; day <= 3; day++) {
			Slot slot = days.get(day).slots().get(0);
			var visit = bookings.book(new BookingRequest(ServiceWorld.SERVICE_TYPE, ACCOUNT, null, contactId,
					slot.start().toInstant(), slot.technicians(), null));
			references.add(visit.reference());
			bookingIds.add(visit.bookingId());
		}
		List<SlotDay> free = search.search(query).days();
		List<String> slots = free.stream().skip(4).limit(3)
			.flatMap(day -> day.slots().stream().limit(3))
			.map(slot -> slot.start().toInstant() + "|" + String.join(",", slot.technicians()))
			.toList();
		List<String> dates = free.stream().map(SlotDay::date).map(LocalDate::toString).limit(6).toList();
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		Clock clock = context.getBean(Clock.class);
		String code = SecretCodes.newCode();
		long linkId = jdbc.queryForObject("""
				INSERT INTO portal_link_code (code_hash, booking_id, contact_id, expires_at) VALUES (?, ?, ?, ?) RETURNING id""",
				Long.class, SecretCodes.hash(code), bookingIds.get(0), contactId,
				Timestamp.from(clock.instant().plus(Duration.ofDays(30))));
		Notification message = context.getBean(NotificationLog.class).record(Notification.email(
				"invitation:" + UUID.randomUUID() + ":INVITATION:once:EMAIL", NotificationType.INVITATION, contactId, null,
				CUSTOMER_EMAIL, "Book your service visits online", "Hello Fay", "<p>Hello Fay</p>", clock.instant()));
		PortalAccountService portalAccounts = context.getBean(PortalAccountService.class);
		portalAccounts.open(contacts.contactByExternalId(API_CUSTOMER).orElseThrow(), PortalSignIn.PASSWORD);
		MockHttpSession session = PortalSignIn.asNewCustomer(mvc, portalAccounts, contacts, contactId, CUSTOMER_EMAIL);
		return new FuzzWorld(List.copyOf(references), code, linkId, slots, dates, message.getId(), session);
	}

	/** A staff user in each group of the back office; their passwords are always given right, so none is ever locked. */
	private static void staffUsers(IdentityService identity) {
		staffUser(identity, ADMIN, "camunda-admin");
		staffUser(identity, DISPATCHER, "dispatchers");
	}

	private static void staffUser(IdentityService identity, String id, String group) {
		if (identity.createUserQuery().userId(id).count() > 0) {
			return;
		}
		User user = identity.newUser(id);
		user.setPassword(STAFF_PASSWORD);
		identity.saveUser(user);
		if (identity.createGroupQuery().groupId(group).count() == 0) {
			identity.saveGroup(identity.newGroup(group));
		}
		identity.createMembership(id, group);
	}

	/**
	 * A user name for a sign-in that is meant to fail. A fuzzed name that could be taken for a real sign-in (the same
	 * letters, spaces, case or control characters aside) becomes a stranger's, so that nobody is ever locked out.
	 */
	static String strangerName(String fuzzed) {
		String letters = Normalizer.normalize(fuzzed, Normalizer.Form.NFKC).replaceAll("[\\p{Cc}\\p{Cf}\\s]", "")
			.toLowerCase(Locale.ROOT);
		boolean known = KNOWN_USERS.stream().anyMatch(user -> letters.contains(user) || user.contains(letters) && !letters.isEmpty());
		return known ? "stranger-" + Integer.toHexString(fuzzed.hashCode()) + "@example.invalid" : fuzzed;
	}

}
