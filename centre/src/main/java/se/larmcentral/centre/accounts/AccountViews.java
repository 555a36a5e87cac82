package se.larmcentral.centre.accounts;


import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/** Accounts and tokens as the API and the command line show them: never a hash, a token's secret only when issued. */
public final class AccountViews {

    private AccountViews() {
    }

    /** @param hasPassword false for an account that signs in with API tokens only */
    public record AccountView(String username, List<Role> roles, List<String> municipalities, String unitId,
                              String hospitalId, boolean disabled, boolean hasPassword, Instant lockedUntil, Instant createdAt) {
        public static AccountView of(Account a) {
            return new AccountView(a.username(), List.copyOf(new TreeSet<>(a.roles())),
                    List.copyOf(new TreeSet<>(a.municipalities())), a.unitId(), a.hospitalId(), a.disabled(), a.passwordHash() != null,
                    a.lockedUntil(), a.createdAt());
        }
    }

    public record AccountList(List<AccountView> accounts) {
    }

    public record TokenView(String tokenId, String username, String name, Instant issuedAt, Instant expiresAt,
                            Instant revokedAt) {
        public static TokenView of(ApiToken t) {
            return new TokenView(t.tokenId(), t.username(), t.name(), t.issuedAt(), t.expiresAt(), t.revokedAt());
        }
    }

    public record TokenList(List<TokenView> tokens) {
    }

    /** The answer to issuing a token: the only time its secret is shown. */
    public record IssuedToken(String tokenId, String username, String name, Instant expiresAt, String token) {
        @Override
        public String toString() {
            return "IssuedToken[" + tokenId + ", " + username + "]";
        }
    }
}
