-- A freed time held for one customer while an earlier-time offer waits for the answer: a booking of its own
-- (source HOLD, no work order) whose ledger rows block the technicians like any booking, for every search and
-- reservation, until it is released or taken; hold_for is the visit it is held for, hold_expires_at when the offer's
-- timer gives it up.
ALTER TABLE booking DROP CONSTRAINT booking_source_check;
ALTER TABLE booking ADD CONSTRAINT booking_source_check CHECK (source IN ('PORTAL', 'IMPORT', 'BACK_OFFICE', 'HOLD')),
                    ADD COLUMN hold_for bigint REFERENCES booking (id) ON DELETE CASCADE,
                    ADD COLUMN hold_expires_at timestamptz,
                    ADD CONSTRAINT booking_hold CHECK ((source = 'HOLD') = (hold_for IS NOT NULL AND hold_expires_at IS NOT NULL));
