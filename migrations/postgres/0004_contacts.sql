-- Contact requests between a person and a directory partner, and partners' blocks.
-- Never edit once landed.
-- Two people appear in each row: erasure by either removes it (see store/privacy.rs).

CREATE TABLE contacts (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform         TEXT    NOT NULL,  -- the requester
    user_id          TEXT    NOT NULL,
    partner_platform TEXT    NOT NULL,  -- the partner asked
    partner_user_id  TEXT    NOT NULL,
    partner_id       BIGINT  NOT NULL,  -- partners.id when asked, shown to the requester
    message          TEXT    NOT NULL,  -- the short introduction, as typed
    status           TEXT    NOT NULL,  -- pending | accepted | declined | expired | withdrawn | ended
    requester_handle TEXT,              -- set only when that side agrees to share it
    partner_handle   TEXT,
    created_at       BIGINT  NOT NULL,
    expires_at       BIGINT  NOT NULL,  -- a pending request expires then
    decided_at       BIGINT,
    ended_at         BIGINT
);
-- One open request (pending or accepted) per pair: a double tap or a second request to the
-- same person cannot create another.
CREATE UNIQUE INDEX contacts_one_open_per_pair
    ON contacts (platform, user_id, partner_platform, partner_user_id)
    WHERE status IN ('pending', 'accepted');
CREATE INDEX contacts_partner ON contacts (partner_platform, partner_user_id, status);
CREATE INDEX contacts_expiry ON contacts (status, expires_at);

-- A partner (platform, user_id) no longer receives requests from the blocked person.
CREATE TABLE contact_blocks (
    platform         TEXT    NOT NULL,
    user_id          TEXT    NOT NULL,
    blocked_platform TEXT    NOT NULL,
    blocked_user_id  TEXT    NOT NULL,
    created_at       BIGINT  NOT NULL,
    PRIMARY KEY (platform, user_id, blocked_platform, blocked_user_id)
);
CREATE INDEX contact_blocks_blocked ON contact_blocks (blocked_platform, blocked_user_id);

-- Each save of a profile is a new revision; a review button names the revision it was
-- shown, so approving an old notification cannot approve later, unreviewed edits.
ALTER TABLE partners ADD COLUMN revision BIGINT NOT NULL DEFAULT 1;
