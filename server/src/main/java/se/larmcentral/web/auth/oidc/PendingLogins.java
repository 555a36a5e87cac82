package se.larmcentral.web.auth.oidc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import se.larmcentral.core.UnavailableException;

/**
 * Logins started but not yet come back from the identity provider, kept on the server by their {@code state}: each
 * can be taken once, and only before it expires. Bounded, so a flood of started logins cannot fill the memory.
 */
final class PendingLogins {

    /**
     * @param nonce        the nonce the ID token must carry
     * @param codeVerifier the PKCE verifier sent with the code
     * @param browser      the value of the browser's login cookie, so a callback only counts in the browser that
     *                     started it (no login forced on someone else with a stolen callback link)
     * @param replacedSession the session cookie the browser sent when it started (ended once the new one opens), or null
     */
    record Pending(String nonce, String codeVerifier, String browser, String replacedSession, Instant expiresAt) {
        @Override
        public String toString() {
            return "Pending[expires " + expiresAt + "]";
        }
    }

    static final int MAX_PENDING = 10_000;

    private final Map<String, Pending> byState = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration timeout;

    PendingLogins(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    void put(String state, String nonce, String codeVerifier, String browser, String replacedSession) {
        if (byState.size() >= MAX_PENDING) {
            Instant now = clock.instant();
            byState.values().removeIf(p -> !p.expiresAt().isAfter(now));
            if (byState.size() >= MAX_PENDING) {
                throw new UnavailableException("too many sign-ins are in progress; try again in a few minutes", null);
            }
        }
        byState.put(state, new Pending(nonce, codeVerifier, browser, replacedSession, clock.instant().plus(timeout)));
    }

    /** The login started with this state, removed so it cannot be used again; empty when unknown, used or expired. */
    Optional<Pending> take(String state) {
        Pending pending = byState.remove(state);
        if (pending == null || !pending.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    int size() {
        return byState.size();
    }
}
