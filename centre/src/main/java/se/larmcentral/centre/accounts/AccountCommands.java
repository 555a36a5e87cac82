package se.larmcentral.centre.accounts;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.centre.accounts.AccountEvent.AccountCreated;
import se.larmcentral.centre.accounts.AccountEvent.AccountDisabled;
import se.larmcentral.centre.accounts.AccountEvent.AccountEnabled;
import se.larmcentral.centre.accounts.AccountEvent.AccountLocked;
import se.larmcentral.centre.accounts.AccountEvent.AccountPasswordChanged;
import se.larmcentral.centre.accounts.AccountEvent.AccountRolesChanged;
import se.larmcentral.centre.accounts.AccountEvent.AccountUnlocked;
import se.larmcentral.centre.accounts.AccountEvent.ApiTokenIssued;
import se.larmcentral.centre.accounts.AccountEvent.ApiTokenRevoked;
import se.larmcentral.centre.CentreState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The commands on local accounts. Passwords arrive already hashed (hashing is slow and must not hold the journal's
 * writer); everything else is checked here against the stored accounts and the municipality registry.
 */
public final class AccountCommands {

    private AccountCommands() {
    }

    /** An account bound to no hospital. */
    public static Command<CentreState, String> create(String username, Set<Role> roles, Set<String> municipalities,
                                                       String unitId, String passwordHash) {
        return create(username, roles, municipalities, unitId, null, passwordHash);
    }

    public static Command<CentreState, String> create(String username, Set<Role> roles, Set<String> municipalities,
                                                       String unitId, String hospitalId, String passwordHash) {
        return (state, now) -> {
            String name = AccountRules.username("username", username);
            Set<String> codes = AccountRules.municipalities(roles, municipalities, state.social().registry());
            String unit = AccountRules.unitId(roles, unitId, state.dispatch());
            String hospital = AccountRules.hospitalId(roles, hospitalId, state.dispatch());
            if (state.accounts().find(name).isPresent()) {
                throw new ConflictException("username", "an account named '" + name + "' exists");
            }
            return decide(state, new AccountCreated(name, sorted(roles), List.copyOf(codes), unit, passwordHash,
                    hospital));
        };
    }

    /** Roles without a hospital. */
    public static Command<CentreState, String> changeRoles(String username, Set<Role> roles, Set<String> municipalities,
                                                            String unitId) {
        return changeRoles(username, roles, municipalities, unitId, null);
    }

    public static Command<CentreState, String> changeRoles(String username, Set<Role> roles, Set<String> municipalities,
                                                            String unitId, String hospitalId) {
        return (state, now) -> {
            Account account = existing(state, username);
            Set<String> codes = AccountRules.municipalities(roles, municipalities, state.social().registry());
            String unit = AccountRules.unitId(roles, unitId, state.dispatch());
            String hospital = AccountRules.hospitalId(roles, hospitalId, state.dispatch());
            if (!roles.contains(Role.ADMINISTRATOR)) {
                keepAnAdministrator(state, account, "roles", "taking ADMINISTRATOR from");
            }
            return decide(state, new AccountRolesChanged(account.username(), sorted(roles), List.copyOf(codes), unit,
                    hospital));
        };
    }

    public static Command<CentreState, String> changePassword(String username, String passwordHash) {
        return (state, now) -> decide(state, new AccountPasswordChanged(existing(state, username).username(), passwordHash));
    }

    public static Command<CentreState, String> disable(String username) {
        return (state, now) -> {
            Account account = existing(state, username);
            if (account.disabled()) {
                return Decision.of(account.username());
            }
            keepAnAdministrator(state, account, "username", "disabling");
            return decide(state, new AccountDisabled(account.username()));
        };
    }

    public static Command<CentreState, String> enable(String username) {
        return (state, now) -> {
            Account account = existing(state, username);
            return account.disabled() ? decide(state, new AccountEnabled(account.username())) : Decision.of(account.username());
        };
    }

    /** Records a lockout after failed logins; an account already locked at least as long records nothing. */
    public static Command<CentreState, String> lock(String username, Instant until) {
        return (state, now) -> {
            Account account = existing(state, username);
            if (account.lockedUntil() != null && !account.lockedUntil().isBefore(until)) {
                return Decision.of(account.username());
            }
            return decide(state, new AccountLocked(account.username(), until));
        };
    }

    public static Command<CentreState, String> unlock(String username) {
        return (state, now) -> {
            Account account = existing(state, username);
            return account.lockedUntil() == null ? Decision.of(account.username()) : decide(state, new AccountUnlocked(account.username()));
        };
    }

    /** @param secretHash SHA-256 of the token's secret ({@link TokenSecret}) */
    public static Command<CentreState, ApiToken> issueToken(String username, String tokenId, String name,
                                                            String secretHash, Instant expiresAt) {
        return (state, now) -> {
            Account account = existing(state, username);
            String label = AccountRules.tokenName(name);
            if (expiresAt != null && !expiresAt.isAfter(now)) {
                throw new InvalidInputException("expiresAt", "must lie in the future, was " + expiresAt);
            }
            if (state.accounts().token(tokenId).isPresent() || state.accounts().tokenBySecretHash(secretHash).isPresent()) {
                throw new ConflictException("tokenId", "token " + tokenId + " exists");
            }
            ApiTokenIssued event = new ApiTokenIssued(account.username(), tokenId, label, secretHash, expiresAt);
            return Decision.of(new ApiToken(tokenId, account.username(), label, secretHash, now, expiresAt, null), event);
        };
    }

    /** Revokes a token; revoking one already revoked records nothing. */
    public static Command<CentreState, ApiToken> revokeToken(String tokenId) {
        return (state, now) -> {
            ApiToken token = state.accounts().token(tokenId)
                    .orElseThrow(() -> new NotFoundException("tokenId", "no API token " + tokenId));
            if (token.revokedAt() != null) {
                return Decision.of(token);
            }
            return Decision.of(token.revoked(now), new ApiTokenRevoked(token.username(), tokenId));
        };
    }

    /**
     * The centre keeps at least one enabled administrator: without one nobody could revoke a stolen token or disable
     * a leaver's account until the centre is stopped for {@code larm user}. Another administrator is made first.
     */
    private static void keepAnAdministrator(CentreState state, Account account, String field, String change) {
        if (account.disabled() || !account.roles().contains(Role.ADMINISTRATOR)) {
            return;
        }
        boolean another = state.accounts().all().stream().anyMatch(a -> !a.disabled()
                && a.roles().contains(Role.ADMINISTRATOR) && !a.username().equals(account.username()));
        if (!another) {
            throw new ConflictException(field, change + " '" + account.username() + "' would leave the centre without"
                    + " an enabled ADMINISTRATOR; give another account that role first");
        }
    }

    private static Account existing(CentreState state, String username) {
        return state.accounts().find(username)
                .orElseThrow(() -> new NotFoundException("username", "no account named '" + username + "'"));
    }

    /** Records the event; the answer is the account's name (read the account from the state once it is durable). */
    private static Decision<String> decide(CentreState state, AccountEvent event) {
        return Decision.of(event.username(), event);
    }

    private static List<Role> sorted(Set<Role> roles) {
        return new ArrayList<>(new java.util.TreeSet<>(roles));
    }
}
