package se.larmcentral.journal;

/**
 * A recorded command's idempotency key and the rows its events took, kept with the events in the same transaction:
 * a retry with the key, on this node or on the one that took over, learns the command was already recorded.
 */
public record CommandKey(String key, long firstSequence, long lastSequence) {

    public CommandKey {
        if (key == null || key.isEmpty() || key.length() > 400) {
            throw new IllegalArgumentException("a command key is 1 to 400 characters");
        }
    }
}
