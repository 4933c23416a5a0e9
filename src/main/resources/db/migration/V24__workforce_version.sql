-- A version of what slot search keeps in memory of the workforce (technicians, their skills, territories, hours and
-- time off, skill and territory ids): every statement that changes one of those tables counts it up in the same
-- transaction, whoever runs it (any node, an import, plain SQL), so a node compares its copy with
-- workforce_version() in the query that reads the bookings.
CREATE TABLE workforce_change (
    id      smallint PRIMARY KEY CHECK (id = 1),
    version bigint   NOT NULL
);
INSERT INTO workforce_change (id, version) VALUES (1, 0);

CREATE FUNCTION workforce_version() RETURNS bigint
    LANGUAGE sql STABLE AS 'SELECT version FROM workforce_change WHERE id = 1';

CREATE FUNCTION count_workforce_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE workforce_change SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    watched text;
BEGIN
    FOREACH watched IN ARRAY ARRAY['technician', 'technician_skill', 'technician_territory', 'technician_working_hours',
                                   'technician_time_off', 'skill', 'territory'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION count_workforce_change()', watched || '_changed', watched);
    END LOOP;
END
$$;
