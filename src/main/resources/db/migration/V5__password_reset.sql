-- Password reset links: single use, one hour; only the SHA-256 of the token is stored.
CREATE TABLE password_reset (
    id                bigserial PRIMARY KEY,
    portal_account_id bigint      NOT NULL REFERENCES portal_account (id) ON DELETE CASCADE,
    token_hash        char(64)    NOT NULL UNIQUE,
    expires_at        timestamptz NOT NULL,
    used_at           timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX password_reset_by_account ON password_reset (portal_account_id);
