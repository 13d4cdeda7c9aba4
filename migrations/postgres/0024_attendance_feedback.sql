-- Attendance and feedback after a permanence. Never edit once landed.
--
-- On a booking (personal, erased with the person): whether they came, as the host marked it
-- during the slot or up to 7 days after (NULL: not marked; 1: came; 0: did not), when, and
-- where the question "did it help?" stands (NULL: not asked; asked; answered; declined).
-- The answer itself is not kept here.
ALTER TABLE bookings ADD COLUMN attended BIGINT;
ALTER TABLE bookings ADD COLUMN attended_at BIGINT;
ALTER TABLE bookings ADD COLUMN feedback_state TEXT;

-- How many people came, kept on the slot: a count, not personal, so the indicators stay
-- true once retention erases the bookings.
ALTER TABLE slots ADD COLUMN attended BIGINT NOT NULL DEFAULT 0;

-- Answers to "did it help?" (1 to 5), as counts: how many gave each score about a
-- permanence in the month of its date. No person, no time, no row per answer (row order
-- would tell who answered when). Read only from (permanence, month) groups of at least 5
-- answers, once the month is closed (store/attendance.rs).
CREATE TABLE feedback_scores (
    permanence_id BIGINT NOT NULL,
    month_start   BIGINT NOT NULL,  -- first second (UTC) of the month of the slot
    score         BIGINT NOT NULL CHECK (score BETWEEN 1 AND 5),
    answers       BIGINT NOT NULL,
    PRIMARY KEY (permanence_id, month_start, score)
);

-- The optional free words, in a table of their own: nothing ties a word to a score.
CREATE TABLE feedback_words (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    permanence_id BIGINT  NOT NULL,
    month_start   BIGINT  NOT NULL,
    words         TEXT    NOT NULL
);
CREATE INDEX feedback_words_group ON feedback_words (permanence_id, month_start);
