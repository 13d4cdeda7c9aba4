-- Permanences: drop-in times held by partners at a place or online, their slots and the
-- bookings of them. Never edit once landed.

CREATE TABLE permanences (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    title          TEXT    NOT NULL,
    structure      TEXT    NOT NULL DEFAULT '',  -- hospital service, association, Maison des usagers
    address        TEXT    NOT NULL DEFAULT '',  -- a public place; empty when online
    online         INTEGER NOT NULL DEFAULT 0,
    link           TEXT,                         -- online meeting link, shown only to booked people
    department     TEXT,                         -- department code; NULL when online only
    weekday        INTEGER,                      -- 1 = Monday … 7 = Sunday; NULL when one-off dates only
    start_minute   INTEGER,                      -- local time (Europe/Paris), minutes after midnight
    end_minute     INTEGER,
    slot_minutes   INTEGER NOT NULL,
    capacity       INTEGER NOT NULL,             -- places per slot
    open_days      INTEGER NOT NULL,             -- booking opens this many days ahead
    cutoff_minutes INTEGER NOT NULL,             -- no cancellation later than this before a slot
    status         TEXT    NOT NULL,             -- active | paused | cancelled
    created_at     INTEGER NOT NULL
);

-- The conditions or themes of a permanence (vocabulary keys).
CREATE TABLE permanence_themes (
    permanence_id INTEGER NOT NULL,
    theme         TEXT    NOT NULL,
    PRIMARY KEY (permanence_id, theme)
);
CREATE INDEX permanence_themes_theme ON permanence_themes (theme);

-- Partners holding a permanence, by profile number.
CREATE TABLE permanence_hosts (
    permanence_id INTEGER NOT NULL,
    partner_id    INTEGER NOT NULL,
    PRIMARY KEY (permanence_id, partner_id)
);

-- One bookable slot. `booked` counts confirmed bookings; the conditional increment
-- `booked < capacity` decides who gets a place, so concurrent bookings never overbook.
CREATE TABLE slots (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    permanence_id INTEGER NOT NULL,
    starts_at     INTEGER NOT NULL,  -- Unix seconds
    ends_at       INTEGER NOT NULL,
    capacity      INTEGER NOT NULL,
    booked        INTEGER NOT NULL DEFAULT 0,
    cancelled     INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT slots_once_per_time UNIQUE (permanence_id, starts_at)
);
CREATE INDEX slots_starts ON slots (starts_at);

-- A person's booking (personal: it can reveal a condition). Waiting bookings are served in
-- id order.
CREATE TABLE bookings (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    slot_id    INTEGER NOT NULL,
    platform   TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    status     TEXT    NOT NULL,  -- confirmed | waiting | cancelled
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX bookings_one_per_person
    ON bookings (slot_id, platform, user_id) WHERE status IN ('confirmed', 'waiting');
CREATE INDEX bookings_slot ON bookings (slot_id, status, id);
CREATE INDEX bookings_person ON bookings (platform, user_id, status);

-- Reminders to send, persisted so a restart neither drops nor repeats one.
CREATE TABLE reminders (
    booking_id INTEGER NOT NULL,
    platform   TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    kind       TEXT    NOT NULL,  -- day | hour
    due_at     INTEGER NOT NULL,
    PRIMARY KEY (booking_id, kind)
);
CREATE INDEX reminders_due ON reminders (due_at);
