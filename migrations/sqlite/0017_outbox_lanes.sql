-- Delivery lanes: replies to a person's own message and emergencies (0) go before
-- reminders and notifications (1), and those before broadcasts (2), so that a reply never
-- waits behind a long broadcast. Existing rows were queued with no lane: notifications.
-- Each person's messages keep their order: queuing a message promotes that person's
-- earlier messages still waiting to its lane, so none of them is ever in a less urgent
-- lane than a later one (see `Tx::push_outbox`).
-- Never edit once landed.
ALTER TABLE outbox ADD COLUMN lane INTEGER NOT NULL DEFAULT 1;

-- The claim walks a platform's waiting messages lane by lane, oldest first, and stops
-- after one batch (as `outbox_in_order` does for id order alone).
CREATE INDEX outbox_by_lane ON outbox (platform, failed_at, lane, id);
