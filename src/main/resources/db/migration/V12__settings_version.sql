-- Optimistic locking of the portal settings: every saved change moves the version and says who made it, so a
-- second admin saving over a newer version is refused with "changed by X at T".
ALTER TABLE portal_settings
    ADD COLUMN version    bigint       NOT NULL DEFAULT 0,
    ADD COLUMN updated_by varchar(100);
