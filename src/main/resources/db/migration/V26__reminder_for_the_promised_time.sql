-- A reminder is for the time the customer was promised: an arrival window's start, or the exact start. A dispatcher's
-- move inside the window changes starts_at but not the promise, so it must not make the booking due again.
DROP INDEX booking_due_reminder;
CREATE INDEX booking_due_reminder ON booking (id)
	WHERE source = 'PORTAL' AND status = 'SCHEDULED' AND reminded_for IS DISTINCT FROM coalesce(window_starts_at, starts_at);
