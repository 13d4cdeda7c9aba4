-- Topics people opted in to (news of the coordination, new permanences, new ETP
-- programmes). Never edit once landed.

CREATE TABLE subscriptions (
    platform   TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    topic      TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (platform, user_id, topic)
);
CREATE INDEX subscriptions_topic ON subscriptions (topic);
