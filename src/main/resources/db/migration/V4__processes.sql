-- The processes of issue 5.
-- An invitation's code is issued when its email is rendered, so the row exists before the code does.
ALTER TABLE invitation ALTER COLUMN code_hash DROP NOT NULL;

-- The calendar attachment (.ics) of a booking email, as rendered, and the provider's code of a rejection.
ALTER TABLE notification ADD COLUMN calendar text;

-- Finding the bookings to remind: portal bookings, scheduled, by start.
CREATE INDEX booking_to_remind ON booking (starts_at) WHERE source = 'PORTAL' AND status = 'SCHEDULED';
