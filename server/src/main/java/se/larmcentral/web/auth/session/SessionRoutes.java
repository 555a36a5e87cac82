package se.larmcentral.web.auth.session;

import se.larmcentral.web.auth.Access;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.core.Actor;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.web.auth.RequestPrincipal;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.web.auth.UnauthenticatedException;
import se.larmcentral.centre.accounts.Account;
import se.larmcentral.centre.accounts.AccountCommands;
import se.larmcentral.centre.accounts.PasswordHasher;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.desks.Desks;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code /api/session}: log in with a local account's username and password, see who you are, log out. Open to
 * everybody (it is how one gets in). A wrong username and a wrong password get the same answer after the same work.
 */
public final class SessionRoutes implements RouteGroup {

    public static final String PATH = "/api/session";
    /** Who records a lockout in the journal. */
    static final Actor THROTTLE = new Actor("login-throttle", Actor.Kind.SYSTEM);
    private static final Logger LOG = LoggerFactory.getLogger(SessionRoutes.class);

    public record Login(String username, String password) {
        @Override
        public String toString() {
            return "Login[" + username + "]";
        }
    }

    /** @param csrfToken send it back as {@code X-CSRF-Token} on every change; null when authenticated by an API token */
    public record SessionView(String username, List<Role> roles, List<String> municipalities, String unitId,
                              String hospitalId, String csrfToken) {
        static SessionView of(Principal principal, String csrfToken) {
            return new SessionView(principal.actor().id(), List.copyOf(new TreeSet<>(principal.roles())),
                    List.copyOf(new TreeSet<>(principal.municipalities())), principal.unitId(), principal.hospitalId(), csrfToken);
        }
    }

    private final CommandLoop<CentreState> loop;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final PasswordHasher hasher;
    private final JsonBody body;
    private final Clock clock;
    private final boolean behindTlsProxy;
    private final ClientAddress clients;

    public SessionRoutes(CommandLoop<CentreState> loop, Sessions sessions, LoginThrottle throttle, PasswordHasher hasher,
                         JsonBody body, Clock clock, boolean behindTlsProxy, ClientAddress clients) {
        this.loop = loop;
        this.sessions = sessions;
        this.throttle = throttle;
        this.hasher = hasher;
        this.body = body;
        this.clock = clock;
        this.behindTlsProxy = behindTlsProxy;
        this.clients = clients;
    }

    static boolean isLogin(Context request) {
        return request.method() == HandlerType.POST && PATH.equals(request.path());
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post(PATH).tag("session").access(Access.PUBLIC).summary("Log in with a local account: sets the session cookie and"
                                + " answers the CSRF token; 401 for a wrong username or password, 429 (Retry-After) after"
                                + " too many failures")
                        .request(Login.class).response(SessionView.class).handle(this::login),
                Route.get(PATH).tag("session").access(Access.AUTHENTICATED).summary("Who the request's session or API token belongs to (401 if nobody)")
                        .response(SessionView.class).handle(ctx -> {
                            Principal principal = RequestPrincipal.of(ctx).orElseThrow(
                                    () -> new UnauthenticatedException("not logged in"));
                            ctx.json(SessionView.of(principal, AccountAuthenticator.sessionOf(ctx)
                                    .map(Sessions.Session::csrfToken).orElse(null)));
                        }),
                Route.delete(PATH).tag("session").access(Access.AUTHENTICATED).summary("Log out: ends the session and clears its cookie")
                        .handle(ctx -> {
                            AccountAuthenticator.sessionOf(ctx).ifPresent(s -> {
                                sessions.end(s.id());
                                leaveDesk(ctx);
                            });
                            sessions.clearCookie(ctx);
                            ctx.status(HttpStatus.NO_CONTENT);
                        }));
    }

    /** A person logging out leaves their desk: no call rings there for nobody. Never stops the logout. */
    private void leaveDesk(Context ctx) {
        RequestPrincipal.of(ctx).ifPresent(principal -> {
            try {
                loop.execute(principal.actor(), Desks.release(principal.actor().id(), "signed out").on(CentreState::desks),
                        Duration.ofSeconds(10));
            } catch (RuntimeException e) {
                LOG.warn("logout of {}: their desk was not released ({})", principal.actor().id(), e.getMessage());
            }
        });
    }

    private void login(Context ctx) {
        CrossSiteCheck.refuseCrossSite(ctx, behindTlsProxy);
        Login login = body.read(ctx, Login.class);
        if (login.username() == null || login.username().isBlank()) {
            throw new InvalidInputException("username", "must be given");
        }
        if (login.password() == null || login.password().isEmpty()) {
            throw new InvalidInputException("password", "must be given");
        }
        String username = AccountAuthenticator.normalUsername(login.username());
        String address = clients.of(ctx);
        Optional<Duration> wait = throttle.admit(username, address);
        if (wait.isPresent()) {
            tooMany(ctx, wait.get());
        }
        Instant now = clock.instant();
        Optional<Account> account = loop.read(state -> state.accounts().find(username));
        if (account.isPresent() && account.get().lockedAt(now)) {
            hasher.verifyNothing(login.password());
            tooMany(ctx, Duration.between(now, account.get().lockedUntil()));
        }
        boolean ok = account.filter(a -> !a.disabled() && a.passwordHash() != null)
                .map(a -> hasher.verify(login.password(), a.passwordHash()))
                .orElseGet(() -> hasher.verifyNothing(login.password()));
        if (!ok) {
            Optional<Instant> lockedUntil = throttle.failed(username);
            // An unknown name is not logged: it may be a password typed into the wrong field.
            LOG.info("failed login from {} for {}", address, account.isPresent() ? "account " + username : "an unknown username");
            if (lockedUntil.isPresent() && account.isPresent()) {
                loop.execute(THROTTLE, AccountCommands.lock(username, lockedUntil.get()), Duration.ofSeconds(10));
                LOG.warn("account {} locked until {} after failed logins", username, lockedUntil.get());
            }
            throw new UnauthenticatedException("wrong username or password");
        }
        throttle.succeeded(username);
        String csrf = sessions.startLocal(ctx, username);
        LOG.info("login of account {} from {}", username, address);
        ctx.json(SessionView.of(account.get().principal(), csrf));
    }

    private static void tooMany(Context ctx, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ctx.header("Retry-After", Long.toString(seconds));
        throw new HttpResponseException(429, "too many failed logins; try again in " + seconds + " s");
    }
}
