-- The OpenID Connect identities (issuer + subject) that sign in to a portal account. The identity, not the
-- email address, is what a later sign-in is matched on.
CREATE TABLE portal_account_identity (
    id                bigserial PRIMARY KEY,
    portal_account_id bigint       NOT NULL REFERENCES portal_account (id) ON DELETE CASCADE,
    issuer            varchar(500) NOT NULL,
    subject           varchar(255) NOT NULL,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (issuer, subject)
);
CREATE INDEX portal_account_identity_by_account ON portal_account_identity (portal_account_id);
