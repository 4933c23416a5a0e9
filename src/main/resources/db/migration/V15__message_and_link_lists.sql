-- The back office's lists of messages and of portal links: the process instance that wrote a message (for its
-- link to Cockpit), and an index for each filter of the two lists, ordered as the lists are.
ALTER TABLE notification ADD COLUMN process_instance_id varchar(64);

CREATE INDEX notification_by_type ON notification (type, created_at DESC, id DESC);
CREATE INDEX notification_by_channel ON notification (channel, created_at DESC, id DESC);
CREATE INDEX notification_by_state ON notification (state, created_at DESC, id DESC);
CREATE INDEX notification_by_contact ON notification (contact_id, created_at DESC);
CREATE INDEX notification_by_recipient ON notification (lower(recipient) text_pattern_ops);
DROP INDEX notification_by_created;
CREATE INDEX notification_by_created ON notification (created_at DESC, id DESC);

CREATE INDEX portal_link_code_by_contact ON portal_link_code (contact_id);
CREATE INDEX portal_link_code_by_expiry ON portal_link_code (expires_at);
CREATE INDEX portal_link_code_by_created ON portal_link_code (created_at DESC, id DESC);
