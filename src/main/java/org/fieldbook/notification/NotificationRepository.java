package org.fieldbook.notification;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

/** Reads for everyone; writes only through {@link NotificationLog}. */
interface NotificationRepository extends JpaRepository<Notification, Long> {

	Optional<Notification> findByIdempotencyKey(String idempotencyKey);

	/** The messages about one booking, newest first. */
	List<Notification> findTop100ByBookingIdOrderByIdDesc(Long bookingId);

	/** The message with its row locked to the end of the transaction, for an outcome to apply to its latest state. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Notification> findForUpdateById(Long id);

}
