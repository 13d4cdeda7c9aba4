-- Mission agreements and expense claims. Never edit once landed.
--
-- A selected partner accepts the mission sheet and the charter of engagement in the chat:
-- when, and which version of the charter (the text is in the locales, versioned in code).
ALTER TABLE etp_applications ADD COLUMN agreed_at BIGINT;
ALTER TABLE etp_applications ADD COLUMN charter_version BIGINT;

-- Expenses a partner declares for a mission they agreed to, and the coordination's answer
-- (personal: erased with the person, and by retention a year after the decision).
CREATE TABLE expense_claims (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id BIGINT  NOT NULL,
    mission_id     BIGINT  NOT NULL,
    platform       TEXT    NOT NULL,
    user_id        TEXT    NOT NULL,
    kind           TEXT    NOT NULL,  -- transport | meal | lodging | other
    amount_cents   BIGINT  NOT NULL CHECK (amount_cents > 0),
    spent_on       TEXT    NOT NULL,  -- the day of the expense, YYYY-MM-DD
    status         TEXT    NOT NULL,  -- pending | approved | refused
    reason         TEXT,              -- why it was refused
    created_at     BIGINT  NOT NULL,
    decided_at     BIGINT
);
CREATE INDEX expense_claims_person ON expense_claims (platform, user_id);
CREATE INDEX expense_claims_mission ON expense_claims (mission_id, status);
