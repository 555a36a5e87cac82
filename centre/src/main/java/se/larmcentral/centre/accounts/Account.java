package se.larmcentral.centre.accounts;

import se.larmcentral.core.Actor;
import se.larmcentral.centre.accounts.Principal;

import java.time.Instant;
import java.util.Set;

/**
 * A local account as the journal has built it.
 *
 * @param passwordHash      Argon2id hash, or null for an account without a password (API tokens only)
 * @param passwordChangedAt when the password was last set: sessions started before it have ended
 * @param lockedUntil       no login before this instant (null: not locked)
 */
public record Account(String username, Set<Role> roles, Set<String> municipalities, String unitId,
                      String hospitalId, String passwordHash, boolean disabled, Instant createdAt,
                      Instant passwordChangedAt, Instant lockedUntil) {

    public Account {
        roles = Set.copyOf(roles);
        municipalities = Set.copyOf(municipalities);
    }

    /** Never the hash: an account may end up in a log line or an exception's message. */
    @Override
    public String toString() {
        return "Account[" + username + ", roles " + roles + (passwordHash == null ? ", API tokens only" : "")
                + (disabled ? ", disabled" : "") + "]";
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Who the account acts as: an account that is only a unit device is recorded as a device, every other as a person. */
    public Principal principal() {
        Actor actor = new Actor(username, kindOf(roles));
        return new Principal(actor, roles, municipalities, unitId, hospitalId);
    }

    Account withRoles(Set<Role> newRoles, Set<String> newMunicipalities, String newUnitId, String newHospitalId) {
        return new Account(username, newRoles, newMunicipalities, newUnitId, newHospitalId, passwordHash, disabled, createdAt,
                passwordChangedAt, lockedUntil);
    }

    Account withPassword(String hash, Instant at) {
        return new Account(username, roles, municipalities, unitId, hospitalId, hash, disabled, createdAt, at, lockedUntil);
    }

    Account withDisabled(boolean value) {
        return new Account(username, roles, municipalities, unitId, hospitalId, passwordHash, value, createdAt,
                passwordChangedAt, lockedUntil);
    }

    Account withLockedUntil(Instant until) {
        return new Account(username, roles, municipalities, unitId, hospitalId, passwordHash, disabled, createdAt,
                passwordChangedAt, until);
    }

    /** A unit's terminal records as a device, a machine account (telephony, AML receivers, monitoring) as an integration. */
    private static Actor.Kind kindOf(Set<Role> roles) {
        if (roles.equals(Set.of(Role.UNIT_DEVICE))) {
            return Actor.Kind.DEVICE;
        }
        return !roles.isEmpty() && Set.of(Role.INTEGRATION, Role.MONITORING).containsAll(roles)
                ? Actor.Kind.INTEGRATION : Actor.Kind.PERSON;
    }
}
