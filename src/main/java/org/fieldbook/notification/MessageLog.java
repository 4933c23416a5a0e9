package org.fieldbook.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.fieldbook.booking.Visits;
import org.fieldbook.customer.Contacts;
import org.fieldbook.customer.CustomerContact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification log for reading: pages of messages by the filters of the back office, and one message with its
 * content. A page costs the same few statements for any number of rows: the contacts' names and the bookings'
 * references of a page are read in one go each.
 */
@Service
public class MessageLog {

	/** At most this many contacts match a name; a text that matches more is too vague to narrow the list by. */
	static final int CONTACTS_MATCHED = 1000;

	private static final String SUMMARY = """
			SELECT id, created_at, type, channel, recipient, contact_id, booking_id, subject, state, attempts, provider_message
			  FROM notification""";

	private record Row(MessageSummary summary, Long contactId, Long bookingId) {

		static Row of(ResultSet rs, int n) throws SQLException {
			return new Row(new MessageSummary(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
					NotificationType.valueOf(rs.getString("type")), Channel.valueOf(rs.getString("channel")),
					rs.getString("recipient"), null, null, rs.getString("subject"),
					NotificationState.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getString("provider_message")),
					rs.getObject("contact_id", Long.class), rs.getObject("booking_id", Long.class));
		}

	}

	private final NotificationRepository notifications;

	private final JdbcClient jdbc;

	private final Visits visits;

	private final Contacts contacts;

	MessageLog(NotificationRepository notifications, JdbcClient jdbc, Visits visits, Contacts contacts) {
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.visits = visits;
		this.contacts = contacts;
	}

	@Transactional(readOnly = true)
	public ListPage<MessageSummary> find(MessageFilter filter, int page) {
		Conditions where = new Conditions()
			.and("type = ?", filter.type() == null ? null : filter.type().name())
			.and("channel = ?", filter.channel() == null ? null : filter.channel().name())
			.and("state = ?", filter.state() == null ? null : filter.state().name())
			.and("created_at >= ?", Conditions.timestamp(filter.since()))
			.and("created_at < ?", Conditions.timestamp(filter.before()));
		if (filter.reference() != null) {
			where.and("booking_id = ?", visits.idOf(filter.reference().toUpperCase()).orElse(-1L));
		}
		if (filter.contact() != null) {
			where.and("(lower(recipient) LIKE ? OR contact_id = ANY(?))", Conditions.startingWith(filter.contact()),
					contacts.idsMatching(filter.contact(), CONTACTS_MATCHED).toArray(Long[]::new));
		}
		long total = jdbc.sql("SELECT count(*) FROM notification" + where.where()).params(where.params()).query(Long.class)
			.single();
		int shown = ListPage.shown(page, total);
		String order = filter.oldestFirst() ? "ASC" : "DESC";
		List<Row> rows = jdbc
			.sql(SUMMARY + where.where() + " ORDER BY created_at " + order + ", id " + order + " LIMIT ? OFFSET ?")
			.params(where.params(shown))
			.query(Row::of)
			.list();
		return new ListPage<>(named(rows), shown, ListPage.pages(total), total);
	}

	/** The newest 100 messages sent (or meant to be) about one booking, newest first. */
	@Transactional(readOnly = true)
	public List<LoggedMessage> ofBooking(long bookingId) {
		String reference = visits.references(List.of(bookingId)).get(bookingId);
		return notifications.findTop100ByBookingIdOrderByIdDesc(bookingId)
			.stream()
			.map(message -> LoggedMessage.of(message, reference))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<LoggedMessage> message(long id) {
		return notifications.findById(id)
			.map(message -> LoggedMessage.of(message, message.getBookingId() == null ? null
					: visits.references(List.of(message.getBookingId())).get(message.getBookingId())));
	}

	private List<MessageSummary> named(List<Row> rows) {
		Map<Long, CustomerContact> named = contacts.contacts(ids(rows.stream().map(Row::contactId).toList()));
		Map<Long, String> references = visits.references(ids(rows.stream().map(Row::bookingId).toList()));
		return rows.stream().map(row -> {
			MessageSummary message = row.summary();
			CustomerContact contact = named.get(row.contactId());
			return new MessageSummary(message.id(), message.createdAt(), message.type(), message.channel(),
					message.recipient(), contact == null ? null : contact.name(), references.get(row.bookingId()),
					message.subject(), message.state(), message.attempts(), message.providerMessage());
		}).toList();
	}

	private static List<Long> ids(Collection<Long> ids) {
		return ids.stream().filter(Objects::nonNull).distinct().toList();
	}

}
