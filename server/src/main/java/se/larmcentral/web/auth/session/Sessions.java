package se.larmcentral.web.auth.session;

import io.javalin.http.Context;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.web.auth.SessionStarter;
import se.larmcentral.centre.accounts.TokenSecret;
import se.larmcentral.config.Settings;
import se.larmcentral.journal.login.LoginSession;
import se.larmcentral.journal.login.SessionStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Login sessions, kept in the journal's database ({@link SessionStore}) so that a restart or another node of the
 * centre logs nobody out: a random 256-bit id in an HttpOnly, SameSite=Strict cookie (Secure over TLS), stored only
 * as its SHA-256 hash; a CSRF token the console sends back on every change; an idle timeout and an absolute
 * lifetime. A local account's session follows the account: its roles are read on every request, and disabling it or
 * changing its password ends the session (see {@link AccountAuthenticator}). A single sign-on session keeps the
 * principal it was started with. Ended sessions are swept from the store at most once a minute, at a login.
 */
public final class Sessions implements SessionStarter {

    public static final String COOKIE = "larm_session";
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    /** A session's last use is written at most this often: a burst of requests costs one write, not one each. */
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(1);

    /**
     * @param id        the session's id as the cookie carries it (never stored)
     * @param username  the local account, or null for a session of {@code external}
     * @param external  the principal of a single sign-on session, or null for a local account's
     */
    public record Session(String id, String csrfToken, String username, Principal external, Instant startedAt,
                          Instant lastSeenAt) {

        public boolean local() {
            return username != null;
        }

        @Override
        public String toString() {
            return "Session[" + (username != null ? username : external.actor().id()) + ", started " + startedAt + "]";
        }
    }

    private final SessionStore store;
    private final Clock clock;
    private final Duration idle;
    private final Duration lifetime;
    private final boolean behindTlsProxy;
    private final AtomicReference<Instant> nextSweep = new AtomicReference<>(Instant.MIN);

    public Sessions(SessionStore store, Clock clock, Settings.Auth settings) {
        this.store = store;
        this.clock = clock;
        this.idle = Duration.ofMinutes(settings.sessionIdleMinutes());
        this.lifetime = Duration.ofHours(settings.sessionMaxHours());
        this.behindTlsProxy = settings.behindTlsProxy();
    }

    /** A single sign-on session (OpenID Connect): the principal as the identity provider's groups gave it. */
    @Override
    public String start(Context request, Principal principal) {
        return open(request, null, principal);
    }

    /** A local account's session. */
    public String startLocal(Context request, String username) {
        return open(request, username, null);
    }

    private String open(Context request, String username, Principal external) {
        Opened opened = open(request.cookie(COOKIE), username, external);
        request.header("Set-Cookie", COOKIE + "=" + opened.id() + "; Path=/; HttpOnly; SameSite=Strict"
                + (secure(request) ? "; Secure" : ""));
        return opened.csrfToken();
    }

    /** A session just opened: its id for the cookie, its CSRF token for the answer. */
    record Opened(String id, String csrfToken) {
        @Override
        public String toString() {
            return "Opened[...]";
        }
    }

    /** Opens a session, ending the one the browser still had ({@code oldId}, or null); the cookie is the caller's. */
    Opened open(String oldId, String username, Principal external) {
        Instant now = clock.instant();
        sweep(now);
        if (oldId != null) {
            store.delete(TokenSecret.hash(oldId));
        }
        // A fresh id at every login, so an id planted before it (session fixation) is worth nothing.
        String id = TokenSecret.randomText(32);
        String csrf = TokenSecret.randomText(32);
        store.insert(new LoginSession(TokenSecret.hash(id), csrf, username,
                external == null ? null : PrincipalText.write(external), now, now));
        return new Opened(id, csrf);
    }

    /** The live session with this id, its last use moved to now; an ended one is removed. */
    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        String hash = TokenSecret.hash(id);
        Optional<LoginSession> stored = store.find(hash);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        LoginSession session = stored.get();
        Instant now = clock.instant();
        if (expired(session.startedAt(), session.lastSeenAt(), now)) {
            store.delete(hash);
            return Optional.empty();
        }
        if (!now.isBefore(session.lastSeenAt().plus(TOUCH_EVERY))) {
            store.touch(hash, now);
        }
        return Optional.of(new Session(id, session.csrfToken(), session.username(),
                session.external() == null ? null : PrincipalText.read(session.external()), session.startedAt(), now));
    }

    private boolean expired(Instant startedAt, Instant lastSeenAt, Instant now) {
        return !now.isBefore(startedAt.plus(lifetime)) || !now.isBefore(lastSeenAt.plus(idle));
    }

    @Override
    public void end(String id) {
        if (id != null) {
            store.delete(TokenSecret.hash(id));
        }
    }

    /** Ends every session of a local account (disabled, password reset). */
    public void endAllOf(String username) {
        store.deleteAllOf(username);
    }

    /** Tells the browser to forget the cookie. */
    public void clearCookie(Context request) {
        request.header("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"
                + (secure(request) ? "; Secure" : ""));
    }

    /** Sessions in the store, ended ones not yet swept included. */
    public int count() {
        return store.count();
    }

    boolean secure(Context request) {
        return behindTlsProxy || "https".equalsIgnoreCase(request.scheme());
    }

    /** Removes the ended sessions, at most once a minute on this node. */
    private void sweep(Instant now) {
        Instant due = nextSweep.get();
        if (now.isBefore(due) || !nextSweep.compareAndSet(due, now.plus(SWEEP_EVERY))) {
            return;
        }
        // An idle session ends when now >= lastSeen + idle, i.e. lastSeen <= now - idle: hence the millisecond.
        store.sweep(now.minus(idle).plusMillis(1), now.minus(lifetime).plusMillis(1));
    }
}
