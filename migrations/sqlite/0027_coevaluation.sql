-- Co-evaluation of ETP programmes. Never edit once landed.
--
-- A round: a coordinator sends a programme's questionnaire (from a template) to the people
-- enrolled and the partner patients who co-ran it. The round counts who answered, by role;
-- nothing here names anyone.
CREATE TABLE evaluation_rounds (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    programme_id INTEGER NOT NULL,
    template     TEXT    NOT NULL,  -- end | session | partnership
    launched_at  INTEGER NOT NULL,
    patients     INTEGER NOT NULL DEFAULT 0,  -- enrolled patients who answered
    partners     INTEGER NOT NULL DEFAULT 0   -- partner patients who answered
);
CREATE INDEX evaluation_rounds_programme ON evaluation_rounds (programme_id, launched_at);

-- Who was asked, and where their answer stands (personal: erased with the person). The
-- answers are not here.
CREATE TABLE evaluation_invites (
    round_id INTEGER NOT NULL,
    platform TEXT    NOT NULL,
    user_id  TEXT    NOT NULL,
    role     TEXT    NOT NULL,  -- patient | partner
    state    TEXT    NOT NULL,  -- asked | answered | declined
    PRIMARY KEY (round_id, platform, user_id)
);
CREATE INDEX evaluation_invites_person ON evaluation_invites (platform, user_id);

-- The answers, as counts: how many of a role gave each score to each question of a round.
-- No person, no time, no row per answer, nothing tying two answers of one person together.
-- Read only for (round, role) groups of at least 5 respondents, once the round is closed.
CREATE TABLE evaluation_scores (
    round_id INTEGER NOT NULL,
    role     TEXT    NOT NULL,
    question INTEGER NOT NULL,
    score    INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    answers  INTEGER NOT NULL,
    PRIMARY KEY (round_id, role, question, score)
);
