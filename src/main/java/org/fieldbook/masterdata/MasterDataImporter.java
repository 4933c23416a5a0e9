package org.fieldbook.masterdata;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fieldbook.masterdata.MasterDataFile.AccountRecord;
import org.fieldbook.masterdata.MasterDataFile.AddressRecord;
import org.fieldbook.masterdata.MasterDataFile.AssetRecord;
import org.fieldbook.masterdata.MasterDataFile.BookingRecord;
import org.fieldbook.masterdata.MasterDataFile.ContactRecord;
import org.fieldbook.masterdata.MasterDataFile.ServiceTypeRecord;
import org.fieldbook.masterdata.MasterDataFile.SkillRecord;
import org.fieldbook.masterdata.MasterDataFile.TechnicianRecord;
import org.fieldbook.masterdata.MasterDataFile.TerritoryRecord;
import org.fieldbook.booking.ImportedBookings.ImportedBooking;
import org.fieldbook.booking.ServiceTypeImport;
import org.fieldbook.booking.ServiceTypeImport.RequiredSkillData;
import org.fieldbook.booking.ServiceTypeImport.ServiceTypeData;
import org.fieldbook.customer.Account;
import org.fieldbook.customer.AccountRepository;
import org.fieldbook.customer.Address;
import org.fieldbook.customer.Contact;
import org.fieldbook.customer.ContactJoinedAccount;
import org.fieldbook.customer.ContactRepository;
import org.fieldbook.customer.CustomerAsset;
import org.fieldbook.customer.CustomerAssetRepository;
import org.fieldbook.system.ExternalIdRepository;
import org.fieldbook.system.ExternallyIdentified;
import org.fieldbook.workforce.WorkforceImport;
import org.fieldbook.workforce.WorkforceImport.HoursData;
import org.fieldbook.workforce.WorkforceImport.SkillData;
import org.fieldbook.workforce.WorkforceImport.SkillLevelData;
import org.fieldbook.workforce.WorkforceImport.TechnicianData;
import org.fieldbook.workforce.WorkforceImport.TerritoryData;
import org.fieldbook.workforce.WorkforceImport.TimeOffData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports master data from the company's CRM/ERP. The file is checked whole first and written in one
 * transaction: a file with any error changes nothing. Records are matched by external id, so importing
 * the same ids again updates them instead of duplicating.
 */
@Service
public class MasterDataImporter {

	private static final Logger log = LoggerFactory.getLogger(MasterDataImporter.class);


	private final MasterDataReader reader;

	private final MasterDataRepositories repositories;

	private final WorkforceImport workforce;

	private final ServiceTypeImport serviceTypes;

	private final ApplicationEventPublisher events;

	MasterDataImporter(MasterDataReader reader, MasterDataRepositories repositories, WorkforceImport workforce,
			ServiceTypeImport serviceTypes, ApplicationEventPublisher events) {
		this.reader = reader;
		this.repositories = repositories;
		this.workforce = workforce;
		this.serviceTypes = serviceTypes;
		this.events = events;
	}

	@Transactional
	public ImportSummary importJson(InputStream json) {
		return importFile(reader.read(json));
	}

	@Transactional
	ImportSummary importFile(MasterDataFile file) {
		Set<String> territories = workforce.territoryIds(referencedTerritories(file)).keySet();
		Set<String> skills = workforce.skillIds(referencedSkills(file)).keySet();
		Set<String> technicians = workforce.technicianIds(referencedTechnicians(file)).keySet();
		var existing = new MasterDataValidator.Existing(territories, skills, technicians);
		List<ImportProblem> problems = MasterDataValidator.validate(file, existing);
		if (!problems.isEmpty()) {
			throw new MasterDataRejectedException(problems);
		}
		ImportSummary summary = new ImportSummary();
		territories(file, territories, summary);
		skills(file, skills, summary);
		serviceTypes(file, workforce.skillIds(referencedSkills(file)), summary);
		technicians(file, technicians, summary);
		accounts(file, workforce.territoryIds(referencedTerritories(file)), summary);
		bookings(file, workforce.technicianIds(referencedTechnicians(file)), summary);
		log.info("Master data imported: {}", summary);
		return summary;
	}

	private void territories(MasterDataFile file, Set<String> existing, ImportSummary summary) {
		count(ids(file.territories(), TerritoryRecord::id), existing, "territories", summary);
		workforce.upsertTerritories(
				file.territories().stream().map(record -> new TerritoryData(record.id(), record.name())).toList());
	}

	private void skills(MasterDataFile file, Set<String> existing, ImportSummary summary) {
		count(ids(file.skills(), SkillRecord::id), existing, "skills", summary);
		workforce.upsertSkills(file.skills().stream().map(record -> new SkillData(record.id(), record.name())).toList());
	}

	private void serviceTypes(MasterDataFile file, Map<String, Long> skills, ImportSummary summary) {
		List<String> ids = ids(file.serviceTypes(), ServiceTypeRecord::id);
		count(ids, serviceTypes.ids(ids).keySet(), "serviceTypes", summary);
		serviceTypes.upsert(file.serviceTypes()
			.stream()
			.map(record -> new ServiceTypeData(record.id(), record.name(), record.portalName(),
					Boolean.TRUE.equals(record.onPortal()), Duration.ofMinutes(record.durationMinutes()),
					Objects.requireNonNullElse(record.crewSize(), 1), MasterDataFile.orEmpty(record.skills())
						.stream()
						.map(need -> new RequiredSkillData(skills.get(need.skill()), need.minLevel()))
						.toList()))
			.toList());
	}

	private void technicians(MasterDataFile file, Set<String> existing, ImportSummary summary) {
		count(ids(file.technicians(), TechnicianRecord::id), existing, "technicians", summary);
		workforce.upsertTechnicians(file.technicians().stream().map(MasterDataImporter::technician).toList());
	}

	private static TechnicianData technician(TechnicianRecord record) {
		return new TechnicianData(record.id(), record.name(), MasterDataValues.zone(record.timeZone()),
				record.home().lat(), record.home().lon(), MasterDataFile.orEmpty(record.territories()),
				MasterDataFile.orEmpty(record.skills())
					.stream()
					.map(level -> new SkillLevelData(level.skill(), level.level()))
					.toList(),
				MasterDataFile.orEmpty(record.workingHours())
					.stream()
					.flatMap(hours -> hours.days()
						.stream()
						.map(day -> new HoursData(MasterDataValues.day(day), MasterDataValues.localTime(hours.from()),
								MasterDataValues.localTime(hours.to()))))
					.toList(),
				MasterDataFile.orEmpty(record.timeOff())
					.stream()
					.map(off -> new TimeOffData(MasterDataValues.localDateTime(off.from()),
							MasterDataValues.localDateTime(off.to())))
					.toList());
	}

	private void accounts(MasterDataFile file, Map<String, Long> territories, ImportSummary summary) {
		Map<String, Account> accounts = load(repositories.accounts(), ids(file.accounts(), AccountRecord::id));
		Map<String, Contact> contacts = load(repositories.contacts(), file.accounts()
			.stream()
			.flatMap(account -> MasterDataFile.orEmpty(account.contacts()).stream())
			.map(ContactRecord::id)
			.toList());
		Map<String, CustomerAsset> assets = load(repositories.assets(), file.accounts()
			.stream()
			.flatMap(account -> MasterDataFile.orEmpty(account.assets()).stream())
			.map(AssetRecord::id)
			.toList());
		for (var record : file.accounts()) {
			Account account = upsert(accounts, record.id(), Account::new, "accounts", summary);
			account.describe(record.name(), !Boolean.FALSE.equals(record.active()),
					MasterDataValues.zone(record.timeZone()),
					record.territory() == null ? null : territories.get(record.territory()),
					address(record.address()));
			List<Contact> joined = new ArrayList<>();
			for (var person : MasterDataFile.orEmpty(record.contacts())) {
				Contact contact = upsert(contacts, person.id(), Contact::new, "contacts", summary);
				contact.describe(person.firstName(), person.lastName(), person.email(), person.phone(),
						MasterDataValues.language(person.language()), Boolean.TRUE.equals(person.smsConsent()));
				if (account.addContact(repositories.contacts().save(contact))) {
					joined.add(contact);
				}
			}
			repositories.accounts().save(account);
			if (account.isActive()) {
				joined.forEach(contact -> events.publishEvent(new ContactJoinedAccount(contact.getId(), account.getId())));
			}
			for (var equipment : MasterDataFile.orEmpty(record.assets())) {
				CustomerAsset asset = upsert(assets, equipment.id(), CustomerAsset::new, "assets", summary);
				asset.describe(account.getId(), equipment.name());
				var location = equipment.functionalLocation();
				asset.locate(location == null ? null : location.name(),
						location == null ? null : address(location.address()));
				repositories.assets().save(asset);
			}
		}
	}

	/**
	 * Writes the bookings with the ledger's check deferred, so that bookings of the file may trade places,
	 * then names any booking that still overlaps another one of its technicians before the check runs.
	 */
	private void bookings(MasterDataFile file, Map<String, Long> technicians, ImportSummary summary) {
		if (file.bookings().isEmpty()) {
			return;
		}
		List<String> imported = ids(file.bookings(), BookingRecord::id);
		Set<String> known = new HashSet<>(repositories.bookings().existing(imported));
		List<ImportedBooking> bookings = new ArrayList<>();
		for (BookingRecord record : file.bookings()) {
			summary.count("bookings", known.add(record.id()));
			bookings.add(new ImportedBooking(record.id(),
					record.technicians().stream().map(technicians::get).toList(),
					MasterDataValues.instant(record.start()), MasterDataValues.instant(record.end()), record.location().lat(),
					record.location().lon(), MasterDataValues.status(record.status())));
		}
		repositories.ledger().deferDoubleBookingCheck();
		repositories.bookings().upsert(bookings);
		List<ImportProblem> overlaps = repositories.ledger()
			.doubleBookings(imported)
			.stream()
			.map(overlap -> new ImportProblem("bookings[" + imported.indexOf(overlap.booking()) + "] (id \"" + overlap.booking()
					+ "\")", "start", "overlaps booking \"" + overlap.other() + "\" of technician \"" + overlap.technician()
							+ "\" that is already in Fieldbook"))
			.toList();
		if (!overlaps.isEmpty()) {
			throw new MasterDataRejectedException(overlaps);
		}
		repositories.ledger().checkDoubleBookingsNow();
	}

	private static Address address(AddressRecord record) {
		return new Address(record.line1(), record.line2(), record.city(), record.postalCode(), record.country(),
				record.lat(), record.lon());
	}

	/** Counts each id as created when neither Fieldbook nor an earlier record of the file has it. */
	private static void count(List<String> ids, Set<String> existing, String kind, ImportSummary summary) {
		Set<String> known = new HashSet<>(existing);
		ids.forEach(id -> summary.count(kind, known.add(id)));
	}

	private static <T> T upsert(Map<String, T> known, String id, Function<String, T> create, String kind,
			ImportSummary summary) {
		T existing = known.get(id);
		summary.count(kind, existing == null);
		return existing != null ? existing : known.computeIfAbsent(id, create);
	}

	private static <T extends ExternallyIdentified> Map<String, T> load(ExternalIdRepository<T> repository,
			Collection<String> ids) {
		return repository.findByExternalIdIn(ids.stream().distinct().toList())
			.stream()
			.collect(Collectors.toMap(ExternallyIdentified::getExternalId, Function.identity(), (a, b) -> a,
					HashMap::new));
	}

	/** The ids of the records; null records and ids are left to the validator to name. */
	private static <R> List<String> ids(List<R> records, Function<R, String> id) {
		return records.stream().filter(Objects::nonNull).map(id).filter(Objects::nonNull).toList();
	}

	private static List<String> referencedTerritories(MasterDataFile file) {
		return concat(ids(file.territories(), TerritoryRecord::id),
				present(file.technicians()).flatMap(t -> present(t.territories())).toList(),
				present(file.accounts()).map(AccountRecord::territory).toList());
	}

	private static List<String> referencedSkills(MasterDataFile file) {
		return concat(ids(file.skills(), SkillRecord::id),
				present(file.serviceTypes()).flatMap(t -> present(t.skills())).map(s -> s.skill()).toList(),
				present(file.technicians()).flatMap(t -> present(t.skills())).map(s -> s.skill()).toList());
	}

	private static List<String> referencedTechnicians(MasterDataFile file) {
		return concat(ids(file.technicians(), TechnicianRecord::id),
				present(file.bookings()).flatMap(b -> present(b.technicians())).toList(), List.of());
	}

	private static <T> Stream<T> present(List<T> list) {
		return MasterDataFile.orEmpty(list).stream().filter(Objects::nonNull);
	}

	@SafeVarargs
	private static List<String> concat(List<String>... lists) {
		return Arrays.stream(lists).flatMap(List::stream).filter(Objects::nonNull).distinct().toList();
	}

}
