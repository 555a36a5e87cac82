package se.larmcentral.centre.accounts;


import se.larmcentral.core.Actor;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is behind a request, once authenticated: the actor recorded on their commands, their roles, and what their
 * roles are limited to.
 *
 * @param actor          recorded as the actor of every command they submit
 * @param roles          what they may do
 * @param municipalities the municipality codes a {@link Role#MUNICIPALITY_ADMIN} administers (empty otherwise)
 * @param unitId         the one unit a {@link Role#UNIT_DEVICE} reports for, or null
 * @param hospitalId     the one hospital a {@link Role#HOSPITAL} account reads the pre-alerts of, or null
 */
public record Principal(Actor actor, Set<Role> roles, Set<String> municipalities, String unitId, String hospitalId) {

    /** A principal bound to no hospital. */
    public Principal(Actor actor, Set<Role> roles, Set<String> municipalities, String unitId) {
        this(actor, roles, municipalities, unitId, null);
    }

    public Principal {
        Objects.requireNonNull(actor, "actor");
        roles = Set.copyOf(roles);
        municipalities = Set.copyOf(municipalities);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Optional<String> unit() {
        return Optional.ofNullable(unitId);
    }

    public Optional<String> hospital() {
        return Optional.ofNullable(hospitalId);
    }
}
