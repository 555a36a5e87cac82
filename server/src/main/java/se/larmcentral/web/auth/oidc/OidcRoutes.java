package se.larmcentral.web.auth.oidc;

import se.larmcentral.web.auth.Access;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.core.Actor;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.web.auth.SessionStarter;
import se.larmcentral.web.auth.UnauthenticatedException;
import se.larmcentral.web.auth.session.Sessions;
import se.larmcentral.config.Settings;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Single sign-on with OpenID Connect (authorization code flow with PKCE): {@code GET /auth/oidc/login} sends the
 * browser to the identity provider; {@code GET /auth/oidc/callback} takes the code back, exchanges it, checks the ID
 * token (signature by the provider's keys, issuer, audience, expiry, nonce), maps the person's groups to roles and
 * opens a session through the same {@link SessionStarter} as a local login, then sends the browser to the console.
 * Registered only when {@code auth.oidc.enabled}; both routes are open to everyone (they are how one gets in).
 */
public final class OidcRoutes implements RouteGroup {

    public static final String LOGIN = "/auth/oidc/login";
    public static final String CALLBACK = "/auth/oidc/callback";
    public static final String CONSOLE = "/console/";
    /** Ties a login to the browser that started it; Lax, because the provider's redirect back is cross-site. */
    static final String BROWSER_COOKIE = "larm_oidc_login";

    private static final Logger LOG = LoggerFactory.getLogger(OidcRoutes.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Settings.Oidc settings;
    private final OidcProvider provider;
    private final PendingLogins pending;
    private final GroupMapping mapping;
    private final SessionStarter sessions;
    private final URI redirectUri;
    private final boolean secureCookie;

    public OidcRoutes(Settings.Oidc settings, SessionStarter sessions, Clock clock) {
        this.settings = settings;
        this.provider = new OidcProvider(settings, clock);
        this.pending = new PendingLogins(clock, Duration.ofSeconds(settings.loginTimeoutSeconds()));
        this.mapping = new GroupMapping(settings.groupRoles());
        this.sessions = sessions;
        this.redirectUri = URI.create(settings.redirectUri().strip());
        this.secureCookie = "https".equalsIgnoreCase(redirectUri.getScheme());
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get(LOGIN).tag("auth").access(Access.PUBLIC).produces("text/plain")
                        .summary("Single sign-on: redirects to the identity provider (OpenID Connect, code flow with PKCE)")
                        .handle(this::login),
                Route.get(CALLBACK).tag("auth").access(Access.PUBLIC).produces("text/plain")
                        .summary("Single sign-on: the identity provider's answer; opens a session and redirects to the console")
                        .query("code", "the authorization code")
                        .query("state", "the login's state, as sent")
                        .query("error", "the provider's refusal, if it refused")
                        .handle(this::callback));
    }

    private void login(Context ctx) {
        OidcProvider.Discovered provider = this.provider.discovered();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        String browser = randomToken();
        // The session cookie comes with this same-site navigation but not with the provider's cross-site redirect
        // back: remember it, so the session it names ends when the new one opens.
        pending.put(state.getValue(), nonce.getValue(), verifier.getValue(), browser, ctx.cookie(Sessions.COOKIE));
        URI target = new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(settings.scopes().strip()),
                this.provider.clientId(), redirectUri)
                .endpointURI(provider.metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build().toURI();
        ctx.res().addHeader("Set-Cookie", BROWSER_COOKIE + "=" + browser + "; Path=/auth/oidc; Max-Age="
                + settings.loginTimeoutSeconds() + "; HttpOnly; SameSite=Lax" + (secureCookie ? "; Secure" : ""));
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(target.toString(), HttpStatus.FOUND);
    }

    private void callback(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        String state = ctx.queryParam("state");
        // The state is used up whatever happens next: a callback link works once.
        PendingLogins.Pending login = state == null || state.isBlank() ? null : pending.take(state).orElse(null);
        forgetBrowser(ctx);
        String error = ctx.queryParam("error");
        if (error != null) {
            throw new UnauthenticatedException("the identity provider did not sign you in: " + error
                    + (ctx.queryParam("error_description") == null ? "" : " (" + ctx.queryParam("error_description") + ")")
                    + "; start again at " + LOGIN);
        }
        if (state == null || state.isBlank()) {
            throw new InvalidInputException("state", "the identity provider's answer carries no state; start again at " + LOGIN);
        }
        if (login == null) {
            throw new InvalidInputException("state", "this sign-in is unknown, expired or already used; start again at " + LOGIN);
        }
        String browser = ctx.cookie(BROWSER_COOKIE);
        if (browser == null || !MessageDigest.isEqual(browser.getBytes(StandardCharsets.US_ASCII),
                login.browser().getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidInputException("state", "this sign-in was started in another browser; start again at " + LOGIN);
        }
        String code = ctx.queryParam("code");
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("code", "the identity provider's answer carries no authorization code;"
                    + " start again at " + LOGIN);
        }
        IDTokenClaimsSet claims = provider.redeem(code, redirectUri, login.codeVerifier(), login.nonce());
        Actor actor = actor(claims);
        List<String> groups = groups(claims);
        GroupMapping.Grant grant = mapping.grant(groups).orElseThrow(() -> {
            LOG.info("single sign-on refused for {}: no mapped group among {} groups", actor.id(), groups.size());
            return new ForbiddenResponse("you are signed in at the identity provider as " + actor.id() + ", but none of"
                    + " your groups " + (groups.isEmpty() ? "(the token's claim '" + settings.groupsClaim() + "' is empty or missing)" : groups)
                    + " gives a role in this centre (setting auth.oidc.groupRoles); nothing was opened. Ask an"
                    + " administrator to add you to a group that does.");
        });
        sessions.start(ctx, new Principal(actor, grant.roles(), grant.municipalities(), null));
        sessions.end(login.replacedSession());
        LOG.info("single sign-on: {} signed in with roles {}", actor.id(), grant.roles());
        ctx.redirect(CONSOLE, HttpStatus.SEE_OTHER);
    }

    private Actor actor(IDTokenClaimsSet claims) {
        Object value = claims.getClaim(settings.actorClaim().strip());
        if (!(value instanceof String name) || name.isBlank()) {
            throw new UnauthenticatedException("the ID token has no '" + settings.actorClaim()
                    + "' claim to name you by (setting auth.oidc.actorClaim)");
        }
        String id = "oidc:" + name.strip();
        if (id.length() > 200) {
            throw new UnauthenticatedException("the ID token's '" + settings.actorClaim() + "' claim is longer than 195 characters");
        }
        return Actor.person(id);
    }

    /** The groups claim as a list of names: a JSON array of strings, or one string. */
    private List<String> groups(IDTokenClaimsSet claims) {
        Object value = claims.getClaim(settings.groupsClaim().strip());
        List<String> groups = new ArrayList<>();
        if (value instanceof String one) {
            groups.add(one);
        } else if (value instanceof Collection<?> many) {
            for (Object group : many) {
                if (group instanceof String name) {
                    groups.add(name);
                }
            }
        }
        return List.copyOf(Set.copyOf(groups)).stream().sorted().toList();
    }

    private void forgetBrowser(Context ctx) {
        ctx.res().addHeader("Set-Cookie", BROWSER_COOKIE + "=; Path=/auth/oidc; Max-Age=0; HttpOnly; SameSite=Lax"
                + (secureCookie ? "; Secure" : ""));
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
