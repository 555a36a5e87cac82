package se.larmcentral.journal.login;

import java.time.Instant;
import java.util.Objects;

/**
 * A login session as it is stored: found by the hash of its id, never by the id itself.
 *
 * @param idHash     SHA-256 of the session's random id, in hex
 * @param csrfToken  the token a change on this session must carry
 * @param username   the local account, or null for a single sign-on session
 * @param external   a single sign-on session's principal, as its front wrote it (opaque here), or null
 * @param startedAt  when the session was opened (its absolute lifetime counts from here)
 * @param lastSeenAt its last use (its idle timeout counts from here)
 */
public record LoginSession(String idHash, String csrfToken, String username, String external, Instant startedAt,
                           Instant lastSeenAt) {

    public LoginSession {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        if ((username == null) == (external == null)) {
            throw new IllegalArgumentException("a session belongs to a local account or to a single sign-on principal");
        }
    }

    /** Without the hash and the CSRF token: a log line must not carry what a request could present. */
    @Override
    public String toString() {
        return "LoginSession[" + (username != null ? username : "single sign-on") + ", started " + startedAt + "]";
    }
}
