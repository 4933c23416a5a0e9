-- The reminder run's batches walk the bookings due a reminder in the order of their ids (BookingReminders.due):
-- this index holds only the portal bookings still scheduled and not reminded for their time, so a batch reads
-- from where the last one stopped instead of every booking of the reminder window again (booking_to_remind).
CREATE INDEX booking_due_reminder ON booking (id)
	WHERE source = 'PORTAL' AND status = 'SCHEDULED' AND reminded_for IS DISTINCT FROM starts_at;
