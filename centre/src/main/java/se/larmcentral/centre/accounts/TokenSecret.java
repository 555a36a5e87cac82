package se.larmcentral.centre.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A new API token: a random 256-bit secret, shown once to whoever asked for it; only its SHA-256 hash is stored
 * (a random secret of that size needs no slow hash). The id names the token in lists and when revoking it.
 *
 * @param token the whole secret the client sends as {@code Authorization: Bearer <token>}
 */
public record TokenSecret(String tokenId, String token, String secretHash) {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "larm_";

    public static TokenSecret generate() {
        byte[] id = new byte[8];
        RANDOM.nextBytes(id);
        String token = PREFIX + randomText(32);
        return new TokenSecret("tok-" + HexFormat.of().formatHex(id), token, hash(token));
    }

    /** SHA-256 of a presented token, hex: what the journal holds and lookups compare. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** {@code bytes} random bytes as URL-safe Base64 without padding. */
    public static String randomText(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    @Override
    public String toString() {
        return "TokenSecret[" + tokenId + "]";
    }
}
