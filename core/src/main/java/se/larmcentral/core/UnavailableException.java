package se.larmcentral.core;

/** The product cannot do this right now (the journal's database is unreachable); retrying later may work. */
public final class UnavailableException extends DomainException {

    public UnavailableException(String message, Throwable cause) {
        super(Kind.UNAVAILABLE, null, message, cause);
    }
}
