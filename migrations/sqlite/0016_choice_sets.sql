-- Choices belong to the message that offered them. One "last choices" row per person let a
-- notification (a broadcast, a report) replace the question a person was answering, so a
-- typed "1" could do something they never meant. A person now has, per conversation:
--   * `question`: the choices of the newest reply to what they asked (answered once);
--   * `dialogue`: the choices of the dialogue they are in, kept while another command is
--     run in between, so both can be named when a typed answer fits both;
--   * `notice`: choices of notifications, several, used by typed answers only when no
--     question or dialogue waits.
-- Pending choices of the old table carry over as questions. Never edit once landed.
CREATE TABLE choice_sets (
    id         INTEGER PRIMARY KEY,     -- reused ids are harmless: `seq` orders the sets
    platform   TEXT    NOT NULL,
    chat_id    TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    slot       TEXT    NOT NULL,        -- question | dialogue | which | notice
    -- The slot for the one set of its kind a person has (question, dialogue, which), so a new
    -- one replaces it in one statement; NULL for notices, of which there are several.
    slot_key   TEXT,
    dialogue   TEXT,                    -- the dialogue kind a `dialogue` set belongs to
    about      TEXT    NOT NULL,        -- the question asked, to name it when ambiguous
    choices    TEXT    NOT NULL,        -- JSON array of {label, data, value?}
    -- When it was offered, in microseconds: which set is newer decides which a typed number
    -- answers, and a replaced set keeps its row (and id) but not its age.
    seq        INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX choice_sets_slot ON choice_sets (platform, user_id, chat_id, slot_key);

INSERT INTO choice_sets
    (platform, chat_id, user_id, slot, slot_key, dialogue, about, choices, seq, created_at)
SELECT platform, chat_id, user_id, 'question', 'question', NULL, '', choices,
       created_at * 1000000, created_at
FROM pending_choices;

DROP TABLE pending_choices;
