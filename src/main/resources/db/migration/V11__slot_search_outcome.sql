-- Unmet demand: what the portal's slot searches found, one row per account, service type and hour.
-- Nothing about the person: the account, the service type, the territory, the window asked and the outcome.
CREATE TABLE slot_search_outcome (
    id                 bigserial    PRIMARY KEY,
    searched_at        timestamptz  NOT NULL,
    searched_hour      timestamptz  NOT NULL,
    account_id         bigint       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    service_type_id    bigint       NOT NULL REFERENCES service_type (id) ON DELETE CASCADE,
    territory          varchar(100),
    window_from        date         NOT NULL,
    window_to          date         NOT NULL,
    found              boolean      NOT NULL,
    reason_code        varchar(30),
    reason_subject     varchar(100),
    reason_level       int          NOT NULL DEFAULT 0,
    fully_booked_until date,
    searches           int          NOT NULL DEFAULT 1,
    CONSTRAINT slot_search_outcome_once_an_hour UNIQUE (account_id, service_type_id, searched_hour)
);

CREATE INDEX slot_search_outcome_by_time ON slot_search_outcome (searched_at);
