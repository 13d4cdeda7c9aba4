-- The structure a mission belongs to, so that a coordinator scoped to one organisation sees,
-- closes and decides only its own missions and applications: the programme's structure, or
-- for a project the organisation of the coordinator who posted it ('' when unscoped, which
-- only unscoped coordinators cover). Missions posted before take their programme's.
-- Never edit once landed.
ALTER TABLE etp_missions ADD COLUMN structure TEXT NOT NULL DEFAULT '';
UPDATE etp_missions
    SET structure = (SELECT p.structure FROM etp_programmes p WHERE p.id = etp_missions.programme_id)
    WHERE programme_id IS NOT NULL
      AND EXISTS (SELECT 1 FROM etp_programmes p WHERE p.id = etp_missions.programme_id);
