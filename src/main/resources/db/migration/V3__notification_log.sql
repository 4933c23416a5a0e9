-- The notification log of the processes: a message may also be skipped (with its reason), and keeps its
-- last error and the HTML part of an email.
ALTER TABLE notification DROP CONSTRAINT notification_state_check;
ALTER TABLE notification ADD CONSTRAINT notification_state_check
    CHECK (state IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED'));
ALTER TABLE notification ADD COLUMN html_body text;
ALTER TABLE notification ADD COLUMN last_error varchar(1000);
