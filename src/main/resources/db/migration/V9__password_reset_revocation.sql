-- A password reset ends the account's sessions and revokes its other reset links. Each session remembers the
-- credentials version it signed in with and is ended once the account's has moved on; a link that another reset
-- made useless is marked revoked.
ALTER TABLE portal_account ADD COLUMN credentials_version integer NOT NULL DEFAULT 0;
ALTER TABLE password_reset ADD COLUMN revoked_at timestamptz;
