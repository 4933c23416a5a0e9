package org.fieldbook.notification;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Reads for everyone; writes only through {@link NotificationLog}. */
interface NotificationRepository extends JpaRepository<Notification, Long> {

	/*
	 * The queries that every message runs are written out: Hibernate keeps the plan of a query string, while a
	 * derived query (a criteria query) is planned again on each call.
	 */

	@Query("SELECT n FROM Notification n WHERE n.idempotencyKey = :idempotencyKey")
	Optional<Notification> findByIdempotencyKey(String idempotencyKey);

	/** The messages about one booking, newest first. */
	List<Notification> findTop100ByBookingIdOrderByIdDesc(Long bookingId);

	/** The message with its row locked to the end of the transaction, for an outcome to apply to its latest state. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT n FROM Notification n WHERE n.id = :id")
	Optional<Notification> findForUpdateById(Long id);

}
