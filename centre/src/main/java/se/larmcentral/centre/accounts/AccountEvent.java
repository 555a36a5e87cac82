package se.larmcentral.centre.accounts;



import se.larmcentral.core.DomainEvent;

import java.time.Instant;
import java.util.List;

/**
 * Events of the local accounts. Passwords and API tokens are never recorded: only an Argon2id hash of a password
 * and a SHA-256 hash of a token's secret (and the events API hides even those, see the web module's SecretFields).
 */
public sealed interface AccountEvent extends DomainEvent {

    String username();

    /**
     * @param passwordHash Argon2id in PHC form, or null for an account that signs in with API tokens only
     * @param hospitalId   the hospital of a HOSPITAL account (absent from events recorded before the role existed)
     */
    public record AccountCreated(String username, List<Role> roles, List<String> municipalities, String unitId,
                          String passwordHash, String hospitalId) implements AccountEvent {
        @Override
        public String toString() {
            return "AccountCreated[" + username + ", " + roles + ", " + municipalities + ", " + unitId
                    + (hospitalId == null ? "" : ", hospital " + hospitalId) + "]";
        }
    }

    /** @param hospitalId the hospital of a HOSPITAL account (absent from events recorded before the role existed) */
    public record AccountRolesChanged(String username, List<Role> roles, List<String> municipalities, String unitId,
                                      String hospitalId) implements AccountEvent {
    }

    public record AccountPasswordChanged(String username, String passwordHash) implements AccountEvent {
        @Override
        public String toString() {
            return "AccountPasswordChanged[" + username + "]";
        }
    }

    public record AccountDisabled(String username) implements AccountEvent {
    }

    public record AccountEnabled(String username) implements AccountEvent {
    }

    /** Too many failed logins in a row: no login until {@code until}, unless an administrator unlocks it. */
    public record AccountLocked(String username, Instant until) implements AccountEvent {
    }

    public record AccountUnlocked(String username) implements AccountEvent {
    }

    /** @param expiresAt null for a token that does not expire */
    public record ApiTokenIssued(String username, String tokenId, String name, String secretHash, Instant expiresAt)
            implements AccountEvent {
        @Override
        public String toString() {
            return "ApiTokenIssued[" + username + ", " + tokenId + ", " + name + ", expires " + expiresAt + "]";
        }
    }

    public record ApiTokenRevoked(String username, String tokenId) implements AccountEvent {
    }
}
