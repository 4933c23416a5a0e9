-- Whether customers may sign in with a password; off only makes sense with an OpenID Connect provider configured
-- (without one, passwords stay on whatever this says).
ALTER TABLE portal_settings ADD COLUMN password_sign_in boolean NOT NULL DEFAULT true;
