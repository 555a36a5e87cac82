package se.larmcentral.web.accounts;






import se.larmcentral.centre.accounts.TokenSecret;
import se.larmcentral.centre.accounts.PasswordHasher;
import se.larmcentral.centre.accounts.ApiToken;
import se.larmcentral.centre.accounts.AccountRules;
import se.larmcentral.centre.accounts.AccountCommands;
import se.larmcentral.web.auth.Access;
import se.larmcentral.centre.accounts.Role;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.centre.accounts.AccountViews.AccountList;
import se.larmcentral.centre.accounts.AccountViews.AccountView;
import se.larmcentral.centre.accounts.AccountViews.IssuedToken;
import se.larmcentral.centre.accounts.AccountViews.TokenList;
import se.larmcentral.centre.accounts.AccountViews.TokenView;
import se.larmcentral.web.auth.session.LoginThrottle;
import se.larmcentral.web.auth.session.Sessions;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/accounts}: the administrator's work on local accounts and API tokens (tag {@code accounts}). A password
 * is checked and hashed here, before its command; a token's secret is in the issuing answer and nowhere else.
 */
public final class AccountRoutes implements RouteGroup {

    private static final Logger LOG = LoggerFactory.getLogger(AccountRoutes.class);
    static final String ACCOUNTS = "/api/accounts";
    static final String ACCOUNT = ACCOUNTS + "/{username}";

    /** @param password optional: without one the account signs in with API tokens only */
    public record NewAccount(String username, List<String> roles, List<String> municipalities, String unitId,
                             String hospitalId, String password) {
        @Override
        public String toString() {
            return "NewAccount[" + username + ", " + roles + "]";
        }
    }

    public record RolesChange(List<String> roles, List<String> municipalities, String unitId, String hospitalId) {
    }

    public record PasswordReset(String password) {
        @Override
        public String toString() {
            return "PasswordReset[hidden]";
        }
    }

    /** @param expiresAt an instant with offset, or null for a token that does not expire */
    public record NewToken(String name, String expiresAt) {
    }

    private final CommandGateway gateway;
    private final JsonBody body;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final LoginThrottle throttle;

    public AccountRoutes(CommandGateway gateway, JsonBody body, PasswordHasher hasher, Sessions sessions,
                         LoginThrottle throttle) {
        this.gateway = gateway;
        this.body = body;
        this.hasher = hasher;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get(ACCOUNTS).tag("accounts").access(Access.roles(Role.ADMINISTRATOR)).summary("Every local account with its roles (never a password)")
                        .response(AccountList.class).handle(ctx -> ctx.json(new AccountList(
                                gateway.read(s -> s.accounts().all().stream().map(AccountView::of).toList())))),
                Route.post(ACCOUNTS).tag("accounts").access(Access.roles(Role.ADMINISTRATOR)).summary("Create an account: {username, roles, municipalities?"
                                + " (MUNICIPALITY_ADMIN), unitId? (UNIT_DEVICE), hospitalId? (HOSPITAL), password? (12-128 characters)}")
                        .request(NewAccount.class).response(AccountView.class).handle(this::create),
                Route.get(ACCOUNT).tag("accounts").access(Access.roles(Role.ADMINISTRATOR)).summary("One account")
                        .response(AccountView.class).handle(ctx -> ctx.json(view(ctx.pathParam("username")))),
                Route.put(ACCOUNT + "/roles").tag("accounts").access(Access.roles(Role.ADMINISTRATOR)).summary("Change an account's roles (effective at its next"
                                + " request): {roles, municipalities?, unitId?, hospitalId?}")
                        .request(RolesChange.class).response(AccountView.class).handle(ctx -> {
                            RolesChange change = body.read(ctx, RolesChange.class);
                            Set<Role> roles = AccountRules.roles(change.roles());
                            String username = ctx.pathParam("username");
                            gateway.execute(ctx, AccountCommands.changeRoles(username, roles, set(change.municipalities()),
                                    change.unitId(), change.hospitalId()));
                            ctx.json(view(username));
                        }),
                Route.put(ACCOUNT + "/password").tag("accounts").access(Access.roles(Role.ADMINISTRATOR)).summary("Set a new password (12-128 characters);"
                                + " the account's sessions end")
                        .request(PasswordReset.class).response(AccountView.class).handle(ctx -> {
                            String username = ctx.pathParam("username");
                            PasswordReset reset = body.read(ctx, PasswordReset.class);
                            AccountRules.password("password", reset.password());
                            gateway.execute(ctx, AccountCommands.changePassword(username, hasher.hash(reset.password())));
                            sessions.endAllOf(username);
                            ctx.json(view(username));
                        }),
                Route.post(ACCOUNT + "/disable").tag("accounts").access(Access.roles(Role.ADMINISTRATOR)).summary("Disable an account: its sessions end and its"
                                + " tokens stop working")
                        .response(AccountView.class).handle(ctx -> {
                            String username = ctx.pathParam("username");
                            gateway.execute(ctx, AccountCommands.disable(username));
                            sessions.endAllOf(username);
                            ctx.json(view(username));
                        }),
                Route.post(ACCOUNT + "/enable").tag("accounts").access(Access.roles(Role.ADMINISTRATOR)).summary("Enable a disabled account")
                        .response(AccountView.class).handle(ctx -> {
                            String username = ctx.pathParam("username");
                            gateway.execute(ctx, AccountCommands.enable(username));
                            ctx.json(view(username));
                        }),
                Route.post(ACCOUNT + "/unlock").tag("accounts").access(Access.roles(Role.ADMINISTRATOR)).summary("Lift a lockout after failed logins")
                        .response(AccountView.class).handle(ctx -> {
                            String username = ctx.pathParam("username");
                            gateway.execute(ctx, AccountCommands.unlock(username));
                            throttle.unlock(username);
                            ctx.json(view(username));
                        }),
                Route.get(ACCOUNT + "/tokens").tag("accounts").access(Access.roles(Role.ADMINISTRATOR)).summary("An account's API tokens (never their secrets)")
                        .response(TokenList.class).handle(ctx -> {
                            String username = ctx.pathParam("username");
                            view(username);
                            ctx.json(new TokenList(gateway.read(s -> s.accounts().tokensOf(username).stream()
                                    .map(TokenView::of).toList())));
                        }),
                Route.post(ACCOUNT + "/tokens").tag("accounts").access(Access.roles(Role.ADMINISTRATOR)).summary("Issue an API token: {name, expiresAt?}; the"
                                + " answer holds the token, shown this once")
                        .request(NewToken.class).response(IssuedToken.class).handle(this::issueToken),
                Route.delete(ACCOUNT + "/tokens/{tokenId}").tag("accounts").access(Access.roles(Role.ADMINISTRATOR)).summary("Revoke an API token")
                        .response(TokenView.class).handle(ctx -> {
                            String username = ctx.pathParam("username");
                            String tokenId = ctx.pathParam("tokenId");
                            boolean theirs = gateway.read(s -> s.accounts().token(tokenId)
                                    .map(t -> t.username().equals(username)).orElse(false));
                            if (!theirs) {
                                throw new NotFoundException("tokenId", "account '" + username + "' has no API token " + tokenId);
                            }
                            ApiToken revoked = gateway.execute(ctx, AccountCommands.revokeToken(tokenId));
                            ctx.json(TokenView.of(revoked));
                        }));
    }

    private void create(Context ctx) {
        NewAccount request = body.read(ctx, NewAccount.class);
        AccountRules.username("username", request.username());
        Set<Role> roles = AccountRules.roles(request.roles());
        String hash = null;
        if (request.password() != null) {
            AccountRules.password("password", request.password());
            hash = hasher.hash(request.password());
        }
        gateway.execute(ctx, AccountCommands.create(request.username(), roles, set(request.municipalities()),
                request.unitId(), request.hospitalId(), hash));
        LOG.info("account {} created with roles {}", request.username(), roles);
        ctx.status(HttpStatus.CREATED).json(view(request.username()));
    }

    private void issueToken(Context ctx) {
        String username = ctx.pathParam("username");
        NewToken request = body.read(ctx, NewToken.class);
        Instant expiresAt = instant("expiresAt", request.expiresAt());
        TokenSecret secret = TokenSecret.generate();
        ApiToken token = gateway.execute(ctx, AccountCommands.issueToken(username, secret.tokenId(), request.name(),
                secret.secretHash(), expiresAt));
        LOG.info("API token {} issued to account {}", token.tokenId(), username);
        ctx.status(HttpStatus.CREATED).json(new IssuedToken(token.tokenId(), token.username(), token.name(),
                token.expiresAt(), secret.token()));
    }

    private AccountView view(String username) {
        return gateway.read(s -> s.accounts().find(username)).map(AccountView::of)
                .orElseThrow(() -> new NotFoundException("username", "no account named '" + username + "'"));
    }

    static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new HashSet<>(values);
    }

    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an instant with offset, e.g. 2026-01-31T23:59:00+01:00;"
                    + " was '" + value + "'");
        }
    }
}
