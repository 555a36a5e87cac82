package se.larmcentral.server;

import se.larmcentral.core.Actor;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.config.Settings;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The seam through which the access tests act as someone: a principal becomes a real account (with its roles,
 * municipalities and unit) and a real API token on the server under test, made once per server and principal, so
 * every request goes through the product's own authentication.
 */
public final class TestPrincipals {

    /** Holds every role: the bootstrapped {@link TestAccounts#OPERATOR}, whom the shared test clients act as. */
    public static final Principal EVERY_ROLE = roles(TestAccounts.OPERATOR, Role.values());

    /** The AML receivers' and telephony's machine principal. */
    public static final Principal INTEGRATION = roles("aml-gateway", Role.INTEGRATION);

    private static final Map<LarmServer, Map<Principal, String>> TOKENS = new ConcurrentHashMap<>();

    private TestPrincipals() {
    }

    /** A centre with {@link TestAccounts#OPERATOR} made, ready for requests signed by this class. */
    public static LarmServer start(Settings settings, Clock clock) {
        LarmServer server = LarmServer.start(settings, clock);
        TestAccounts.bootstrap(server);
        return server;
    }

    /** The request signed as {@code principal} on {@code server}. */
    public static HttpRequest.Builder as(LarmServer server, Principal principal, HttpRequest.Builder request) {
        return request.setHeader("Authorization", "Bearer " + token(server, principal));
    }

    /** The request as it is when it says who sends it, else signed as {@code principal}. */
    public static HttpRequest signedAs(LarmServer server, Principal principal, HttpRequest request) {
        if (request.headers().firstValue("Authorization").isPresent()) {
            return request;
        }
        return as(server, principal, HttpRequest.newBuilder(request, (name, value) -> true)).build();
    }

    public static Principal roles(String actor, Role... roles) {
        return new Principal(Actor.person(actor), roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles),
                Set.of(), null);
    }

    /** A municipality administrator of these municipalities (SCB codes). */
    public static Principal municipalityAdmin(String actor, String... codes) {
        return new Principal(Actor.person(actor), Set.of(Role.MUNICIPALITY_ADMIN), Set.of(codes), null);
    }

    /** A unit's own terminal. */
    public static Principal unitDevice(String unitId) {
        return new Principal(Actor.person("device-" + unitId.toLowerCase(Locale.ROOT)), Set.of(Role.UNIT_DEVICE),
                Set.of(), unitId);
    }

    /** A hospital's account, reading the pre-alerts to its hospital. */
    public static Principal hospital(String hospitalId) {
        return new Principal(Actor.person("hospital-" + hospitalId.toLowerCase(Locale.ROOT)), Set.of(Role.HOSPITAL),
                Set.of(), null, hospitalId);
    }

    private static String token(LarmServer server, Principal principal) {
        return TOKENS.computeIfAbsent(server, s -> new ConcurrentHashMap<>()).computeIfAbsent(principal,
                p -> TestAccounts.tokenFor(server, username(p), p.roles(), p.municipalities(), p.unitId(),
                        p.hospitalId()));
    }

    /** Account names are lower case without underscores; principals are named after roles such as CALL_TAKER. */
    private static String username(Principal principal) {
        return principal.actor().id().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
