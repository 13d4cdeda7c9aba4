-- ETP programmes (therapeutic patient education), sign-ups with their shared assessment
-- (BEP), and partner missions. Never edit once landed.

CREATE TABLE etp_programmes (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title       TEXT    NOT NULL,
    structure   TEXT    NOT NULL,             -- hospital, health centre, association
    team        TEXT    NOT NULL DEFAULT '',  -- the coordinated team, as it presents itself
    address     TEXT    NOT NULL DEFAULT '',
    department  TEXT,                         -- NULL when only remote
    online      BIGINT  NOT NULL DEFAULT 0,   -- sessions can be followed remotely
    format      TEXT    NOT NULL,             -- collective | individual | both
    rhythm      TEXT    NOT NULL,             -- session dates or rhythm, as written
    capacity    BIGINT  NOT NULL,             -- people enrolled at once
    co_run      BIGINT  NOT NULL DEFAULT 0,   -- partner patients co-run sessions
    description TEXT    NOT NULL,
    status      TEXT    NOT NULL,             -- open | closed
    created_at  BIGINT  NOT NULL
);

CREATE TABLE etp_themes (
    programme_id BIGINT  NOT NULL,
    theme        TEXT    NOT NULL,            -- condition key
    PRIMARY KEY (programme_id, theme)
);
CREATE INDEX etp_themes_theme ON etp_themes (theme);

-- Coordinators handling a programme's sign-ups (people: erased with them).
CREATE TABLE etp_handlers (
    programme_id BIGINT  NOT NULL,
    platform     TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    PRIMARY KEY (programme_id, platform, user_id)
);

-- A person's request to join a programme. Nothing medical: what they chose to share.
CREATE TABLE etp_signups (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    programme_id BIGINT  NOT NULL,
    platform     TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    name         TEXT    NOT NULL,            -- pseudonym or name they chose to give
    reach        TEXT    NOT NULL,            -- how the team may reach them, as written
    preference   TEXT    NOT NULL,            -- preferred time for the BEP, as written
    status       TEXT    NOT NULL,            -- requested | bep_proposed | bep_confirmed | enrolled | refused | waitlisted | withdrawn
    reason       TEXT,                        -- why refused
    bep_options  TEXT    NOT NULL DEFAULT '', -- proposed BEP starts (Unix seconds), comma-separated
    bep_at       BIGINT,                     -- the BEP chosen
    created_at   BIGINT  NOT NULL,
    updated_at   BIGINT  NOT NULL
);
-- One live sign-up per person and programme: a double tap cannot make two.
CREATE UNIQUE INDEX etp_signups_one_live
    ON etp_signups (programme_id, platform, user_id)
    WHERE status NOT IN ('refused', 'withdrawn');
CREATE INDEX etp_signups_queue ON etp_signups (programme_id, status, id);
CREATE INDEX etp_signups_person ON etp_signups (platform, user_id);

-- Missions offered to partner patients, tied to a programme or a project.
CREATE TABLE etp_missions (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    programme_id BIGINT,                     -- NULL for a project outside a programme
    project      TEXT    NOT NULL DEFAULT '',
    kind         TEXT    NOT NULL,            -- temoignage | co-animation | co-construction | focus-group | formation | recherche
    dates        TEXT    NOT NULL,            -- as written
    training     TEXT    NOT NULL,            -- training key required ("none": no requirement)
    paid         BIGINT  NOT NULL DEFAULT 0,  -- paid or compensated
    places       BIGINT  NOT NULL,
    sheet        TEXT    NOT NULL,            -- the short fiche de mission
    status       TEXT    NOT NULL,            -- open | closed
    created_at   BIGINT  NOT NULL
);

-- A partner's application to a mission.
CREATE TABLE etp_applications (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mission_id BIGINT  NOT NULL,
    platform   TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    partner_id BIGINT  NOT NULL,
    status     TEXT    NOT NULL,              -- applied | selected | declined | withdrawn
    created_at BIGINT  NOT NULL,
    updated_at BIGINT  NOT NULL
);
CREATE UNIQUE INDEX etp_applications_one_live
    ON etp_applications (mission_id, platform, user_id) WHERE status IN ('applied', 'selected');
CREATE INDEX etp_applications_mission ON etp_applications (mission_id, status, id);
