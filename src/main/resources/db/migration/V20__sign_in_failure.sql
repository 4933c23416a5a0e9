-- The failures the sign-in and code throttles count (AttemptThrottle), kept in the database so that every node
-- counts the same: under a SHA-256 digest of what was typed, never the text itself; rows older than the
-- throttle's window are deleted as new ones arrive.
CREATE TABLE sign_in_failure (
    id        bigserial   PRIMARY KEY,
    key       char(43)    NOT NULL,
    failed_at timestamptz NOT NULL
);
CREATE INDEX sign_in_failure_by_key ON sign_in_failure (key, failed_at);
CREATE INDEX sign_in_failure_by_time ON sign_in_failure (failed_at);
