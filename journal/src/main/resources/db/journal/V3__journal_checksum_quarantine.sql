-- Each row's CRC32C over its sequence, type, version, instant, actor and payload (8 hex digits), verified on replay.
-- Rows written before this column are given theirs by the next writer at start-up (JdbcJournal.lockWriter).
ALTER TABLE journal_event ADD COLUMN checksum VARCHAR(8);

-- Rows set aside with `larm journal quarantine SEQ --reason ...`: kept in journal_event, skipped by the replay and
-- the event API thereafter. Who, where, when and why is this table's audit trail; rows are never deleted.
CREATE TABLE journal_quarantine (
    seq            BIGINT                   NOT NULL PRIMARY KEY,
    reason         VARCHAR(1000)            NOT NULL,
    quarantined_by VARCHAR(200)             NOT NULL,
    host           VARCHAR(255)             NOT NULL,
    quarantined_at TIMESTAMP WITH TIME ZONE NOT NULL
);
