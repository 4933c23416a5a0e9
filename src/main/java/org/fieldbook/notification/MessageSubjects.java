package org.fieldbook.notification;

import java.time.ZoneId;
import java.util.Optional;

import org.fieldbook.notification.MessageSubject.Appointment;
import org.fieldbook.notification.MessageSubject.Invitation;
import org.fieldbook.notification.MessageSubject.Recipient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Loads what a message is about, as it is now. */
@Repository
class MessageSubjects {

	private final JdbcTemplate jdbc;

	MessageSubjects(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A booking message goes to the work order's reported-by contact; an invitation to its contact.
	 *
	 * @throws IllegalArgumentException when the booking or invitation does not exist
	 */
	MessageSubject load(NotificationType type, Long bookingId, Long invitationId) {
		if (type == NotificationType.INVITATION) {
			Invitation invitation = invitation(invitationId);
			Long contactId = jdbc.queryForObject("SELECT contact_id FROM invitation WHERE id = ?", Long.class, invitationId);
			return new MessageSubject(type, contactId == null ? null : recipient(contactId).orElse(null), null, invitation);
		}
		Appointment booking = booking(bookingId);
		Long contactId = jdbc.queryForObject("""
				SELECT w.reported_by_contact_id FROM booking b LEFT JOIN work_order w ON w.id = b.work_order_id
				 WHERE b.id = ?""", Long.class, bookingId);
		return new MessageSubject(type, contactId == null ? null : recipient(contactId).orElse(null), booking, null);
	}

	private Optional<Recipient> recipient(long contactId) {
		return jdbc.query("SELECT id, first_name, last_name, email, phone, language, sms_consent FROM contact WHERE id = ?",
				(rs, n) -> new Recipient(rs.getLong("id"), rs.getString("first_name"), rs.getString("last_name"),
						rs.getString("email"), rs.getString("phone"), rs.getString("language"), rs.getBoolean("sms_consent")),
				contactId)
			.stream()
			.findFirst();
	}

	private Appointment booking(Long bookingId) {
		return jdbc.query("""
				SELECT b.id, b.reference, b.source, b.status, b.starts_at, b.ends_at, b.updated_at,
				       coalesce(a.time_zone, 'UTC') AS time_zone,
				       concat_ws(', ', w.address_line1, w.address_line2, w.address_postal_code || ' ' || w.address_city) AS address,
				       coalesce(st.portal_name, st.name) AS service_name, w.account_id, w.service_type_id
				  FROM booking b
				  LEFT JOIN work_order w ON w.id = b.work_order_id
				  LEFT JOIN account a ON a.id = w.account_id
				  LEFT JOIN service_type st ON st.id = w.service_type_id
				 WHERE b.id = ?""",
				(rs, n) -> new Appointment(rs.getLong("id"), rs.getString("reference"), "PORTAL".equals(rs.getString("source")),
						rs.getString("status"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
						rs.getTimestamp("updated_at").toInstant(), ZoneId.of(rs.getString("time_zone")), rs.getString("address"),
						rs.getString("service_name"), rs.getObject("account_id", Long.class),
						rs.getObject("service_type_id", Long.class)),
				bookingId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No booking " + bookingId));
	}

	private Invitation invitation(Long invitationId) {
		return jdbc.query("""
				SELECT i.id, i.email, i.expires_at,
				       coalesce((SELECT min(ac.account_id) FROM account_contact ac JOIN account a ON a.id = ac.account_id AND a.active
				                  WHERE ac.contact_id = i.contact_id AND NOT EXISTS
				                        (SELECT 1 FROM portal_settings_excluded_account x WHERE x.account_id = a.id)),
				                (SELECT min(ac.account_id) FROM account_contact ac WHERE ac.contact_id = i.contact_id)) AS account_id
				  FROM invitation i WHERE i.id = ?""",
				(rs, n) -> new Invitation(rs.getLong("id"), rs.getString("email"), rs.getTimestamp("expires_at").toInstant(),
						rs.getObject("account_id", Long.class)),
				invitationId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No invitation " + invitationId));
	}

}
