package se.larmcentral.server;

import se.larmcentral.core.Actor;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.centre.accounts.AccountCommands;
import se.larmcentral.centre.accounts.PasswordHasher;
import se.larmcentral.centre.accounts.TokenSecret;
import se.larmcentral.centre.CentreState;
import se.larmcentral.social.Municipality;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Accounts and API tokens for tests, made through the same commands as the API and {@code larm user} (recorded in the
 * journal by the system actor {@code test-setup}), so a test server can be used through real authentication.
 */
public final class TestAccounts {

    /** The account every test client acts as by default: every role, every municipality, unit {@link #UNIT}. */
    public static final String OPERATOR = "operator-7";
    public static final String UNIT = "AMB-101";
    /** Who records the test set-up's accounts and tokens. */
    public static final String SETUP_ACTOR = "test-setup";
    private static final Actor SETUP = new Actor(SETUP_ACTOR, Actor.Kind.SYSTEM);
    private static final PasswordHasher HASHER = new PasswordHasher();

    private TestAccounts() {
    }

    /**
     * Makes {@link #OPERATOR} with every role and answers a bearer token for it; the unit device's role only when the
     * fleet has {@link #UNIT} (a device reports for a registered unit).
     */
    public static String bootstrap(LarmServer server) {
        Set<String> every = server.centre().loop().read(state -> state.social().registry().all().stream()
                .map(Municipality::code).collect(Collectors.toSet()));
        boolean unitKnown = server.centre().loop().read(state -> state.dispatch().unit(UNIT).isPresent());
        String hospital = server.centre().loop().read(state -> state.dispatch().hospitals().stream()
                .map(se.larmcentral.dispatch.Hospital::id).findFirst().orElse(null));
        Set<Role> roles = EnumSet.allOf(Role.class);
        if (!unitKnown) {
            roles.remove(Role.UNIT_DEVICE);
        }
        if (hospital == null) {
            roles.remove(Role.HOSPITAL);
        }
        return tokenFor(server, OPERATOR, roles, every, unitKnown ? UNIT : null, hospital);
    }

    /** A token for {@code username}, made with these roles (and no password) unless the account exists. */
    public static String tokenFor(LarmServer server, String username, Set<Role> roles, Set<String> municipalities,
                                  String unitId) {
        return tokenFor(server, username, roles, municipalities, unitId, null);
    }

    /** A token for {@code username}, made with these roles, unit and hospital (and no password) unless it exists. */
    public static String tokenFor(LarmServer server, String username, Set<Role> roles, Set<String> municipalities,
                                  String unitId, String hospitalId) {
        if (server.centre().loop().read(state -> state.accounts().find(username)).isEmpty()) {
            execute(server, AccountCommands.create(username, roles, municipalities, unitId, hospitalId, null));
        }
        return issueToken(server, username, null);
    }

    /** A new token for an existing account, expiring at {@code expiresAt} (null: never). */
    public static String issueToken(LarmServer server, String username, Instant expiresAt) {
        TokenSecret secret = TokenSecret.generate();
        execute(server, AccountCommands.issueToken(username, secret.tokenId(), "test token", secret.secretHash(), expiresAt));
        return secret.token();
    }

    /** An account that logs in with {@code password}. */
    public static void createAccount(LarmServer server, String username, String password, Set<Role> roles,
                                     Set<String> municipalities, String unitId) {
        execute(server, AccountCommands.create(username, roles, municipalities, unitId, HASHER.hash(password)));
    }

    /** A hospital's account that logs in with {@code password}, reading the pre-alerts to {@code hospitalId}. */
    public static void createHospitalAccount(LarmServer server, String username, String password, String hospitalId) {
        execute(server, AccountCommands.create(username, Set.of(Role.HOSPITAL), Set.of(), null, hospitalId,
                HASHER.hash(password)));
    }

    private static <R> R execute(LarmServer server, se.larmcentral.core.Command<CentreState, R> command) {
        return server.centre().loop().execute(SETUP, command, Duration.ofSeconds(10));
    }
}
