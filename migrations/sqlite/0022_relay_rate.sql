-- How many messages a person had relayed in their current minute of relayed conversation
-- (the [limits] relays_per_minute check): when that minute started and the count; nothing of
-- what was written.
-- Never edit once landed.
ALTER TABLE users ADD COLUMN relay_window INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN relay_count INTEGER NOT NULL DEFAULT 0;
