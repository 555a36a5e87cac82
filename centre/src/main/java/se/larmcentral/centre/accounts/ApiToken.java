package se.larmcentral.centre.accounts;

import java.time.Instant;

/**
 * An API token of an account (for a unit's device or an integration). Only the SHA-256 hash of its secret is kept.
 *
 * @param expiresAt null: does not expire
 * @param revokedAt null: not revoked
 */
public record ApiToken(String tokenId, String username, String name, String secretHash, Instant issuedAt,
                       Instant expiresAt, Instant revokedAt) {

    @Override
    public String toString() {
        return "ApiToken[" + tokenId + " of " + username + ", " + name + "]";
    }

    public boolean validAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    ApiToken revoked(Instant at) {
        return new ApiToken(tokenId, username, name, secretHash, issuedAt, expiresAt, at);
    }
}
