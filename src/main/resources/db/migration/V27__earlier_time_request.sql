-- "Tell me if an earlier time frees up": a customer's scheduled visit waiting for an earlier time, optionally not before
-- a date (on the account's clock). One per booking; withdrawing it deletes it.
CREATE TABLE earlier_time_request (
    booking_id   bigint      PRIMARY KEY REFERENCES booking (id) ON DELETE CASCADE,
    not_before   date,
    requested_at timestamptz NOT NULL
);
CREATE INDEX earlier_time_request_by_age ON earlier_time_request (requested_at, booking_id);
