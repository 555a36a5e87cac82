package se.larmcentral.journal;

/**
 * A command was submitted again with an idempotency key already recorded (its first submission's events are rows
 * {@link #recorded()}): it was not decided or recorded a second time. The caller answers with the first outcome.
 */
public final class AlreadyRecordedException extends RuntimeException {

    private final CommandKey recorded;

    public AlreadyRecordedException(CommandKey recorded) {
        super("the command with key '" + recorded.key() + "' was already recorded (events " + recorded.firstSequence()
                + ".." + recorded.lastSequence() + ")", null, false, false);
        this.recorded = recorded;
    }

    public CommandKey recorded() {
        return recorded;
    }
}
