-- Which profile each directory version changed, so a process's search index updates only
-- those profiles instead of reading the whole directory again. Profile numbers only: the
-- row says nothing about a person once their profile is erased. Rows older than a day are
-- purged; an index older than that rebuilds from scratch. Never edit once landed.
CREATE TABLE directory_changes (
    version    BIGINT NOT NULL PRIMARY KEY,
    partner_id BIGINT NOT NULL,
    changed_at BIGINT NOT NULL
);
