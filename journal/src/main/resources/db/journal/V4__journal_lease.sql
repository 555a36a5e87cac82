-- The writer lease of a journal shared by several nodes (PostgreSQL; an embedded H2 keeps its file lock and never
-- writes here). One row, id 1: who may append, under which fencing epoch, until when (database time). Taking the
-- lease over raises the epoch; every append checks, in its own transaction, that the row still carries its epoch.
CREATE TABLE journal_lease (
    id            INTEGER                  NOT NULL PRIMARY KEY,
    node_id       VARCHAR(200)             NOT NULL,
    host          VARCHAR(255)             NOT NULL,
    process_id    BIGINT                   NOT NULL,
    advertise_url VARCHAR(2000),
    epoch         BIGINT                   NOT NULL,
    acquired_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every epoch ever granted, once (the primary key): no two nodes can hold the same epoch.
CREATE TABLE journal_epoch (
    epoch         BIGINT                   NOT NULL PRIMARY KEY,
    node_id       VARCHAR(200)             NOT NULL,
    advertise_url VARCHAR(2000),
    taken_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The epoch each row was appended under (null: written without a lease, by an embedded journal or before V4).
ALTER TABLE journal_event ADD COLUMN epoch BIGINT;

-- Idempotency keys of the commands recorded, written in the same transaction as their events: a retry with the same
-- key, on this node or on the one that took over, is answered with the first outcome instead of recorded again.
CREATE TABLE journal_command_key (
    command_key VARCHAR(400)             NOT NULL PRIMARY KEY,
    first_seq   BIGINT,
    last_seq    BIGINT,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Each node of a shared journal says here, about once a second, what it is doing (`larm cluster status` reads it).
CREATE TABLE journal_node (
    node_id       VARCHAR(200)             NOT NULL PRIMARY KEY,
    host          VARCHAR(255)             NOT NULL,
    process_id    BIGINT                   NOT NULL,
    advertise_url VARCHAR(2000),
    role          VARCHAR(20)              NOT NULL,
    epoch         BIGINT                   NOT NULL,
    applied_seq   BIGINT                   NOT NULL,
    seen_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
