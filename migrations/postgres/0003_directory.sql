-- Partner directory. Never edit once landed.
-- A partner profile holds health-related data (lived conditions): it is only created after
-- consent, and erased with everything else by /oublier (platform, user_id columns).

CREATE TABLE partners (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform         TEXT    NOT NULL,
    user_id          TEXT    NOT NULL,
    pseudonym        TEXT    NOT NULL,
    extra_conditions TEXT    NOT NULL DEFAULT '',  -- free additions, as typed
    online           BIGINT NOT NULL DEFAULT 0,     -- 1: also meets people online
    training         TEXT    NOT NULL,
    availability     TEXT    NOT NULL DEFAULT '',
    bio              TEXT    NOT NULL DEFAULT '',
    association      TEXT    NOT NULL DEFAULT '',
    status           TEXT    NOT NULL,             -- pending | approved | refused
    paused           BIGINT NOT NULL DEFAULT 0,
    refusal_reason   TEXT,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    CONSTRAINT partners_one_per_person UNIQUE (platform, user_id)
);
CREATE INDEX partners_status ON partners (status, paused);

-- The listed attributes of a profile, one row each, so search can filter by index:
-- kind is role, condition, department, language or mission; value a vocabulary key or a
-- department code.
CREATE TABLE partner_tags (
    platform TEXT NOT NULL,
    user_id  TEXT NOT NULL,
    kind     TEXT NOT NULL,
    value    TEXT NOT NULL,
    PRIMARY KEY (platform, user_id, kind, value)
);
CREATE INDEX partner_tags_lookup ON partner_tags (kind, value);
