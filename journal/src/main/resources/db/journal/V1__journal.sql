-- The centre's event journal: append-only, one row per event, in the order the single writer decided them.
CREATE TABLE journal_event (
    seq         BIGINT                   NOT NULL PRIMARY KEY,
    type        VARCHAR(200)             NOT NULL,
    version     INTEGER                  NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id    VARCHAR(200)             NOT NULL,
    actor_kind  VARCHAR(20)              NOT NULL,
    payload     VARCHAR                  NOT NULL
);
