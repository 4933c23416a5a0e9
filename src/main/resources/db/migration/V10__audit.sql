-- The audit trail of staff actions in the back office: who did what to which subject, and when.
CREATE TABLE audit_entry (
	id BIGSERIAL PRIMARY KEY,
	occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
	actor VARCHAR(100) NOT NULL,
	action VARCHAR(100) NOT NULL,
	subject VARCHAR(200),
	details TEXT
);

CREATE INDEX audit_entry_occurred_at ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX audit_entry_actor ON audit_entry (actor, occurred_at DESC);
CREATE INDEX audit_entry_action ON audit_entry (action, occurred_at DESC);
CREATE INDEX audit_entry_subject ON audit_entry (subject, occurred_at DESC);
