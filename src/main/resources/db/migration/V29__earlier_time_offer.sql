-- An earlier-time offer: a freed time held for one waiting visit and offered to its customer, who takes it, declines
-- it or lets it expire; the message links to the visit's page (a link code), which shows the visit's latest offer.
CREATE TABLE earlier_time_offer (
    id                  bigserial   PRIMARY KEY,
    booking_id          bigint      NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    hold_id             bigint,
    offered_starts_at   timestamptz NOT NULL,
    offered_ends_at     timestamptz NOT NULL,
    previous_starts_at  timestamptz NOT NULL,
    process_instance_id varchar(64) NOT NULL,
    state               varchar(20) NOT NULL CHECK (state IN ('OFFERED', 'TAKEN', 'DECLINED', 'EXPIRED', 'WITHDRAWN')),
    created_at          timestamptz NOT NULL,
    expires_at          timestamptz NOT NULL,
    answered_at         timestamptz
);
CREATE INDEX earlier_time_offer_by_booking ON earlier_time_offer (booking_id, state);
CREATE INDEX earlier_time_offer_by_time ON earlier_time_offer (created_at);
