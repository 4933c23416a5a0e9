package org.fieldbook.masterdata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.fieldbook.booking.ArrivalWindows;
import org.fieldbook.booking.BookingYears;
import org.fieldbook.customer.Languages;
import org.fieldbook.masterdata.MasterDataFile.AccountRecord;
import org.fieldbook.masterdata.MasterDataFile.AddressRecord;
import org.fieldbook.masterdata.MasterDataFile.AssetRecord;
import org.fieldbook.masterdata.MasterDataFile.BookingRecord;
import org.fieldbook.masterdata.MasterDataFile.ContactRecord;
import org.fieldbook.masterdata.MasterDataFile.Coordinates;
import org.fieldbook.masterdata.MasterDataFile.ServiceTypeRecord;
import org.fieldbook.masterdata.MasterDataFile.TechnicianRecord;
import org.fieldbook.system.Quoted;

/**
 * Checks a whole import file before anything is written, collecting every problem with the record and
 * field it concerns. References may point into the file or at data imported earlier.
 */
final class MasterDataValidator {

	/** Ids already in the database, for references that the file does not define itself. */
	record Existing(Set<String> territories, Set<String> skills, Set<String> technicians) {
	}

	private final MasterDataFile file;

	private final Existing existing;

	private final List<ImportProblem> problems = new ArrayList<>();

	private final Set<String> territories = new HashSet<>();

	private final Set<String> skills = new HashSet<>();

	private final Set<String> technicians = new HashSet<>();

	private MasterDataValidator(MasterDataFile file, Existing existing) {
		this.file = file;
		this.existing = existing;
	}

	static List<ImportProblem> validate(MasterDataFile file, Existing existing) {
		MasterDataValidator validator = new MasterDataValidator(file, existing);
		validator.run();
		return validator.problems;
	}

	/** The import's checks of one account as a form gives it: its id, name, time zone and address. */
	static List<ImportProblem> account(AccountRecord account) {
		MasterDataValidator validator = single();
		Scope scope = validator.new Scope("account");
		scope.text("id", account.id(), MasterDataValues.ID);
		validator.account(scope, account, new HashSet<>(), new HashSet<>());
		return validator.problems;
	}

	/** The import's checks of one contact as a form gives it. */
	static List<ImportProblem> contact(ContactRecord contact) {
		MasterDataValidator validator = single();
		validator.contact(validator.new Scope("contact"), "", contact, new HashSet<>());
		return validator.problems;
	}

	/** The import's checks of one asset as a form gives it, with its functional location if it has one. */
	static List<ImportProblem> asset(AssetRecord asset) {
		MasterDataValidator validator = single();
		validator.asset(validator.new Scope("asset"), "", asset, new HashSet<>());
		return validator.problems;
	}

	private static MasterDataValidator single() {
		return new MasterDataValidator(new MasterDataFile(null, null, null, null, null, null),
				new Existing(Set.of(), Set.of(), Set.of()));
	}

	private void run() {
		eachRecord("territories", file.territories(), t -> t.id(),
				(r, t) -> r.text("name", t.name(), MasterDataValues.NAME), territories);
		eachRecord("skills", file.skills(), s -> s.id(), (r, s) -> r.text("name", s.name(), MasterDataValues.NAME), skills);
		eachRecord("serviceTypes", file.serviceTypes(), ServiceTypeRecord::id, this::serviceType, new HashSet<>());
		eachRecord("technicians", file.technicians(), TechnicianRecord::id, this::technician, technicians);
		Set<String> contacts = new HashSet<>();
		Set<String> assets = new HashSet<>();
		eachRecord("accounts", file.accounts(), AccountRecord::id, (r, a) -> account(r, a, contacts, assets),
				new HashSet<>());
		eachRecord("bookings", file.bookings(), BookingRecord::id, this::booking, new HashSet<>());
		overlappingBookings();
	}

	private <T> void eachRecord(String kind, List<T> records, Function<T, String> id, RecordCheck<T> check,
			Set<String> ids) {
		for (int i = 0; i < records.size(); i++) {
			T record = records.get(i);
			if (record == null) {
				problems.add(new ImportProblem(kind + "[" + i + "]", null, "is null"));
				continue;
			}
			String label = kind + "[" + i + "]";
			Scope scope = new Scope(id.apply(record) == null ? label : label + " (id " + Quoted.of(id.apply(record)) + ")");
			if (scope.text("id", id.apply(record), MasterDataValues.ID) && !ids.add(id.apply(record))) {
				scope.problem("id", Quoted.of(id.apply(record)) + " appears more than once in " + kind);
			}
			check.check(scope, record);
		}
	}

	private void serviceType(Scope r, ServiceTypeRecord type) {
		r.text("name", type.name(), MasterDataValues.NAME);
		r.fits("portalName", type.portalName(), MasterDataValues.NAME);
		if (r.required("durationMinutes", type.durationMinutes())) {
			r.range("durationMinutes", type.durationMinutes(), 5, 1440);
		}
		if (type.crewSize() != null) {
			r.range("crewSize", type.crewSize(), 1, 20);
		}
		if (ArrivalWindows.tryParse(type.arrivalWindows()).isEmpty()) {
			r.problem("arrivalWindows",
					Quoted.of(type.arrivalWindows()) + " does not read as arrival windows such as "
							+ Quoted.of(ArrivalWindows.EXAMPLE_LIST) + " or " + Quoted.of(ArrivalWindows.EXAMPLE_GRID)
							+ " (each window " + ArrivalWindows.MIN_MINUTES + " minutes or more)");
		}
		var needs = MasterDataFile.orEmpty(type.skills());
		Set<String> needed = new HashSet<>();
		for (int i = 0; i < needs.size(); i++) {
			var need = needs.get(i);
			String field = "skills[" + i + "]";
			if (!r.required(field, need)) {
				continue;
			}
			if (r.required(field + ".skill", need.skill())) {
				r.reference(field + ".skill", need.skill(), "skill", this::knownSkill);
				r.once(field + ".skill", need.skill(), needed);
			}
			if (r.required(field + ".minLevel", need.minLevel())) {
				r.range(field + ".minLevel", need.minLevel(), 0, 10);
			}
		}
	}

	private void technician(Scope r, TechnicianRecord technician) {
		r.text("name", technician.name(), MasterDataValues.NAME);
		r.parse("timeZone", () -> MasterDataValues.zone(technician.timeZone()));
		r.coordinates("home", technician.home());
		Set<String> served = new HashSet<>();
		for (String territory : MasterDataFile.orEmpty(technician.territories())) {
			r.reference("territories", territory, "territory", this::knownTerritory);
			r.once("territories", territory, served);
		}
		var levels = MasterDataFile.orEmpty(technician.skills());
		Set<String> had = new HashSet<>();
		for (int i = 0; i < levels.size(); i++) {
			String field = "skills[" + i + "]";
			if (!r.required(field, levels.get(i))) {
				continue;
			}
			if (r.required(field + ".skill", levels.get(i).skill())) {
				r.reference(field + ".skill", levels.get(i).skill(), "skill", this::knownSkill);
				r.once(field + ".skill", levels.get(i).skill(), had);
			}
			if (r.required(field + ".level", levels.get(i).level())) {
				r.range(field + ".level", levels.get(i).level(), 0, 10);
			}
		}
		var hours = MasterDataFile.orEmpty(technician.workingHours());
		for (int i = 0; i < hours.size(); i++) {
			var interval = hours.get(i);
			String field = "workingHours[" + i + "]";
			if (!r.required(field, interval)) {
				continue;
			}
			if (MasterDataFile.orEmpty(interval.days()).isEmpty()) {
				r.problem(field + ".days", "is missing");
			}
			MasterDataFile.orEmpty(interval.days()).forEach(day -> r.parse(field + ".days", () -> MasterDataValues.day(day)));
			var from = r.parse(field + ".from", () -> MasterDataValues.localTime(interval.from()));
			var to = r.parse(field + ".to", () -> MasterDataValues.localTime(interval.to()));
			if (from != null && to != null && !from.isBefore(to)) {
				r.problem(field + ".to", "must be after \"from\" (" + interval.from() + ")");
			}
		}
		var absences = MasterDataFile.orEmpty(technician.timeOff());
		for (int i = 0; i < absences.size(); i++) {
			var absence = absences.get(i);
			String field = "timeOff[" + i + "]";
			if (!r.required(field, absence)) {
				continue;
			}
			var from = r.inBookingYears(field + ".from",
					r.parse(field + ".from", () -> MasterDataValues.localDateTime(absence.from())), BookingYears::contain);
			var to = r.inBookingYears(field + ".to",
					r.parse(field + ".to", () -> MasterDataValues.localDateTime(absence.to())), BookingYears::contain);
			if (from != null && to != null && !from.isBefore(to)) {
				r.problem(field + ".to", "must be after \"from\" (" + absence.from() + ")");
			}
		}
	}

	private void account(Scope r, AccountRecord account, Set<String> contacts, Set<String> assets) {
		r.text("name", account.name(), MasterDataValues.NAME);
		r.parse("timeZone", () -> MasterDataValues.zone(account.timeZone()));
		if (account.territory() != null) {
			r.reference("territory", account.territory(), "territory", this::knownTerritory);
		}
		r.address("address", account.address());
		var people = MasterDataFile.orEmpty(account.contacts());
		for (int i = 0; i < people.size(); i++) {
			contact(r, "contacts[" + i + "]", people.get(i), contacts);
		}
		var equipment = MasterDataFile.orEmpty(account.assets());
		for (int i = 0; i < equipment.size(); i++) {
			asset(r, "assets[" + i + "]", equipment.get(i), assets);
		}
	}

	private void contact(Scope r, String field, ContactRecord contact, Set<String> contactIds) {
		if (!r.required(field, contact)) {
			return;
		}
		if (r.text(at(field, "id"), contact.id(), MasterDataValues.ID)) {
			contactIds.add(contact.id());
		}
		r.text(at(field, "firstName"), contact.firstName(), MasterDataValues.PERSON_NAME);
		r.text(at(field, "lastName"), contact.lastName(), MasterDataValues.PERSON_NAME);
		if (r.fits(at(field, "email"), contact.email(), MasterDataValues.EMAIL_ADDRESS) && contact.email() != null
				&& !MasterDataValues.EMAIL.matcher(contact.email()).matches()) {
			r.problem(at(field, "email"), Quoted.of(contact.email()) + " is not an email address");
		}
		if (contact.phone() != null && !MasterDataValues.E164.matcher(contact.phone()).matches()) {
			r.problem(at(field, "phone"), Quoted.of(contact.phone()) + " is not in E.164 form such as \"+13125550100\"");
		}
		if (!Languages.SUPPORTED.contains(MasterDataValues.language(contact.language()))) {
			r.problem(at(field, "language"), Quoted.of(contact.language()) + " is not one of " + Languages.SUPPORTED);
		}
	}

	private void asset(Scope r, String field, AssetRecord asset, Set<String> assetIds) {
		if (!r.required(field, asset)) {
			return;
		}
		if (r.text(at(field, "id"), asset.id(), MasterDataValues.ID) && !assetIds.add(asset.id())) {
			r.problem(at(field, "id"), Quoted.of(asset.id()) + " appears more than once among the assets");
		}
		r.text(at(field, "name"), asset.name(), MasterDataValues.NAME);
		if (asset.functionalLocation() != null) {
			r.text(at(field, "functionalLocation.name"), asset.functionalLocation().name(), MasterDataValues.NAME);
			r.address(at(field, "functionalLocation.address"), asset.functionalLocation().address());
		}
	}

	private void booking(Scope r, BookingRecord booking) {
		var assigned = MasterDataFile.orEmpty(booking.technicians());
		if (assigned.isEmpty()) {
			r.problem("technicians", "is missing: a booking needs at least one technician");
		}
		if (new HashSet<>(assigned).size() < assigned.size()) {
			r.problem("technicians", "names a technician more than once");
		}
		assigned.forEach(id -> r.reference("technicians", id, "technician", this::knownTechnician));
		Instant start = r.inBookingYears("start", r.parse("start", () -> MasterDataValues.instant(booking.start())),
				BookingYears::contain);
		Instant end = r.inBookingYears("end", r.parse("end", () -> MasterDataValues.instant(booking.end())),
				BookingYears::contain);
		if (start != null && end != null && !start.isBefore(end)) {
			r.problem("end", "must be after \"start\" (" + booking.start() + ")");
		}
		r.coordinates("location", booking.location());
		r.parse("status", () -> MasterDataValues.status(booking.status()));
	}

	/** Two bookings of the file that hold the same technician at the same time; the database would refuse them too. */
	private void overlappingBookings() {
		record Held(int index, BookingRecord booking, Instant start, Instant end) {
		}
		Map<String, List<Held>> byTechnician = new HashMap<>();
		var bookings = file.bookings();
		for (int i = 0; i < bookings.size(); i++) {
			BookingRecord booking = bookings.get(i);
			try {
				Instant start = MasterDataValues.instant(booking.start());
				Instant end = MasterDataValues.instant(booking.end());
				if (!start.isBefore(end) || !BookingYears.contain(start) || !BookingYears.contain(end)
						|| !MasterDataValues.status(booking.status()).holdsTime()) {
					continue;
				}
				for (String technician : MasterDataFile.orEmpty(booking.technicians())) {
					byTechnician.computeIfAbsent(technician, t -> new ArrayList<>()).add(new Held(i, booking, start, end));
				}
			}
			catch (IllegalArgumentException | NullPointerException alreadyReported) {
				// the field checks above have named it
			}
		}
		byTechnician.forEach((technician, held) -> {
			held.sort(Comparator.comparing(Held::start).thenComparing(Held::index));
			Held previous = held.get(0);
			for (int i = 1; i < held.size(); i++) {
				Held current = held.get(i);
				if (current.start().isBefore(previous.end())) {
					problems.add(new ImportProblem(
							"bookings[" + current.index() + "] (id " + Quoted.of(current.booking().id()) + ")", "start",
							"overlaps booking " + Quoted.of(previous.booking().id()) + " of technician " + Quoted.of(technician)
									+ " (" + previous.booking().start() + " to " + previous.booking().end() + ")"));
				}
				if (current.end().isAfter(previous.end())) {
					previous = current;
				}
			}
		});
	}

	/** A field of a part of a record ({@code contacts[0].email}), or of the record itself when the part is "". */
	private static String at(String part, String field) {
		return part.isEmpty() ? field : part + "." + field;
	}

	private boolean knownTerritory(String id) {
		return territories.contains(id) || existing.territories().contains(id);
	}

	private boolean knownSkill(String id) {
		return skills.contains(id) || existing.skills().contains(id);
	}

	private boolean knownTechnician(String id) {
		return technicians.contains(id) || existing.technicians().contains(id);
	}

	@FunctionalInterface
	private interface RecordCheck<T> {

		void check(Scope scope, T record);

	}

	@FunctionalInterface
	private interface Parse<T> {

		T get();

	}

	/** The checks of one record, each adding a problem that names the record and the field. */
	private final class Scope {

		private final String record;

		Scope(String record) {
			this.record = record;
		}

		void problem(String field, String message) {
			problems.add(new ImportProblem(record, field, message));
		}

		boolean required(String field, Object value) {
			if (value == null || value instanceof String text && text.isBlank()) {
				problem(field, "is missing");
				return false;
			}
			return true;
		}

		/** Required text that fits its column. */
		boolean text(String field, String value, int maxLength) {
			return required(field, value) && fits(field, value, maxLength);
		}

		/** Text, if given, at most this many characters long (as PostgreSQL counts them: code points). */
		boolean fits(String field, String value, int maxLength) {
			if (value != null && value.codePointCount(0, value.length()) > maxLength) {
				problem(field, "is " + value.codePointCount(0, value.length()) + " characters long; at most " + maxLength
						+ " fit");
				return false;
			}
			return true;
		}

		/** A parsed time, or null when it lies outside the years Fieldbook books in (named as a problem). */
		<T> T inBookingYears(String field, T time, Predicate<T> bookingYears) {
			if (time != null && !bookingYears.test(time)) {
				problem(field, Quoted.of(time) + " " + BookingYears.RULE);
				return null;
			}
			return time;
		}

		/** The id may appear only once in this list of the record. */
		void once(String field, String id, Set<String> seen) {
			if (id != null && !seen.add(id)) {
				problem(field, Quoted.of(id) + " appears more than once");
			}
		}

		void range(String field, int value, int min, int max) {
			if (value < min || value > max) {
				problem(field, value + " is outside " + min + " to " + max);
			}
		}

		void reference(String field, String id, String kind, Predicate<String> known) {
			if (id == null || !known.test(id)) {
				problem(field, "unknown " + kind + " id " + Quoted.of(id));
			}
		}

		<T> T parse(String field, Parse<T> parse) {
			try {
				return parse.get();
			}
			catch (IllegalArgumentException ex) {
				problem(field, ex.getMessage());
				return null;
			}
		}

		void coordinates(String field, Coordinates coordinates) {
			if (!required(field, coordinates)) {
				return;
			}
			latLon(field, coordinates.lat(), coordinates.lon());
		}

		void address(String field, AddressRecord address) {
			if (!required(field, address)) {
				return;
			}
			text(field + ".line1", address.line1(), MasterDataValues.ADDRESS_LINE);
			fits(field + ".line2", address.line2(), MasterDataValues.ADDRESS_LINE);
			text(field + ".city", address.city(), MasterDataValues.CITY);
			text(field + ".postalCode", address.postalCode(), MasterDataValues.POSTAL_CODE);
			if (required(field + ".country", address.country()) && !address.country().matches("[A-Z]{2}")) {
				problem(field + ".country",
						Quoted.of(address.country()) + " is not a two-letter ISO country code such as \"US\"");
			}
			latLon(field, address.lat(), address.lon());
		}

		private void latLon(String field, Double lat, Double lon) {
			if (required(field + ".lat", lat) && !(lat >= -90 && lat <= 90)) {
				problem(field + ".lat", lat + " is not a number from -90 to 90");
			}
			if (required(field + ".lon", lon) && !(lon >= -180 && lon <= 180)) {
				problem(field + ".lon", lon + " is not a number from -180 to 180");
			}
		}

	}

}
