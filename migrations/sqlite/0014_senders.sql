-- Several bot processes may send one platform's outbox (scale-out on PostgreSQL). Each
-- delivery loop registers as a sender and proves it is alive every few seconds; a claimed
-- outbox row names its sender, so the claims of a sender that stopped proving it (killed,
-- cut from the database) can be taken over at once instead of when their lease ends.
-- Never edit once landed.
CREATE TABLE senders (
    id       TEXT   PRIMARY KEY,   -- random, chosen by the process at start
    platform TEXT   NOT NULL,
    seen_at  BIGINT NOT NULL       -- Unix seconds of its last sign of life
);

-- NULL: not claimed (waiting, or waiting for a retry).
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
