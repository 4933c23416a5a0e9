package org.fieldbook.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	Optional<Notification> findByIdempotencyKey(String idempotencyKey);

	/** The newest messages first, for the back office. */
	List<Notification> findTop200ByOrderByIdDesc();

}
