package se.larmcentral.telephony;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * HTTP digest authentication as SIP uses it (RFC 3261 22.4, RFC 2617 3.2.2), MD5, with or without {@code qop=auth}:
 * what SIPp and desk phones speak. JAIN-SIP has no server side of it. Nonces are stateless: the instant they were
 * made and an HMAC of it under a key made at start, so a flood of REGISTERs keeps nothing in memory; a nonce older
 * than {@link #NONCE_LIFETIME} is stale (a new challenge, not a refusal).
 */
final class DigestAuthentication {

    static final Duration NONCE_LIFETIME = Duration.ofMinutes(5);

    /** What an answer to a challenge comes to. */
    enum Verdict {
        /** The right response to a nonce of ours that is still fresh. */
        VALID,
        /** A nonce of ours that has aged: challenge again with {@code stale=true} (RFC 2617 3.2.1). */
        STALE,
        /** A wrong response, a nonce not ours, or another realm. */
        WRONG
    }

    /** The fields of an Authorization header that the digest uses; {@code qop}, {@code cnonce}, {@code nc} may be null. */
    record Answer(String username, String realm, String nonce, String uri, String response, String qop,
                  String cnonce, String nonceCount) {
    }

    private final String realm;
    private final Clock clock;
    private final SecretKeySpec key;

    DigestAuthentication(String realm, Clock clock) {
        this.realm = realm;
        this.clock = clock;
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    String realm() {
        return realm;
    }

    /** A fresh nonce: the instant in hex, a dot, and its HMAC. */
    String nonce() {
        String made = Long.toHexString(clock.millis());
        return made + "." + mac(made);
    }

    /** Whether {@code answer} proves knowing {@code secret} for {@code method}. */
    Verdict check(Answer answer, String method, String secret) {
        if (answer.nonce() == null || answer.response() == null || !realm.equals(answer.realm())) {
            return Verdict.WRONG;
        }
        int dot = answer.nonce().indexOf('.');
        if (dot < 1 || !same(mac(answer.nonce().substring(0, dot)), answer.nonce().substring(dot + 1))) {
            return Verdict.WRONG;
        }
        String expected = response(answer, method, secret);
        if (expected == null || !same(expected, answer.response().toLowerCase(java.util.Locale.ROOT))) {
            return Verdict.WRONG;
        }
        Instant made;
        try {
            made = Instant.ofEpochMilli(Long.parseLong(answer.nonce().substring(0, dot), 16));
        } catch (NumberFormatException e) {
            return Verdict.WRONG;
        }
        return made.plus(NONCE_LIFETIME).isBefore(clock.instant()) ? Verdict.STALE : Verdict.VALID;
    }

    /** RFC 2617 3.2.2.1: MD5(HA1:nonce[:nc:cnonce:qop]:HA2), HA1 = MD5(user:realm:secret), HA2 = MD5(method:uri). */
    static String response(Answer answer, String method, String secret) {
        if (answer.uri() == null || answer.username() == null) {
            return null;
        }
        String ha1 = md5(answer.username() + ":" + answer.realm() + ":" + secret);
        String ha2 = md5(method + ":" + answer.uri());
        if (answer.qop() == null) {
            return md5(ha1 + ":" + answer.nonce() + ":" + ha2);
        }
        if (!"auth".equals(answer.qop()) || answer.cnonce() == null || answer.nonceCount() == null) {
            return null; // auth-int is not offered
        }
        return md5(ha1 + ":" + answer.nonce() + ":" + answer.nonceCount() + ":" + answer.cnonce() + ":auth:" + ha2);
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** In constant time: a wrong response tells nothing of how near it came. */
    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
