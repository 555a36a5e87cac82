package se.larmcentral.web.auth;


import se.larmcentral.centre.accounts.Role;
import io.javalin.http.HandlerType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may call one route. Every route names its rule ({@code Route.Builder.access}); a route built without one is a
 * programming error, so a new endpoint cannot become reachable by accident.
 * <ul>
 *   <li>{@link #PUBLIC}: anyone, signed in or not (health, readiness, the API document, login). Used sparingly.</li>
 *   <li>{@link #AUTHENTICATED}: any signed-in principal ("who am I").</li>
 *   <li>{@link #roles}: a principal holding one of the roles; on a GET the {@link Role#AUDITOR} too, who reads
 *       everything and changes nothing (so the auditor is never named in a rule).</li>
 *   <li>{@link #orMunicipalityAdmin}: also a {@link Role#MUNICIPALITY_ADMIN}, for the municipalities they administer
 *       only, as the scope resolves them from the request.</li>
 *   <li>{@link #orUnitDevice}: also a {@link Role#UNIT_DEVICE}, for its own unit only.</li>
 *   <li>{@link #orHospital}: also a {@link Role#HOSPITAL} account, for its own hospital only.</li>
 * </ul>
 * The scoped roles (municipality administrator, unit device, hospital) and the auditor cannot be given unscoped, so no rule can
 * let a municipality administrator see every municipality or an auditor change anything.
 */
public final class Access {

    private static final Set<Role> NEVER_UNSCOPED = EnumSet.of(Role.MUNICIPALITY_ADMIN, Role.UNIT_DEVICE,
            Role.HOSPITAL, Role.AUDITOR);

    /** Anyone, without signing in. */
    public static final Access PUBLIC = new Access(true, false, Set.of(), null, null, null);

    /** Anyone signed in, whatever their roles. */
    public static final Access AUTHENTICATED = new Access(false, true, Set.of(), null, null, null);

    private final boolean open;
    private final boolean anyPrincipal;
    private final Set<Role> roles;
    private final Scope municipalities;
    private final Scope unit;
    private final Scope hospital;

    private Access(boolean open, boolean anyPrincipal, Set<Role> roles, Scope municipalities, Scope unit,
                   Scope hospital) {
        this.open = open;
        this.anyPrincipal = anyPrincipal;
        this.roles = roles;
        this.municipalities = municipalities;
        this.unit = unit;
        this.hospital = hospital;
    }

    /** A principal holding any of these roles (and the auditor on a GET). */
    public static Access roles(Role... roles) {
        Set<Role> set = roles.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(roles[0], roles));
        for (Role role : set) {
            if (NEVER_UNSCOPED.contains(role)) {
                throw new IllegalArgumentException(role + " cannot be admitted unscoped: "
                        + (role == Role.AUDITOR ? "the auditor reads every GET and changes nothing"
                        : "use orMunicipalityAdmin(scope), orUnitDevice(scope) or orHospital(scope)"));
            }
        }
        return new Access(false, false, set, null, null, null);
    }

    /** Also a municipality administrator, when the scope finds only (or for a jour: one of) their municipalities. */
    public Access orMunicipalityAdmin(Scope scope) {
        requireRoles();
        return new Access(false, false, roles, Objects.requireNonNull(scope, "scope"), unit, hospital);
    }

    /** Also a unit device, when the scope finds its own unit. */
    public Access orUnitDevice(Scope scope) {
        requireRoles();
        return new Access(false, false, roles, municipalities, Objects.requireNonNull(scope, "scope"), hospital);
    }

    /** Also a hospital's account, when the scope finds its own hospital. */
    public Access orHospital(Scope scope) {
        requireRoles();
        return new Access(false, false, roles, municipalities, unit, Objects.requireNonNull(scope, "scope"));
    }

    private void requireRoles() {
        if (open || anyPrincipal) {
            throw new IllegalStateException("a public or any-principal rule admits everyone already; scope a roles(...) rule");
        }
    }

    public boolean isPublic() {
        return open;
    }

    public boolean admitsAnyPrincipal() {
        return anyPrincipal;
    }

    /** The roles admitted whatever the request touches (the auditor's reading not included). */
    public Set<Role> roles() {
        return roles;
    }

    public Optional<Scope> municipalityScope() {
        return Optional.ofNullable(municipalities);
    }

    public Optional<Scope> unitScope() {
        return Optional.ofNullable(unit);
    }

    public Optional<Scope> hospitalScope() {
        return Optional.ofNullable(hospital);
    }

    /** Whether the auditor reads this route: every GET that is not public. */
    public static boolean auditorReads(HandlerType method) {
        return method == HandlerType.GET;
    }

    /** Who may call the route, in words: the refusal's text and the route table's. */
    public String describe(HandlerType method) {
        if (open) {
            return "anyone";
        }
        if (anyPrincipal) {
            return "any signed-in principal";
        }
        List<String> who = new ArrayList<>(roles.stream().sorted().map(Role::name).toList());
        if (auditorReads(method)) {
            who.add(Role.AUDITOR.name());
        }
        if (municipalities != null) {
            who.add(Role.MUNICIPALITY_ADMIN + " of " + municipalities.what());
        }
        if (unit != null) {
            who.add(Role.UNIT_DEVICE + " of " + unit.what());
        }
        if (hospital != null) {
            who.add(Role.HOSPITAL + " of " + hospital.what());
        }
        if (who.size() == 1) {
            return who.getFirst();
        }
        return who.subList(0, who.size() - 1).stream().collect(Collectors.joining(", ")) + " or " + who.getLast();
    }

    @Override
    public String toString() {
        return describe(HandlerType.POST);
    }
}
