-- Who holds the journal's single writer, so that a refused second writer can name it (one row, id 1).
-- The exclusion itself is a PostgreSQL advisory lock, or H2's file lock; this row only informs.
CREATE TABLE journal_writer (
    id         INTEGER                  NOT NULL PRIMARY KEY,
    host       VARCHAR(255)             NOT NULL,
    process_id BIGINT                   NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL
);
