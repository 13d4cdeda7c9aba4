-- Small values adapters keep across restarts (the Telegram polling offset, the Matrix sync
-- token). Nothing personal. Never edit once landed.
CREATE TABLE adapter_state (
    key        TEXT    PRIMARY KEY,
    value      TEXT    NOT NULL,
    updated_at BIGINT NOT NULL
);
