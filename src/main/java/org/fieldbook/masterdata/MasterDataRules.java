package org.fieldbook.masterdata;

import java.util.ArrayList;
import java.util.List;

import org.fieldbook.customer.AccountFields;
import org.fieldbook.customer.Address;
import org.fieldbook.customer.AssetFields;
import org.fieldbook.customer.ContactFields;
import org.fieldbook.masterdata.MasterDataFile.AccountRecord;
import org.fieldbook.masterdata.MasterDataFile.AddressRecord;
import org.fieldbook.masterdata.MasterDataFile.AssetRecord;
import org.fieldbook.masterdata.MasterDataFile.ContactRecord;
import org.fieldbook.masterdata.MasterDataFile.FunctionalLocationRecord;

/**
 * Accounts, contacts and assets as staff enter them one at a time (the back-office forms, the API), checked by the
 * import's own rules and column sizes, so that a form accepts exactly what an import file would. A blank text is
 * no value. Each problem names its field as the input does: {@code name}, {@code address.city},
 * {@code functionalLocation.address.lat}.
 */
public final class MasterDataRules {

	public record AddressInput(String line1, String line2, String city, String postalCode, String country, Double lat,
			Double lon) {

		public AddressInput {
			line1 = blankIsNone(line1);
			line2 = blankIsNone(line2);
			city = blankIsNone(city);
			postalCode = blankIsNone(postalCode);
			country = blankIsNone(country);
		}

		public static AddressInput of(Address address) {
			return address == null ? null : new AddressInput(address.line1(), address.line2(), address.city(),
					address.postalCode(), address.country(), address.lat(), address.lon());
		}

		boolean isEmpty() {
			return line1 == null && line2 == null && city == null && postalCode == null && country == null && lat == null
					&& lon == null;
		}

		AddressRecord record() {
			return new AddressRecord(line1, line2, city, postalCode, country, lat, lon);
		}

		Address address() {
			return new Address(line1, line2, city, postalCode, country, lat, lon);
		}

	}

	/** @param active null: active, as in the import */
	public record AccountInput(String id, String name, Boolean active, String timeZone, AddressInput address) {

		public AccountInput {
			id = blankIsNone(id);
			name = blankIsNone(name);
			timeZone = blankIsNone(timeZone);
		}

		/** The same input for the record with this id: an update names its record apart, by its Fieldbook id. */
		public AccountInput withId(String id) {
			return new AccountInput(id, name, active, timeZone, address);
		}

		/** The input as the customer module takes it; only once it has no problems. */
		public AccountFields fields() {
			return new AccountFields(name, !Boolean.FALSE.equals(active), MasterDataValues.zone(timeZone), address.address());
		}

	}

	/**
	 * @param account the external id of the account the contact is at, or joins
	 * @param active  null: active; {@code smsConsent} null: none, as in the import
	 */
	public record ContactInput(String id, String firstName, String lastName, String email, String phone,
			String language, Boolean smsConsent, Boolean active, String account) {

		public ContactInput {
			id = blankIsNone(id);
			firstName = blankIsNone(firstName);
			lastName = blankIsNone(lastName);
			email = blankIsNone(email);
			phone = blankIsNone(phone);
			language = blankIsNone(language);
			account = blankIsNone(account);
		}

		public ContactInput withId(String id) {
			return new ContactInput(id, firstName, lastName, email, phone, language, smsConsent, active, account);
		}

		public ContactFields fields() {
			return new ContactFields(firstName, lastName, email, phone, MasterDataValues.language(language),
					Boolean.TRUE.equals(smsConsent), !Boolean.FALSE.equals(active));
		}

	}

	/** @param locationName null (and no address) for an asset at its account's address; {@code active} null: active */
	public record AssetInput(String id, String account, String name, Boolean active, String locationName,
			AddressInput location) {

		public AssetInput {
			id = blankIsNone(id);
			account = blankIsNone(account);
			name = blankIsNone(name);
			locationName = blankIsNone(locationName);
			location = location == null || location.isEmpty() ? null : location;
		}

		boolean located() {
			return locationName != null || location != null;
		}

		public AssetInput withId(String id) {
			return new AssetInput(id, account, name, active, locationName, location);
		}

		public AssetFields fields() {
			return new AssetFields(account, name, !Boolean.FALSE.equals(active), located() ? locationName : null,
					located() ? location.address() : null);
		}

	}

	private MasterDataRules() {
	}

	public static List<ImportProblem> problems(AccountInput input) {
		return MasterDataValidator.account(new AccountRecord(input.id(), input.name(), input.active(), input.timeZone(),
				null, input.address() == null ? null : input.address().record(), null, null));
	}

	/** @param isNew a new contact must name its account; a known one may name one more to join */
	public static List<ImportProblem> problems(ContactInput input, boolean isNew) {
		List<ImportProblem> problems = new ArrayList<>(MasterDataValidator.contact(new ContactRecord(input.id(),
				input.firstName(), input.lastName(), input.email(), input.phone(), input.language(), input.smsConsent())));
		if (isNew && input.account() == null) {
			problems.add(new ImportProblem("contact", "account", "is missing"));
		}
		return problems;
	}

	/** An asset's location is named {@code functionalLocation} as in the import file. */
	public static List<ImportProblem> problems(AssetInput input) {
		List<ImportProblem> problems = new ArrayList<>(MasterDataValidator.asset(new AssetRecord(input.id(),
				input.name(), input.located() ? new FunctionalLocationRecord(input.locationName(),
						input.location() == null ? null : input.location().record()) : null)));
		if (input.account() == null) {
			problems.add(new ImportProblem("asset", "account", "is missing"));
		}
		return problems.stream()
			.map(problem -> "functionalLocation.name".equals(problem.field())
					? new ImportProblem(problem.record(), "locationName", problem.message())
					: problem.field() != null && problem.field().startsWith("functionalLocation.address.")
							? new ImportProblem(problem.record(),
									"location." + problem.field().substring("functionalLocation.address.".length()),
									problem.message())
							: problem)
			.toList();
	}

	private static String blankIsNone(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
