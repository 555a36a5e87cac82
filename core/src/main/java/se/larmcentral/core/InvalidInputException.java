package se.larmcentral.core;

/** An input that cannot be accepted; names the field and the reason. Nothing is stored. */
public final class InvalidInputException extends DomainException {

    private final String reason;

    public InvalidInputException(String field, String reason) {
        super(Kind.INVALID_INPUT, field, field + ": " + reason, null);
        this.reason = reason;
    }

    /** The reason alone, without the field name. */
    public String reason() {
        return reason;
    }
}
