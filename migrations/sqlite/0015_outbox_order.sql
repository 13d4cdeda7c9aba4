-- Delivery claims the oldest messages of a platform a batch at a time. With only
-- `outbox_due` (in `not_before` order) SQLite read and sorted every due message for each
-- batch, so emptying a long queue cost the square of its length. This index gives the
-- messages in the order they are sent; the claim walks it and stops after one batch.
-- Never edit once landed.
CREATE INDEX outbox_in_order ON outbox (platform, failed_at, id);
