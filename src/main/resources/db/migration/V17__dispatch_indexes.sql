-- The dispatch board and the booking search: a technician's bookings by time (the board, the search by technician
-- or territory), bookings by status and time, and a booking's work order (the search by account).
CREATE INDEX booking_assignment_by_technician_start ON booking_assignment (technician_id, lower(period)) WHERE active;
CREATE INDEX booking_by_status_start ON booking (status, starts_at);
CREATE INDEX booking_by_work_order ON booking (work_order_id);
