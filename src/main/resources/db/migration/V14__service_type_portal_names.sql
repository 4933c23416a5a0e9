-- The portal display name of a service type per language. service_type.portal_name stays the default name: the
-- English one and the one of every language without a name here (and the service type's name when it is empty).
CREATE TABLE service_type_portal_name (
    service_type_id bigint       NOT NULL REFERENCES service_type (id) ON DELETE CASCADE,
    language        varchar(8)   NOT NULL CHECK (language IN ('es', 'fr', 'de', 'ar', 'he')),
    name            varchar(200) NOT NULL CHECK (name <> ''),
    PRIMARY KEY (service_type_id, language)
);

-- The back office lists service types sorted by name or duration.
CREATE INDEX service_type_by_name ON service_type (lower(name), id);
CREATE INDEX service_type_by_duration ON service_type (duration_minutes, id);
