-- Bookings refer to contacts and assets, so the back office deactivates them instead of deleting them.
ALTER TABLE contact ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE customer_asset ADD COLUMN active boolean NOT NULL DEFAULT true;

-- The back office's searches match the start of a name, an email or an external id, in any case
-- (lower(column) LIKE 'text%'); text_pattern_ops lets such a prefix use the index whatever the collation.
CREATE INDEX account_by_lower_name ON account (lower(name) text_pattern_ops);
CREATE INDEX account_by_lower_external_id ON account (lower(external_id) text_pattern_ops);
CREATE INDEX contact_by_lower_last_name ON contact (lower(last_name) text_pattern_ops);
CREATE INDEX contact_by_lower_first_name ON contact (lower(first_name) text_pattern_ops);
CREATE INDEX contact_by_lower_email_prefix ON contact (lower(email) text_pattern_ops);
CREATE INDEX contact_by_lower_external_id ON contact (lower(external_id) text_pattern_ops);
CREATE INDEX customer_asset_by_lower_name ON customer_asset (lower(name) text_pattern_ops);
CREATE INDEX customer_asset_by_lower_external_id ON customer_asset (lower(external_id) text_pattern_ops);
