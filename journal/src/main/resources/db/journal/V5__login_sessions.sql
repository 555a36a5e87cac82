-- Login sessions and the login throttle, beside the journal so that every node of a centre sees them and a restart
-- or a takeover logs nobody out and lifts no lock-out. Instants are milliseconds since the epoch (UTC).
-- A session is found by the SHA-256 of its random id (hex); the id itself is only in the browser's cookie.
CREATE TABLE login_session (
    id_hash      VARCHAR(64)   NOT NULL PRIMARY KEY,
    csrf_token   VARCHAR(64)   NOT NULL,
    username     VARCHAR(64),
    external     VARCHAR,
    started_at   BIGINT        NOT NULL,
    last_seen_at BIGINT        NOT NULL
);
CREATE INDEX login_session_username ON login_session (username);
CREATE INDEX login_session_last_seen ON login_session (last_seen_at);

-- The throttle's counters: kind 'username' (failures in a row, counted_at = the last failure) or 'address' (attempts in
-- the current minute, counted_at = the minute's start).
CREATE TABLE login_throttle (
    kind     VARCHAR(16)  NOT NULL,
    subject  VARCHAR(320) NOT NULL,
    attempts INTEGER      NOT NULL,
    counted_at BIGINT     NOT NULL,
    PRIMARY KEY (kind, subject)
);
