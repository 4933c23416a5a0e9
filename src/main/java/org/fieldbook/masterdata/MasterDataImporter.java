package org.fieldbook.masterdata;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.fieldbook.booking.ArrivalWindows;
import org.fieldbook.booking.BookingLedger;
import org.fieldbook.booking.ImportedBookings;
import org.fieldbook.booking.ImportedBookings.ImportedBooking;
import org.fieldbook.booking.ServiceTypeImport;
import org.fieldbook.booking.ServiceTypeImport.RequiredSkillData;
import org.fieldbook.booking.ServiceTypeImport.ServiceTypeData;
import org.fieldbook.customer.Address;
import org.fieldbook.customer.CustomerImport;
import org.fieldbook.customer.CustomerImport.AccountData;
import org.fieldbook.customer.CustomerImport.AssetData;
import org.fieldbook.customer.CustomerImport.ContactData;
import org.fieldbook.customer.CustomerImport.ExistingIds;
import org.fieldbook.customer.CustomerImport.Written;
import org.fieldbook.masterdata.MasterDataFile.AccountRecord;
import org.fieldbook.masterdata.MasterDataFile.AddressRecord;
import org.fieldbook.masterdata.MasterDataFile.BookingRecord;
import org.fieldbook.masterdata.MasterDataFile.ServiceTypeRecord;
import org.fieldbook.masterdata.MasterDataFile.SkillRecord;
import org.fieldbook.masterdata.MasterDataFile.TechnicianRecord;
import org.fieldbook.masterdata.MasterDataFile.TerritoryRecord;
import org.fieldbook.system.Quoted;
import org.fieldbook.workforce.WorkforceImport;
import org.fieldbook.workforce.WorkforceImport.HoursData;
import org.fieldbook.workforce.WorkforceImport.SkillData;
import org.fieldbook.workforce.WorkforceImport.SkillLevelData;
import org.fieldbook.workforce.WorkforceImport.TechnicianData;
import org.fieldbook.workforce.WorkforceImport.TerritoryData;
import org.fieldbook.workforce.WorkforceImport.TimeOffData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports master data from the company's CRM/ERP. The file is checked whole first and written in one
 * transaction: a file with any error changes nothing. Records are matched by external id, so importing
 * the same ids again updates them instead of duplicating.
 */
@Service
public class MasterDataImporter {

	private static final Logger log = LoggerFactory.getLogger(MasterDataImporter.class);


	private final MasterDataReader reader;

	private final WorkforceImport workforce;

	private final ServiceTypeImport serviceTypes;

	private final CustomerImport customers;

	private final ImportedBookings bookings;

	private final BookingLedger ledger;

	MasterDataImporter(MasterDataReader reader, WorkforceImport workforce, ServiceTypeImport serviceTypes,
			CustomerImport customers, ImportedBookings bookings, BookingLedger ledger) {
		this.reader = reader;
		this.workforce = workforce;
		this.serviceTypes = serviceTypes;
		this.customers = customers;
		this.bookings = bookings;
		this.ledger = ledger;
	}

	@Transactional
	public ImportSummary importJson(InputStream json) {
		return importFile(reader.read(json));
	}

	/**
	 * What importing the file would do: the import itself, run to the end and then rolled back, so that the preview
	 * and the import can never disagree. Nothing is written and no invitation starts (they start after a commit).
	 */
	@Transactional
	public ImportPreview preview(InputStream json) {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		try {
			return ImportPreview.accepted(importFile(reader.read(json)));
		}
		catch (MasterDataRejectedException ex) {
			return ImportPreview.rejected(ex.problems());
		}
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
					Objects.requireNonNullElse(record.crewSize(), 1), ArrivalWindows.parse(record.arrivalWindows()),
					MasterDataFile.orEmpty(record.skills())
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
		List<AccountData> accounts = file.accounts().stream().map(record -> account(record, territories)).toList();
		ExistingIds existing = customers.existing(accounts);
		Set<String> knownAccounts = new HashSet<>(existing.accounts());
		Set<String> knownContacts = new HashSet<>(existing.contacts());
		Set<String> knownAssets = new HashSet<>(existing.assets());
		Written written = customers.upsert(accounts);
		for (AccountData account : accounts) {
			summary.count("accounts", knownAccounts.add(account.externalId()),
					written.accounts().contains(account.externalId()));
			account.contacts()
				.forEach(contact -> summary.count("contacts", knownContacts.add(contact.externalId()),
						written.contacts().contains(contact.externalId())));
			account.assets()
				.forEach(asset -> summary.count("assets", knownAssets.add(asset.externalId()),
						written.assets().contains(asset.externalId())));
		}
	}

	private static AccountData account(AccountRecord record, Map<String, Long> territories) {
		return new AccountData(record.id(), record.name(), !Boolean.FALSE.equals(record.active()),
				MasterDataValues.zone(record.timeZone()),
				record.territory() == null ? null : territories.get(record.territory()), address(record.address()),
				MasterDataFile.orEmpty(record.contacts())
					.stream()
					.map(person -> new ContactData(person.id(), person.firstName(), person.lastName(), person.email(),
							person.phone(), MasterDataValues.language(person.language()),
							Boolean.TRUE.equals(person.smsConsent())))
					.toList(),
				MasterDataFile.orEmpty(record.assets()).stream().map(equipment -> {
					var location = equipment.functionalLocation();
					return new AssetData(equipment.id(), equipment.name(), location == null ? null : location.name(),
							location == null ? null : address(location.address()));
				}).toList());
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
		Set<String> known = new HashSet<>(bookings.existing(imported));
		List<ImportedBooking> rows = new ArrayList<>();
		for (BookingRecord record : file.bookings()) {
			summary.count("bookings", known.add(record.id()));
			rows.add(new ImportedBooking(record.id(),
					record.technicians().stream().map(technicians::get).toList(),
					MasterDataValues.instant(record.start()), MasterDataValues.instant(record.end()), record.location().lat(),
					record.location().lon(), MasterDataValues.status(record.status())));
		}
		ledger.deferDoubleBookingCheck();
		bookings.upsert(rows);
		List<ImportProblem> overlaps = ledger
			.doubleBookings(imported)
			.stream()
			.map(overlap -> new ImportProblem("bookings[" + imported.indexOf(overlap.booking()) + "] (id "
					+ Quoted.of(overlap.booking()) + ")", "start", "overlaps booking " + Quoted.of(overlap.other())
							+ " of technician " + Quoted.of(overlap.technician()) + " that is already in Fieldbook"))
			.toList();
		if (!overlaps.isEmpty()) {
			throw new MasterDataRejectedException(overlaps);
		}
		ledger.checkDoubleBookingsNow();
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
