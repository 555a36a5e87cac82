package se.larmcentral.journal;

import java.util.Optional;

/**
 * The first answers to keyed requests, kept beside the journal's command keys so that every node of a centre can
 * give a retry the first answer after a takeover or a restart ({@code journal_command_answer}, migration V6).
 */
public interface CommandAnswers {

    /**
     * A first answer.
     *
     * @param requestHash the SHA-256 (hex) of the request's body: the same key with another body is another request
     */
    record Answer(int status, String contentType, String body, String requestHash) {
    }

    /** Keeps the first answer to the request keyed {@code requestKey}; a second save of the key changes nothing. */
    void save(String requestKey, Answer answer);

    /** The first answer to {@code requestKey}, while the command keys guard it. */
    Optional<Answer> find(String requestKey);

    /** Keeps nothing: answers live in the node's memory only. */
    CommandAnswers NONE = new CommandAnswers() {
        @Override
        public void save(String requestKey, Answer answer) {
        }

        @Override
        public Optional<Answer> find(String requestKey) {
            return Optional.empty();
        }
    };
}
