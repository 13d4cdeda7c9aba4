-- Retention: when a person was last heard from, when they were told that their data would be
-- erased for inactivity (NULL: not told, or they answered since), and anonymous monthly
-- counts that keep the indicators true once the rows they counted are erased.
-- Never edit once landed.
ALTER TABLE users ADD COLUMN seen_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN erasure_notice_at BIGINT;
UPDATE users SET seen_at = created_at;
CREATE INDEX users_seen ON users (seen_at);

CREATE TABLE retired_counts (
    month_start BIGINT NOT NULL,  -- first second (UTC) of the month the counted items belong to
    kind        TEXT    NOT NULL,  -- contacts_sent, contacts_accepted, meetings_held, booking:<status>, signup:<status>
    count       BIGINT NOT NULL,
    PRIMARY KEY (month_start, kind)
);
