package se.larmcentral.centre.accounts;

import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;
import se.larmcentral.centre.accounts.AccountEvent.AccountCreated;
import se.larmcentral.centre.accounts.AccountEvent.AccountDisabled;
import se.larmcentral.centre.accounts.AccountEvent.AccountEnabled;
import se.larmcentral.centre.accounts.AccountEvent.AccountLocked;
import se.larmcentral.centre.accounts.AccountEvent.AccountPasswordChanged;
import se.larmcentral.centre.accounts.AccountEvent.AccountRolesChanged;
import se.larmcentral.centre.accounts.AccountEvent.AccountUnlocked;
import se.larmcentral.centre.accounts.AccountEvent.ApiTokenIssued;
import se.larmcentral.centre.accounts.AccountEvent.ApiTokenRevoked;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The local accounts and their API tokens, built from the journal. */
public final class Accounts implements Projection {

    private final Map<String, Account> byUsername = new TreeMap<>();
    private final Map<String, ApiToken> tokensById = new HashMap<>();
    private final Map<String, String> tokenIdBySecretHash = new HashMap<>();

    @Override
    public void apply(Recorded recorded) {
        if (!(recorded.event() instanceof AccountEvent event)) {
            return;
        }
        String name = event.username();
        switch (event) {
            case AccountCreated e -> byUsername.put(name, new Account(name, Set.copyOf(e.roles()),
                    Set.copyOf(e.municipalities()), e.unitId(), e.hospitalId(), e.passwordHash(), false, recorded.at(), recorded.at(), null));
            case AccountRolesChanged e -> update(name, a -> a.withRoles(Set.copyOf(e.roles()),
                    Set.copyOf(e.municipalities()), e.unitId(), e.hospitalId()));
            case AccountPasswordChanged e -> update(name, a -> a.withPassword(e.passwordHash(), recorded.at()));
            case AccountDisabled e -> update(name, a -> a.withDisabled(true));
            case AccountEnabled e -> update(name, a -> a.withDisabled(false));
            case AccountLocked e -> update(name, a -> a.withLockedUntil(e.until()));
            case AccountUnlocked e -> update(name, a -> a.withLockedUntil(null));
            case ApiTokenIssued e -> {
                tokensById.put(e.tokenId(), new ApiToken(e.tokenId(), name, e.name(), e.secretHash(), recorded.at(),
                        e.expiresAt(), null));
                tokenIdBySecretHash.put(e.secretHash(), e.tokenId());
            }
            case ApiTokenRevoked e -> tokensById.computeIfPresent(e.tokenId(), (id, t) -> t.revoked(recorded.at()));
        }
    }

    private void update(String username, java.util.function.UnaryOperator<Account> change) {
        byUsername.computeIfPresent(username, (n, a) -> change.apply(a));
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    /** Every account, by username. */
    public List<Account> all() {
        return List.copyOf(byUsername.values());
    }

    public boolean isEmpty() {
        return byUsername.isEmpty();
    }

    public Optional<ApiToken> token(String tokenId) {
        return Optional.ofNullable(tokensById.get(tokenId));
    }

    /** The token whose secret hashes to {@code secretHash}, revoked and expired ones included. */
    public Optional<ApiToken> tokenBySecretHash(String secretHash) {
        return Optional.ofNullable(tokenIdBySecretHash.get(secretHash)).map(tokensById::get);
    }

    /** An account's tokens, oldest first. */
    public List<ApiToken> tokensOf(String username) {
        return tokensById.values().stream().filter(t -> t.username().equals(username))
                .sorted(java.util.Comparator.comparing(ApiToken::issuedAt).thenComparing(ApiToken::tokenId)).toList();
    }
}
