-- Group moderation: per-group settings, members seen, warnings, timed sanctions, bot-level
-- blocks, and reports about a message. Never edit once landed.
-- No message text is stored here: a reported or held message is named by its platform id.

-- Settings a coordinator gives a group; a group without a row uses the defaults below.
CREATE TABLE group_settings (
    platform           TEXT    NOT NULL,
    chat_id            TEXT    NOT NULL,
    rules              TEXT,               -- as written by a coordinator (/regles)
    welcome            BIGINT  NOT NULL,   -- 1: newcomers are welcomed with the rules
    flood_messages     BIGINT  NOT NULL,   -- more than this many messages …
    flood_seconds      BIGINT  NOT NULL,   -- … within this many seconds mutes; 0 turns it off
    flood_mute_minutes BIGINT  NOT NULL,
    newcomer_messages  BIGINT  NOT NULL,   -- links and media held in a member's first N messages
    warn_limit         BIGINT  NOT NULL,   -- this many live warnings mute …
    warn_mute_minutes  BIGINT  NOT NULL,   -- … for this long
    updated_at         BIGINT  NOT NULL,
    PRIMARY KEY (platform, chat_id)
);

-- Members seen in a group (opaque ids only), for newcomers and flood control.
CREATE TABLE group_members (
    platform     TEXT    NOT NULL,
    chat_id      TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    first_seen_at   BIGINT  NOT NULL,
    messages     BIGINT  NOT NULL,  -- messages seen, counted up to the newcomer limit
    trusted      BIGINT  NOT NULL,  -- 1: a coordinator lifted the newcomer holding
    window_started_at BIGINT  NOT NULL,  -- flood control: start of the current window …
    window_count BIGINT  NOT NULL,  -- … and messages within it
    PRIMARY KEY (platform, chat_id, user_id)
);

-- Warnings; they stop counting at expires_at (30 days). Who gave them is in audit_log.
CREATE TABLE warnings (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform   TEXT    NOT NULL,
    chat_id    TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    created_at BIGINT  NOT NULL,
    expires_at BIGINT  NOT NULL
);
CREATE INDEX warnings_member ON warnings (platform, chat_id, user_id, expires_at);

-- Mutes and bans with an end the bot lifts itself (Matrix has no timed ones).
CREATE TABLE sanctions (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform   TEXT    NOT NULL,
    chat_id    TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    kind       TEXT    NOT NULL,  -- mute | ban
    until_at   BIGINT   NOT NULL
);
CREATE INDEX sanctions_until ON sanctions (until_at);
CREATE INDEX sanctions_member ON sanctions (platform, chat_id, user_id);

-- People the bot no longer serves. Kept after /oublier (only the id, when and why), or the
-- block would end with one command.
CREATE TABLE blocks (
    platform   TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    created_at BIGINT  NOT NULL,
    PRIMARY KEY (platform, user_id)
);

-- A report about a group message names the group and the message (never its text).
ALTER TABLE reports ADD COLUMN chat_id TEXT;
ALTER TABLE reports ADD COLUMN message_id TEXT;
