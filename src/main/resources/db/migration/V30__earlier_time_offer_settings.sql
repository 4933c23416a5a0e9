-- "Tell me if an earlier time frees up" (issue 16): whether the earlier-time offer is sent at all, and how long a freed
-- time is held for one waiting customer before it passes to the next.
ALTER TABLE portal_settings
    ADD COLUMN message_earlier_time_offered boolean NOT NULL DEFAULT true,
    ADD COLUMN earlier_time_offer_minutes   smallint NOT NULL DEFAULT 30
        CHECK (earlier_time_offer_minutes BETWEEN 5 AND 1440);

-- The offer is a message type of its own, so the log must take it.
ALTER TABLE notification DROP CONSTRAINT notification_type_check;
ALTER TABLE notification ADD CONSTRAINT notification_type_check
    CHECK (type IN ('INVITATION', 'BOOKING_CONFIRMED', 'BOOKING_REMINDER', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELED',
                    'BOOKING_COMPLETED', 'EARLIER_TIME_OFFERED', 'PASSWORD_RESET'));
