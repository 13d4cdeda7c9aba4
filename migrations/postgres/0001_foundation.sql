-- Foundation schema (PostgreSQL). Never edit once landed: add a new numbered file instead.
-- Instants are Unix seconds. Every table holding something about a person has the columns
-- `platform` and `user_id`, so /oublier and /mes_donnees can find all of it.

-- People who wrote to the bot. Before consent only the platform id and the language are kept.
CREATE TABLE users (
    platform        TEXT    NOT NULL,
    user_id         TEXT    NOT NULL,
    locale          TEXT,              -- chosen with /langue; NULL follows the platform
    consent_at      BIGINT,           -- NULL: no consent given
    consent_version BIGINT,
    created_at      BIGINT NOT NULL,
    PRIMARY KEY (platform, user_id)
);

-- The step a person is at in a multi-step dialogue, one per person and chat.
CREATE TABLE dialogues (
    platform   TEXT    NOT NULL,
    chat_id    TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    step       BIGINT NOT NULL,
    data       TEXT    NOT NULL,        -- JSON, owned by the feature running the dialogue
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (platform, chat_id, user_id)
);

-- The last choices offered to a person in a chat, so a typed number or label picks one.
CREATE TABLE pending_choices (
    platform   TEXT    NOT NULL,
    chat_id    TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    choices    TEXT    NOT NULL,        -- JSON array of {label, data}
    created_at BIGINT NOT NULL,
    PRIMARY KEY (platform, chat_id, user_id)
);

-- Messages waiting for their platform to accept them. A row is deleted once sent.
CREATE TABLE outbox (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform   TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,        -- recipient
    payload    TEXT    NOT NULL,        -- JSON Outgoing
    created_at BIGINT NOT NULL,
    attempts   BIGINT NOT NULL DEFAULT 0,
    not_before BIGINT NOT NULL DEFAULT 0,  -- retry-after, or the lease of a sender
    failed_at  BIGINT                      -- the platform refused it for good
);
CREATE INDEX outbox_due ON outbox (platform, failed_at, not_before, id);
CREATE INDEX outbox_recipient ON outbox (platform, user_id, id);

-- Platform events already acted on (Telegram update ids, Matrix event ids). Nothing personal.
CREATE TABLE processed_events (
    platform     TEXT    NOT NULL,
    event_id     TEXT    NOT NULL,
    processed_at BIGINT NOT NULL,
    PRIMARY KEY (platform, event_id)
);
