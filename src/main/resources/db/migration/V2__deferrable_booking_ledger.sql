-- The ledger's guard may be deferred to the end of a transaction that moves several bookings at once
-- (an import that swaps two bookings' times); it stays immediate for everything else.
ALTER TABLE booking_assignment DROP CONSTRAINT booking_assignment_no_double_booking;
ALTER TABLE booking_assignment ADD CONSTRAINT booking_assignment_no_double_booking
    EXCLUDE USING gist (technician_id WITH =, period WITH &&) WHERE (active) DEFERRABLE INITIALLY IMMEDIATE;
