-- Coordinator roles given from the chat by admins (admins and configured coordinators live
-- in the configuration). Who gave a role is in the audit log. Never edit once landed.

CREATE TABLE roles (
    platform         TEXT    NOT NULL,  -- the coordinator
    user_id          TEXT    NOT NULL,
    role             TEXT    NOT NULL,  -- coordinator
    organisation     TEXT,              -- the association or team they act for, if scoped
    granted_at       BIGINT NOT NULL,
    PRIMARY KEY (platform, user_id)
);
