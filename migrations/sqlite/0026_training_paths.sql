-- Training paths. Never edit once landed.
--
-- The trainings a partner followed, as they record them (personal: erased with the person).
-- Eligibility for a mission reads them with the training on the partner's profile.
CREATE TABLE partner_trainings (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    platform     TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    training     TEXT    NOT NULL,  -- a training key of locales/*/directory.ftl
    organisation TEXT    NOT NULL,  -- who gave it, as written
    completed    TEXT    NOT NULL,  -- YYYY-MM
    created_at   INTEGER NOT NULL
);
CREATE INDEX partner_trainings_person ON partner_trainings (platform, user_id);
