package se.larmcentral.web.auth;

/** The request does not say who is acting, or says it in a way that cannot be trusted. Answered with 401. */
public final class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
