package se.larmcentral.web.auth;



import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.centre.accounts.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import se.larmcentral.web.BoundedBody;
import se.larmcentral.web.Route;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * The access gate from the routes' own rules ({@link Route#access()}): nobody on a route that is not public → 401;
 * a principal the rule does not admit → 403 naming who may, and nothing of what the request touches. Scopes are
 * resolved only for a principal that needs them (a municipality administrator, unit device or hospital without another role
 * the rule admits), so everyone else's request is decided from the rule alone.
 */
public final class RoleGate implements AccessGate {

    private final RequestFacts.StateReader state;
    private final BoundedBody body;
    /** Duplicate keys refused: the scope and the handler must not read different values from one body. */
    private final ObjectMapper json = se.larmcentral.web.JsonBody.strict(new ObjectMapper());
    private final Clock clock;

    public RoleGate(RequestFacts.StateReader state, long maxRequestBytes, Clock clock) {
        this.state = state;
        this.body = new BoundedBody(maxRequestBytes);
        this.clock = clock;
    }

    @Override
    public void admit(Context request, Route route, Optional<Principal> principal) {
        Access access = route.access();
        if (access.isPublic()) {
            return;
        }
        if (principal.isEmpty()) {
            throw new UnauthenticatedException("sign in first: " + route.method() + " " + route.path()
                    + " is for signed-in users and machines only");
        }
        if (admits(access, request, route, principal.get())) {
            return;
        }
        throw new ForbiddenResponse(route.method() + " " + route.path() + " is for "
                + access.describe(route.method()) + "; your roles do not allow it");
    }

    private boolean admits(Access access, Context request, Route route, Principal who) {
        if (access.admitsAnyPrincipal()) {
            return true;
        }
        if (who.roles().stream().anyMatch(access.roles()::contains)) {
            return true;
        }
        if (who.has(Role.AUDITOR) && Access.auditorReads(route.method())) {
            return true;
        }
        RequestFacts facts = new RequestFacts(request, state, body, json, clock.instant());
        if (who.has(Role.MUNICIPALITY_ADMIN) && access.municipalityScope()
                .filter(scope -> scope.admits(facts, who.municipalities())).isPresent()) {
            return true;
        }
        if (who.has(Role.UNIT_DEVICE) && access.unitScope()
                .filter(scope -> scope.admits(facts, who.unit().map(Set::of).orElse(Set.of()))).isPresent()) {
            return true;
        }
        return who.has(Role.HOSPITAL) && access.hospitalScope()
                .filter(scope -> scope.admits(facts, who.hospital().map(Set::of).orElse(Set.of()))).isPresent();
    }
}
