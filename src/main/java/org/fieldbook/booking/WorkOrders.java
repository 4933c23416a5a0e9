package org.fieldbook.booking;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The work orders behind bookings: their status follows the booking, and their timeline keeps notes. */
@Repository
class WorkOrders {

	private final JdbcTemplate jdbc;

	WorkOrders(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void setStatusOfBooking(long bookingId, WorkOrderStatus status) {
		jdbc.update("UPDATE work_order SET status = ? WHERE id = (SELECT work_order_id FROM booking WHERE id = ?)",
				status.name(), bookingId);
	}

	/** A note on the work order's timeline; bookings without a work order (imported ones) have no timeline. */
	void addNote(Long workOrderId, String author, String body, Instant at) {
		if (workOrderId != null) {
			jdbc.update("INSERT INTO work_order_note (work_order_id, author, body, created_at) VALUES (?, ?, ?, ?)", workOrderId,
					author, body, Timestamp.from(at));
		}
	}

}
