-- Fieldbook domain schema. Camunda manages its own ACT_* tables; these are ours.
-- External ids are the company's own ids from its CRM/ERP (see the master data import).

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- workforce -----------------------------------------------------------------

CREATE TABLE territory (
    id          bigserial PRIMARY KEY,
    external_id varchar(100) NOT NULL UNIQUE,
    name        varchar(200) NOT NULL
);

CREATE TABLE skill (
    id          bigserial PRIMARY KEY,
    external_id varchar(100) NOT NULL UNIQUE,
    name        varchar(200) NOT NULL
);

CREATE TABLE technician (
    id          bigserial PRIMARY KEY,
    external_id varchar(100) NOT NULL UNIQUE,
    name        varchar(200) NOT NULL,
    time_zone   varchar(64)  NOT NULL,
    home_lat    double precision NOT NULL CHECK (home_lat BETWEEN -90 AND 90),
    home_lon    double precision NOT NULL CHECK (home_lon BETWEEN -180 AND 180),
    active      boolean NOT NULL DEFAULT true
);

CREATE TABLE technician_skill (
    technician_id bigint   NOT NULL REFERENCES technician (id) ON DELETE CASCADE,
    skill_id      bigint   NOT NULL REFERENCES skill (id),
    proficiency   smallint NOT NULL CHECK (proficiency BETWEEN 0 AND 10),
    PRIMARY KEY (technician_id, skill_id)
);

CREATE TABLE technician_territory (
    technician_id bigint NOT NULL REFERENCES technician (id) ON DELETE CASCADE,
    territory_id  bigint NOT NULL REFERENCES territory (id),
    PRIMARY KEY (technician_id, territory_id)
);
CREATE INDEX technician_territory_by_territory ON technician_territory (territory_id);

-- Weekly working hours, local to the technician's time zone.
CREATE TABLE technician_working_hours (
    technician_id bigint   NOT NULL REFERENCES technician (id) ON DELETE CASCADE,
    day_of_week   smallint NOT NULL CHECK (day_of_week BETWEEN 1 AND 7), -- ISO: 1 = Monday
    starts_at     time     NOT NULL,
    ends_at       time     NOT NULL,
    CHECK (starts_at < ends_at)
);
CREATE INDEX technician_working_hours_by_technician ON technician_working_hours (technician_id);

-- Time off, local to the technician's time zone.
CREATE TABLE technician_time_off (
    technician_id bigint    NOT NULL REFERENCES technician (id) ON DELETE CASCADE,
    starts_at     timestamp NOT NULL,
    ends_at       timestamp NOT NULL,
    CHECK (starts_at < ends_at)
);
CREATE INDEX technician_time_off_by_technician ON technician_time_off (technician_id);

-- customer ------------------------------------------------------------------

CREATE TABLE account (
    id                  bigserial PRIMARY KEY,
    external_id         varchar(100) NOT NULL UNIQUE,
    name                varchar(200) NOT NULL,
    active              boolean      NOT NULL DEFAULT true,
    time_zone           varchar(64)  NOT NULL,
    territory_id        bigint REFERENCES territory (id),
    address_line1       varchar(200) NOT NULL,
    address_line2       varchar(200),
    address_city        varchar(100) NOT NULL,
    address_postal_code varchar(20)  NOT NULL,
    address_country     char(2)      NOT NULL,
    address_lat         double precision NOT NULL CHECK (address_lat BETWEEN -90 AND 90),
    address_lon         double precision NOT NULL CHECK (address_lon BETWEEN -180 AND 180)
);

CREATE TABLE contact (
    id          bigserial PRIMARY KEY,
    external_id varchar(100) NOT NULL UNIQUE,
    first_name  varchar(100) NOT NULL,
    last_name   varchar(100) NOT NULL,
    email       varchar(254),
    phone       varchar(16) CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
    language    varchar(8)  NOT NULL DEFAULT 'en',
    sms_consent boolean     NOT NULL DEFAULT false
);
CREATE INDEX contact_by_email ON contact (lower(email));

CREATE TABLE account_contact (
    account_id bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    contact_id bigint NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, contact_id)
);
CREATE INDEX account_contact_by_contact ON account_contact (contact_id);

CREATE TABLE functional_location (
    id                  bigserial PRIMARY KEY,
    name                varchar(200) NOT NULL,
    address_line1       varchar(200) NOT NULL,
    address_line2       varchar(200),
    address_city        varchar(100) NOT NULL,
    address_postal_code varchar(20)  NOT NULL,
    address_country     char(2)      NOT NULL,
    address_lat         double precision NOT NULL CHECK (address_lat BETWEEN -90 AND 90),
    address_lon         double precision NOT NULL CHECK (address_lon BETWEEN -180 AND 180)
);

CREATE TABLE customer_asset (
    id                     bigserial PRIMARY KEY,
    external_id            varchar(100) NOT NULL UNIQUE,
    account_id             bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name                   varchar(200) NOT NULL,
    functional_location_id bigint UNIQUE REFERENCES functional_location (id)
);
CREATE INDEX customer_asset_by_account ON customer_asset (account_id);

-- booking -------------------------------------------------------------------

CREATE TABLE service_type (
    id               bigserial PRIMARY KEY,
    external_id      varchar(100) NOT NULL UNIQUE,
    name             varchar(200) NOT NULL,
    portal_name      varchar(200),
    on_portal        boolean  NOT NULL DEFAULT false,
    duration_minutes integer  NOT NULL CHECK (duration_minutes BETWEEN 5 AND 1440),
    crew_size        smallint NOT NULL DEFAULT 1 CHECK (crew_size BETWEEN 1 AND 20)
);

CREATE TABLE service_type_skill (
    service_type_id bigint   NOT NULL REFERENCES service_type (id) ON DELETE CASCADE,
    skill_id        bigint   NOT NULL REFERENCES skill (id),
    min_proficiency smallint NOT NULL CHECK (min_proficiency BETWEEN 0 AND 10),
    PRIMARY KEY (service_type_id, skill_id)
);

CREATE TABLE work_order (
    id                     bigserial PRIMARY KEY,
    account_id             bigint      NOT NULL REFERENCES account (id),
    reported_by_contact_id bigint REFERENCES contact (id) ON DELETE SET NULL,
    service_type_id        bigint      NOT NULL REFERENCES service_type (id),
    asset_id               bigint REFERENCES customer_asset (id) ON DELETE SET NULL,
    address_line1          varchar(200) NOT NULL,
    address_line2          varchar(200),
    address_city           varchar(100) NOT NULL,
    address_postal_code    varchar(20)  NOT NULL,
    address_country        char(2)      NOT NULL,
    address_lat            double precision NOT NULL,
    address_lon            double precision NOT NULL,
    status                 varchar(20) NOT NULL DEFAULT 'OPEN'
        CHECK (status IN ('OPEN', 'SCHEDULED', 'COMPLETED', 'CANCELED')),
    created_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX work_order_by_account ON work_order (account_id);

CREATE TABLE work_order_note (
    id            bigserial PRIMARY KEY,
    work_order_id bigint      NOT NULL REFERENCES work_order (id) ON DELETE CASCADE,
    author        varchar(200) NOT NULL,
    body          varchar(4000) NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX work_order_note_by_work_order ON work_order_note (work_order_id);

CREATE TABLE booking (
    id            bigserial PRIMARY KEY,
    external_id   varchar(100) UNIQUE,
    reference     varchar(16) UNIQUE,          -- human-readable portal booking reference, portal bookings only
    work_order_id bigint REFERENCES work_order (id),
    source        varchar(20) NOT NULL CHECK (source IN ('PORTAL', 'IMPORT', 'BACK_OFFICE')),
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    location_lat  double precision NOT NULL CHECK (location_lat BETWEEN -90 AND 90),
    location_lon  double precision NOT NULL CHECK (location_lon BETWEEN -180 AND 180),
    status        varchar(20) NOT NULL
        CHECK (status IN ('SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELED')),
    reminded_for  timestamptz,                 -- start time a reminder was sent for (one per date)
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (starts_at < ends_at)
);
CREATE INDEX booking_by_start ON booking (starts_at);

-- The booking ledger: one row per technician of a booking. The period and the active flag are
-- copies of the booking's, kept by triggers, so that the exclusion constraint below can make a
-- double booking of a technician impossible in the database itself.
CREATE TABLE booking_assignment (
    booking_id    bigint    NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    technician_id bigint    NOT NULL REFERENCES technician (id),
    period        tstzrange NOT NULL,
    active        boolean   NOT NULL,
    PRIMARY KEY (booking_id, technician_id),
    CONSTRAINT booking_assignment_no_double_booking
        EXCLUDE USING gist (technician_id WITH =, period WITH &&) WHERE (active)
);
CREATE INDEX booking_assignment_by_technician ON booking_assignment USING gist (technician_id, period);

CREATE FUNCTION booking_assignment_copy_booking() RETURNS trigger AS $$
BEGIN
    SELECT tstzrange(b.starts_at, b.ends_at, '[)'), b.status <> 'CANCELED'
      INTO NEW.period, NEW.active
      FROM booking b WHERE b.id = NEW.booking_id;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER booking_assignment_copy_booking
    BEFORE INSERT OR UPDATE ON booking_assignment
    FOR EACH ROW EXECUTE FUNCTION booking_assignment_copy_booking();

CREATE FUNCTION booking_propagate_to_assignments() RETURNS trigger AS $$
BEGIN
    UPDATE booking_assignment
       SET period = tstzrange(NEW.starts_at, NEW.ends_at, '[)'), active = NEW.status <> 'CANCELED'
     WHERE booking_id = NEW.id;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER booking_propagate_to_assignments
    AFTER UPDATE OF starts_at, ends_at, status ON booking
    FOR EACH ROW EXECUTE FUNCTION booking_propagate_to_assignments();

-- settings ------------------------------------------------------------------

-- One row: every setting of the reference product's "Customer Portal Settings" tabs, plus ours.
CREATE TABLE portal_settings (
    id                            smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    -- General
    invite_account_contacts       boolean NOT NULL DEFAULT true,
    communication_type            varchar(10) NOT NULL DEFAULT 'BOTH' CHECK (communication_type IN ('EMAIL', 'SMS', 'BOTH')),
    send_messages_to              varchar(20) NOT NULL DEFAULT 'REPORTED_BY' CHECK (send_messages_to IN ('REPORTED_BY', 'PRIMARY_CONTACT')),
    include_survey                boolean NOT NULL DEFAULT false,
    survey_url                    varchar(500),
    -- Messaging: each notification type on or off
    message_invitation            boolean NOT NULL DEFAULT true,
    message_booking_confirmed     boolean NOT NULL DEFAULT true,
    message_booking_reminder      boolean NOT NULL DEFAULT true,
    message_booking_rescheduled   boolean NOT NULL DEFAULT true,
    message_booking_canceled      boolean NOT NULL DEFAULT true,
    message_booking_completed     boolean NOT NULL DEFAULT true,
    -- Display
    font_family                   varchar(100) NOT NULL DEFAULT 'system-ui, sans-serif',
    font_color                    char(7) NOT NULL DEFAULT '#1f2933' CHECK (font_color ~ '^#[0-9a-fA-F]{6}$'),
    background_color              char(7) NOT NULL DEFAULT '#ffffff' CHECK (background_color ~ '^#[0-9a-fA-F]{6}$'),
    foreground_color              char(7) NOT NULL DEFAULT '#0b5cad' CHECK (foreground_color ~ '^#[0-9a-fA-F]{6}$'),
    header_image                  bytea,
    header_image_content_type     varchar(50),
    -- Content snippets
    company_name                  varchar(200) NOT NULL DEFAULT 'Fieldbook Services',
    contact_email                 varchar(254) NOT NULL DEFAULT 'service@example.com',
    contact_phone                 varchar(30)  NOT NULL DEFAULT '+13125550199',
    page_title                    varchar(200) NOT NULL DEFAULT 'Book your service visit',
    page_footer                   varchar(500) NOT NULL DEFAULT 'Questions? Call us or write to us any time.',
    -- Self-scheduling
    min_lead_days                 smallint NOT NULL DEFAULT 1 CHECK (min_lead_days BETWEEN 0 AND 365),
    max_lead_days                 smallint NOT NULL DEFAULT 30 CHECK (max_lead_days BETWEEN 0 AND 365),
    asset_selection_enabled       boolean  NOT NULL DEFAULT true,
    additional_details_enabled    boolean  NOT NULL DEFAULT true,
    max_travel_radius_km          integer  NOT NULL DEFAULT 0 CHECK (max_travel_radius_km >= 0),
    slot_step_minutes             smallint NOT NULL DEFAULT 30 CHECK (slot_step_minutes BETWEEN 5 AND 240),
    travel_road_factor            numeric(4, 2) NOT NULL DEFAULT 1.30 CHECK (travel_road_factor >= 1),
    travel_speed_kmh              numeric(5, 1) NOT NULL DEFAULT 50 CHECK (travel_speed_kmh > 0),
    -- Beyond the reference
    reminder_window_days          smallint NOT NULL DEFAULT 1 CHECK (reminder_window_days BETWEEN 1 AND 7),
    cancel_cutoff_hours           smallint NOT NULL DEFAULT 24 CHECK (cancel_cutoff_hours >= 0),
    invitation_expiry_days        smallint NOT NULL DEFAULT 14 CHECK (invitation_expiry_days BETWEEN 1 AND 365),
    link_code_validity_days       smallint NOT NULL DEFAULT 30 CHECK (link_code_validity_days BETWEEN 1 AND 365),
    updated_at                    timestamptz NOT NULL DEFAULT now(),
    CHECK (min_lead_days <= max_lead_days)
);
INSERT INTO portal_settings (id) VALUES (1);

-- Exclusion lists: no messaging at all for these accounts and service types.
CREATE TABLE portal_settings_excluded_account (
    account_id bigint PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE
);
CREATE TABLE portal_settings_excluded_service_type (
    service_type_id bigint PRIMARY KEY REFERENCES service_type (id) ON DELETE CASCADE
);

-- invitation ----------------------------------------------------------------

CREATE TABLE invitation (
    id          bigserial PRIMARY KEY,
    contact_id  bigint REFERENCES contact (id) ON DELETE SET NULL,
    email       varchar(254) NOT NULL,
    code_hash   char(64)     NOT NULL UNIQUE,  -- SHA-256 hex of the code; the code itself is never stored
    status      varchar(20)  NOT NULL DEFAULT 'PENDING'
        CHECK (status IN ('PENDING', 'REDEEMED', 'EXPIRED', 'REVOKED')),
    reissue     boolean      NOT NULL DEFAULT false,
    expires_at  timestamptz  NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    redeemed_at timestamptz
);
-- At most one invitation per email address ever, also after the contact was deleted and re-added;
-- an admin's explicit re-issue is the only exception.
CREATE UNIQUE INDEX invitation_once_per_email ON invitation (lower(email)) WHERE NOT reissue;

CREATE TABLE portal_account (
    id                bigserial PRIMARY KEY,
    contact_id        bigint       NOT NULL UNIQUE REFERENCES contact (id) ON DELETE CASCADE,
    username          varchar(254) NOT NULL,
    password_hash     varchar(100) NOT NULL,
    enabled           boolean      NOT NULL DEFAULT true,
    profile_completed boolean      NOT NULL DEFAULT false,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    last_sign_in_at   timestamptz
);
CREATE UNIQUE INDEX portal_account_by_username ON portal_account (lower(username));

-- notification --------------------------------------------------------------

CREATE TABLE notification (
    id               bigserial PRIMARY KEY,
    idempotency_key  varchar(200) NOT NULL UNIQUE,  -- a retried or duplicated job never sends twice
    type             varchar(30)  NOT NULL CHECK (type IN ('INVITATION', 'BOOKING_CONFIRMED', 'BOOKING_REMINDER',
                                                           'BOOKING_RESCHEDULED', 'BOOKING_CANCELED', 'BOOKING_COMPLETED',
                                                           'PASSWORD_RESET')),
    channel          varchar(10)  NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
    booking_id       bigint REFERENCES booking (id) ON DELETE SET NULL,
    contact_id       bigint REFERENCES contact (id) ON DELETE SET NULL,
    recipient        varchar(254) NOT NULL,
    subject          varchar(300),
    body             text         NOT NULL,
    state            varchar(20)  NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'SENT', 'FAILED')),
    provider_id      varchar(100),
    provider_code    varchar(50),
    provider_message varchar(1000),
    attempts         integer      NOT NULL DEFAULT 0,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    sent_at          timestamptz,
    updated_at       timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX notification_by_booking ON notification (booking_id);
CREATE INDEX notification_by_created ON notification (created_at DESC);

-- The code in a link that we send about a booking; the back office can extend, expire or block it.
CREATE TABLE portal_link_code (
    id              bigserial PRIMARY KEY,
    code_hash       char(64)    NOT NULL UNIQUE,  -- SHA-256 hex of the code
    booking_id      bigint      NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    contact_id      bigint REFERENCES contact (id) ON DELETE SET NULL,
    notification_id bigint REFERENCES notification (id) ON DELETE SET NULL,
    expires_at      timestamptz NOT NULL,
    blocked         boolean     NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_used_at    timestamptz
);
CREATE INDEX portal_link_code_by_booking ON portal_link_code (booking_id);
