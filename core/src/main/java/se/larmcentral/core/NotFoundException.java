package se.larmcentral.core;

/** Something named by the input does not exist (an unknown municipality code, unit id, ...). */
public final class NotFoundException extends DomainException {

    public NotFoundException(String field, String message) {
        super(Kind.NOT_FOUND, field, message, null);
    }
}
