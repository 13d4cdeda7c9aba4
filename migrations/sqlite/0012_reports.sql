-- Reports made by members about a profile (later: about a message in a group), for the
-- coordinators' queue. Never edit once landed.
-- Two people appear: the reporter and the person reported; the reporter is never shown to
-- the person reported, and the row leaves with either (see store/privacy.rs).

CREATE TABLE reports (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    platform        TEXT    NOT NULL,  -- the reporter
    user_id         TEXT    NOT NULL,
    target_platform TEXT    NOT NULL,  -- the person reported
    target_user_id  TEXT    NOT NULL,
    target          TEXT    NOT NULL,  -- what is reported, by number: profile:12
    reason          TEXT    NOT NULL,  -- as written by the reporter
    status          TEXT    NOT NULL,  -- open | acted | dismissed
    created_at      INTEGER NOT NULL,
    decided_at      INTEGER
);
CREATE INDEX reports_status ON reports (status, id);
