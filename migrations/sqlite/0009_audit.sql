-- The audit log: every administrative and moderation action, appended, never updated.
-- Never edit once landed.
-- Rows name their actor (a coordinator acting for the project): they leave only with the
-- erasure of that person (see store/privacy.rs).

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    at         INTEGER NOT NULL,
    platform   TEXT    NOT NULL,  -- the actor
    user_id    TEXT    NOT NULL,
    action     TEXT    NOT NULL,  -- e.g. profile.approve, permanence.cancel_date, signup.refused
    target     TEXT    NOT NULL,  -- what it acted on, by number: profile:12, signup:5
    reason     TEXT,              -- as given, when the action takes one
    chat       TEXT               -- the group, for actions in a group
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_action ON audit_log (action, at);
