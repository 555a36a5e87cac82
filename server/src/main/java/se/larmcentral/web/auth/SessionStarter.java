package se.larmcentral.web.auth;


import se.larmcentral.centre.accounts.Principal;
import io.javalin.http.Context;

/**
 * Opens a login session for a principal who has proved who they are (a local password, or single sign-on), setting
 * the session cookie on the answer. Local login and OpenID Connect both end here, so sessions behave the same.
 */
@FunctionalInterface
public interface SessionStarter {

    /** @return the new session's CSRF token, which the console sends back on every state-changing request */
    String start(Context request, Principal principal);

    /**
     * Ends a session the browser had before signing in again, when the new one is opened on a request that could not
     * carry its cookie (an identity provider's cross-site redirect does not send a SameSite=Strict cookie).
     */
    default void end(String sessionId) {
    }
}
