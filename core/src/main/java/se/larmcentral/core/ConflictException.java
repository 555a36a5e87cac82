package se.larmcentral.core;

/** The input is well-formed but clashes with current state (an overlapping agreement, a unit already assigned). */
public final class ConflictException extends DomainException {

    public ConflictException(String field, String message) {
        super(Kind.CONFLICT, field, message, null);
    }
}
