package org.fieldbook.masterdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountRepository;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.masterdata.MasterDataFile.BookingRecord;
import org.fieldbook.masterdata.MasterDataFile.TechnicianRecord;
import org.fieldbook.system.EmbeddedDatabase;
import org.fieldbook.system.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A realistic demo company, imported through the master data importer on the first start with an empty
 * embedded database, never into an external one: checked and imported in one go under the {@link StartupLock}. Its
 * bookings are moved by whole weeks, on each technician's local clock, so that they always lie in the coming weeks.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoCompany implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCompany.class);

	static final String FILE = "demo/fieldbook-demo.json";

	/** The Monday of the first week of the demo file's bookings. */
	static final LocalDate BOOKINGS_ANCHOR = LocalDate.of(2026, 12, 7);

	static final String DEMO_PASSWORD = "fieldbook-demo";

	static final List<String> DEMO_USERS = List.of("sam@example.com", "lea@example.com", "noa@example.org");

	private final boolean enabled;

	private final ObjectProvider<EmbeddedDatabase> embedded;

	private final MasterDataReader reader;

	private final MasterDataImporter importer;

	private final DemoUsers users;

	private final StartupLock lock;

	private final Clock clock;

	DemoCompany(@Value("${fieldbook.demo.enabled:true}") boolean enabled, ObjectProvider<EmbeddedDatabase> embedded,
			MasterDataReader reader, MasterDataImporter importer, DemoUsers users, StartupLock lock, Clock clock) {
		this.enabled = enabled;
		this.embedded = embedded;
		this.reader = reader;
		this.importer = importer;
		this.users = users;
		this.lock = lock;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || embedded.getIfAvailable() == null) {
			return;
		}
		Optional<ImportSummary> summary = lock.exclusively(() -> {
			if (!users.databaseIsEmpty()) {
				return Optional.empty();
			}
			ImportSummary imported = importer.importFile(inComingWeeks(demoFile(), LocalDate.ofInstant(clock.instant(), clock.getZone())));
			users.open(DEMO_USERS, DEMO_PASSWORD);
			return Optional.of(imported);
		});
		summary.ifPresent(imported -> log.info("Demo company imported into the empty embedded database: {}", imported));
		users.report(DEMO_USERS, DEMO_PASSWORD);
	}

	private MasterDataFile demoFile() {
		try (InputStream json = new ClassPathResource(FILE).getInputStream()) {
			return reader.read(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The demo company cannot be read from " + FILE, ex);
		}
	}

	/** Moves the bookings by whole weeks so that the anchor week becomes the week after {@code today}. */
	static MasterDataFile inComingWeeks(MasterDataFile file, LocalDate today) {
		LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		long weeks = ChronoUnit.WEEKS.between(BOOKINGS_ANCHOR, nextMonday);
		Map<String, ZoneId> zones = file.technicians()
			.stream()
			.collect(Collectors.toMap(TechnicianRecord::id, t -> ZoneId.of(t.timeZone())));
		List<BookingRecord> moved = file.bookings().stream().map(booking -> {
			ZoneId zone = zones.get(booking.technicians().get(0));
			return new BookingRecord(booking.id(), booking.technicians(), shift(booking.start(), zone, weeks),
					shift(booking.end(), zone, weeks), booking.location(), booking.status());
		}).toList();
		return new MasterDataFile(file.territories(), file.skills(), file.serviceTypes(), file.technicians(),
				file.accounts(), moved);
	}

	private static String shift(String instant, ZoneId zone, long weeks) {
		return MasterDataValues.instant(instant).atZone(zone).plusWeeks(weeks).toInstant().toString();
	}

	/** The demo portal users: sign-ins for a few contacts of the demo company. */
	@Component
	static class DemoUsers {

		private final Contacts contacts;

		private final PortalAccountRepository portalAccounts;

		private final PortalAccountService portalAccountService;

		DemoUsers(Contacts contacts, PortalAccountRepository portalAccounts, PortalAccountService portalAccountService) {
			this.contacts = contacts;
			this.portalAccounts = portalAccounts;
			this.portalAccountService = portalAccountService;
		}

		boolean databaseIsEmpty() {
			return contacts.countAccounts() == 0;
		}

		void open(List<String> emails, String password) {
			emails.forEach(email -> contacts.withEmail(email).stream().findFirst()
				.ifPresent(contact -> portalAccountService.open(contact, password)));
		}

		void report(List<String> emails, String password) {
			List<String> present = emails.stream()
				.filter(email -> portalAccounts.findByUsernameIgnoreCase(email).isPresent())
				.toList();
			if (!present.isEmpty()) {
				log.info("Demo portal sign-in: {} with password \"{}\"", String.join(", ", present), password);
			}
		}

	}

}
