package org.fieldbook.support;

import org.fieldbook.booking.ArrivalWindows;
import org.fieldbook.booking.BookingRequest;
import org.fieldbook.booking.SlotQuery;
import org.fieldbook.customer.Contacts;
import org.fieldbook.customer.CustomerContact;
import org.fieldbook.customer.ProfileChange;
import org.fieldbook.scheduling.OfferedWindow;
import org.fieldbook.scheduling.Slot;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small company for process tests: one technician in Chicago working every day 07:00–18:00, one account in
 * Chicago with one contact, and a 90-minute portal service type. {@link ServiceWorlds} imports it.
 */
public final class ServiceWorld {

	public static final String ACCOUNT = "acc-chicago";

	public static final String SERVICE_TYPE = "boiler-service";

	public static final String TECHNICIAN = "tech-ana";

	/** Only after {@link ServiceWorlds#addSecondTechnician()}. */
	public static final String SECOND_TECHNICIAN = "tech-ben";

	public static final String CONTACT = "c-sam";

	public static final String CONTACT_EMAIL = "sam@example.com";

	public static final String CONTACT_PHONE = "+13125550100";

	private final Contacts contacts;

	private final JdbcTemplate jdbc;

	public final long accountId;

	public final long contactId;

	public final long serviceTypeId;

	ServiceWorld(Contacts contacts, JdbcTemplate jdbc, long accountId, long contactId, long serviceTypeId) {
		this.contacts = contacts;
		this.jdbc = jdbc;
		this.accountId = accountId;
		this.contactId = contactId;
		this.serviceTypeId = serviceTypeId;
	}

	/** The slot search a customer of the world's account runs for the world's service type. */
	public static SlotQuery query() {
		return new SlotQuery(SERVICE_TYPE, ACCOUNT, null, null);
	}

	/** The world's contact books this offered slot. */
	public BookingRequest booking(Slot slot, String details) {
		return new BookingRequest(SERVICE_TYPE, ACCOUNT, null, contactId, slot.start().toInstant(), slot.technicians(), details);
	}

	/** The world's contact books this offered arrival window, as the portal sends it: its start and the planned crew. */
	public BookingRequest booking(OfferedWindow window, String details) {
		return new BookingRequest(SERVICE_TYPE, ACCOUNT, null, contactId, window.start().toInstant(),
				window.planned().technicians(), details);
	}

	/** The world's service type promises arrival windows, written as the back office takes them; blank: exact times. */
	public ServiceWorld arrivalWindows(String windows) {
		jdbc.update("UPDATE service_type SET arrival_windows = ? WHERE id = ?", ArrivalWindows.parse(windows).text(),
				serviceTypeId);
		return this;
	}

	/** Lets the contact get texts (consent given). */
	public ServiceWorld smsConsent() {
		changeProfile(contact().language(), true);
		return this;
	}

	public ServiceWorld language(String language) {
		changeProfile(language, contact().smsConsent());
		return this;
	}

	/** EMAIL, SMS or BOTH. Settings have no API to write them yet, hence SQL. */
	public ServiceWorld communicationType(String type) {
		jdbc.update("UPDATE portal_settings SET communication_type = ?", type);
		return this;
	}

	/** Settings have no API to write them yet, hence SQL. */
	public ServiceWorld setting(String column, Object value) {
		jdbc.update("UPDATE portal_settings SET " + column + " = ?", value);
		return this;
	}

	private void changeProfile(String language, boolean smsConsent) {
		CustomerContact contact = contact();
		contacts.changeProfile(contactId,
				new ProfileChange(contact.firstName(), contact.lastName(), contact.phone(), language, smsConsent));
	}

	private CustomerContact contact() {
		return contacts.contact(contactId).orElseThrow();
	}

}
