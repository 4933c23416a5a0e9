package org.fieldbook.masterdata;

import java.util.List;

/**
 * The master data import format: the company's data from its CRM/ERP, keyed by its own external ids.
 * Every field is nullable here so that the validator can name a missing one instead of failing to parse.
 */
record MasterDataFile(List<TerritoryRecord> territories, List<SkillRecord> skills,
		List<ServiceTypeRecord> serviceTypes, List<TechnicianRecord> technicians, List<AccountRecord> accounts,
		List<BookingRecord> bookings) {

	MasterDataFile {
		territories = orEmpty(territories);
		skills = orEmpty(skills);
		serviceTypes = orEmpty(serviceTypes);
		technicians = orEmpty(technicians);
		accounts = orEmpty(accounts);
		bookings = orEmpty(bookings);
	}

	static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

	record TerritoryRecord(String id, String name) {
	}

	record SkillRecord(String id, String name) {
	}

	/**
	 * @param arrivalWindows a list such as {@code "08:00-12:00, 12:00-16:00"} or a grid such as {@code "240 min every
	 *                       120 min from 08:00 until 20:00"}; left out or blank: visits are promised at exact times
	 */
	record ServiceTypeRecord(String id, String name, String portalName, Boolean onPortal, Integer durationMinutes,
			Integer crewSize, String arrivalWindows, List<RequiredSkillRecord> skills) {
	}

	record RequiredSkillRecord(String skill, Integer minLevel) {
	}

	record TechnicianRecord(String id, String name, String timeZone, Coordinates home, List<String> territories,
			List<SkillLevelRecord> skills, List<WorkingHoursRecord> workingHours, List<TimeOffRecord> timeOff) {
	}

	record SkillLevelRecord(String skill, Integer level) {
	}

	record WorkingHoursRecord(List<String> days, String from, String to) {
	}

	record TimeOffRecord(String from, String to) {
	}

	record Coordinates(Double lat, Double lon) {
	}

	record AddressRecord(String line1, String line2, String city, String postalCode, String country, Double lat,
			Double lon) {
	}

	record AccountRecord(String id, String name, Boolean active, String timeZone, String territory,
			AddressRecord address, List<ContactRecord> contacts, List<AssetRecord> assets) {
	}

	/** @param smsConsent whether the contact agreed to get texts; without it no SMS is sent (default false) */
	record ContactRecord(String id, String firstName, String lastName, String email, String phone, String language,
			Boolean smsConsent) {
	}

	record AssetRecord(String id, String name, FunctionalLocationRecord functionalLocation) {
	}

	record FunctionalLocationRecord(String name, AddressRecord address) {
	}

	record BookingRecord(String id, List<String> technicians, String start, String end, Coordinates location,
			String status) {
	}

}
