-- A counter bumped in the same transaction as every change to what the directory shows, so
-- each process's in-memory search index knows, with one cheap read, when to rebuild.
-- Never edit once landed.
CREATE TABLE directory_version (
    id      BIGINT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO directory_version (id, version) VALUES (1, 0);
