package se.larmcentral.core;

/**
 * A refusal the user can act on. Carries a kind (so the server can map it to a status code without the
 * domain knowing HTTP) and, where one input is at fault, the field that names it.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException, UnavailableException {

    /** What sort of refusal this is. */
    public enum Kind { INVALID_INPUT, NOT_FOUND, CONFLICT, UNAVAILABLE }

    private final Kind kind;
    private final String field;

    protected DomainException(Kind kind, String field, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** The input field at fault, or {@code null} when the refusal is not about one field. */
    public String field() {
        return field;
    }
}
