-- The first answer to a keyed request (Idempotency-Key), beside the keys of its commands (journal_command_key, whose
-- keys are this request key and '#n'): a retry on the node that took over after a failover, or after a restart,
-- gets the first answer's body instead of only "already recorded". Written after the commands' commit (the answer
-- exists only then); kept as long as the command keys guard (CommandLoop.KEY_WINDOW).
CREATE TABLE journal_command_answer (
    request_key  VARCHAR(300)             NOT NULL PRIMARY KEY,
    request_hash VARCHAR(64)              NOT NULL,
    status       INTEGER                  NOT NULL,
    content_type VARCHAR(200),
    body         VARCHAR                  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX journal_command_answer_recorded ON journal_command_answer (recorded_at);
