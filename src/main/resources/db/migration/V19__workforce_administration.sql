-- The back office edits the workforce: territories get a time zone, and territories and skills an active flag, as
-- technicians have one; bookings and service types refer to them, so they are deactivated instead of deleted.
-- A territory's zone starts as the one most of its technicians work in; one without technicians has none yet.
ALTER TABLE territory
    ADD COLUMN time_zone varchar(64),
    ADD COLUMN active    boolean NOT NULL DEFAULT true;
ALTER TABLE skill ADD COLUMN active boolean NOT NULL DEFAULT true;

UPDATE territory r
   SET time_zone = (SELECT t.time_zone
                      FROM technician_territory tt JOIN technician t ON t.id = tt.technician_id
                     WHERE tt.territory_id = r.id
                     GROUP BY t.time_zone
                     ORDER BY count(*) DESC, t.time_zone
                     LIMIT 1);

-- The back office's lists: searched by name, sorted by name.
CREATE INDEX technician_by_name ON technician (lower(name), id);
CREATE INDEX territory_by_name ON territory (lower(name), id);
CREATE INDEX skill_by_name ON skill (lower(name), id);
