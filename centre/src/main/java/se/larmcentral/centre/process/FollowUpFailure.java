package se.larmcentral.centre.process;

import se.larmcentral.core.ConflictException;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.UnavailableException;

/**
 * A refused follow-up step, told as the operator needs it: which step failed, why, what was already recorded, and
 * that the step can be retried. The kind (and so the HTTP status) and the field stay those of the refusal.
 */
public final class FollowUpFailure {

    private FollowUpFailure() {
    }

    public static DomainException of(String step, DomainException cause, String alreadyRecorded, String retry) {
        String message = step + " failed: " + cause.getMessage() + ". Already recorded: " + alreadyRecorded
                + ". Retry with " + retry + " (idempotent).";
        return switch (cause.kind()) {
            case INVALID_INPUT -> new InvalidInputException(cause.field(), message);
            case NOT_FOUND -> new NotFoundException(cause.field(), message);
            case CONFLICT -> new ConflictException(cause.field(), message);
            case UNAVAILABLE -> new UnavailableException(message, cause);
        };
    }
}
