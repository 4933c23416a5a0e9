package org.fieldbook.support;

import java.time.DayOfWeek;

import org.camunda.bpm.engine.RuntimeService;
import org.fieldbook.booking.BookingRequest;
import org.fieldbook.booking.SlotQuery;
import org.fieldbook.scheduling.Slot;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small company for process tests: one technician in Chicago working every day 07:00–18:00, one account in
 * Chicago with one contact, and a 90-minute portal service type. Reset empties the domain tables, restores
 * the default settings and removes the running process instances earlier tests left behind.
 */
public final class ServiceWorld {

	public static final String ACCOUNT = "acc-chicago";

	public static final String SERVICE_TYPE = "boiler-service";

	public static final String TECHNICIAN = "tech-ana";

	public static final String CONTACT_EMAIL = "sam@example.com";

	public static final String CONTACT_PHONE = "+13125550100";

	private final JdbcTemplate jdbc;

	public final long accountId;

	public final long contactId;

	public final long serviceTypeId;

	private ServiceWorld(JdbcTemplate jdbc, long accountId, long contactId, long serviceTypeId) {
		this.jdbc = jdbc;
		this.accountId = accountId;
		this.contactId = contactId;
		this.serviceTypeId = serviceTypeId;
	}

	public static ServiceWorld create(JdbcTemplate jdbc, RuntimeService runtime) {
		for (ProcessInstance leftOver : runtime.createProcessInstanceQuery().list()) {
			if (runtime.createProcessInstanceQuery().processInstanceId(leftOver.getId()).count() > 0) {
				runtime.deleteProcessInstance(leftOver.getId(), "test reset", true, true, true, true);
			}
		}
		DomainTables.truncate(jdbc);
		jdbc.update("DELETE FROM portal_settings");
		jdbc.update("INSERT INTO portal_settings (id) VALUES (1)");
		long territory = jdbc.queryForObject("INSERT INTO territory (external_id, name) VALUES ('chicago', 'Chicago') RETURNING id", Long.class);
		long skill = jdbc.queryForObject("INSERT INTO skill (external_id, name) VALUES ('gas', 'Gas appliances') RETURNING id", Long.class);
		long technician = jdbc.queryForObject("""
				INSERT INTO technician (external_id, name, time_zone, home_lat, home_lon)
				VALUES (?, 'Ana Ruiz', 'America/Chicago', 41.90, -87.65) RETURNING id""", Long.class, TECHNICIAN);
		jdbc.update("INSERT INTO technician_skill (technician_id, skill_id, proficiency) VALUES (?, ?, 5)", technician, skill);
		jdbc.update("INSERT INTO technician_territory (technician_id, territory_id) VALUES (?, ?)", technician, territory);
		for (DayOfWeek day : DayOfWeek.values()) {
			jdbc.update("INSERT INTO technician_working_hours (technician_id, day_of_week, starts_at, ends_at) VALUES (?, ?, '07:00', '18:00')",
					technician, day.getValue());
		}
		long account = jdbc.queryForObject("""
				INSERT INTO account (external_id, name, time_zone, territory_id, address_line1, address_city, address_postal_code,
				                     address_country, address_lat, address_lon)
				VALUES (?, 'Lee household', 'America/Chicago', ?, '1 Lake St', 'Chicago', '60601', 'US', 41.88, -87.63)
				RETURNING id""", Long.class, ACCOUNT, territory);
		long contact = jdbc.queryForObject("""
				INSERT INTO contact (external_id, first_name, last_name, email, phone, language, sms_consent)
				VALUES ('c-sam', 'Sam', 'Lee', ?, ?, 'en', false) RETURNING id""", Long.class, CONTACT_EMAIL, CONTACT_PHONE);
		jdbc.update("INSERT INTO account_contact (account_id, contact_id) VALUES (?, ?)", account, contact);
		long serviceType = jdbc.queryForObject("""
				INSERT INTO service_type (external_id, name, portal_name, on_portal, duration_minutes)
				VALUES (?, 'Boiler service', 'Boiler service', true, 90) RETURNING id""", Long.class, SERVICE_TYPE);
		jdbc.update("INSERT INTO service_type_skill (service_type_id, skill_id, min_proficiency) VALUES (?, ?, 1)", serviceType, skill);
		return new ServiceWorld(jdbc, account, contact, serviceType);
	}

	/** The slot search a customer of the world's account runs for the world's service type. */
	public static SlotQuery query() {
		return new SlotQuery(SERVICE_TYPE, ACCOUNT, null, null);
	}

	/** The world's contact books this offered slot. */
	public BookingRequest booking(Slot slot, String details) {
		return new BookingRequest(SERVICE_TYPE, ACCOUNT, null, contactId, slot.start().toInstant(), slot.technicians(), details);
	}

	/** Lets the contact get texts (consent given). */
	public ServiceWorld smsConsent() {
		jdbc.update("UPDATE contact SET sms_consent = true WHERE id = ?", contactId);
		return this;
	}

	public ServiceWorld language(String language) {
		jdbc.update("UPDATE contact SET language = ? WHERE id = ?", language, contactId);
		return this;
	}

	/** EMAIL, SMS or BOTH. */
	public ServiceWorld communicationType(String type) {
		jdbc.update("UPDATE portal_settings SET communication_type = ?", type);
		return this;
	}

	public ServiceWorld setting(String column, Object value) {
		jdbc.update("UPDATE portal_settings SET " + column + " = ?", value);
		return this;
	}

}
