-- Arrival windows: a service type may promise "arrival between 08:00 and 12:00" instead of an exact time. NULL keeps
-- exact times; otherwise the windows as the back office writes them, on the account's local clock: a list
-- ("08:00-12:00, 12:00-16:00") or a grid ("240 min every 120 min from 08:00 until 20:00").
ALTER TABLE service_type ADD COLUMN arrival_windows varchar(400);

-- What the customer was promised for a booking made in a window: its bounds; starts_at/ends_at stay the planned visit
-- that the ledger holds. Both NULL: the customer was promised the exact time.
ALTER TABLE booking ADD COLUMN window_starts_at timestamptz,
                    ADD COLUMN window_ends_at   timestamptz,
                    ADD CONSTRAINT booking_window_holds_start CHECK (
                        (window_starts_at IS NULL AND window_ends_at IS NULL)
                        OR (window_starts_at <= starts_at AND starts_at < window_ends_at));
