package se.larmcentral.telephony;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class DigestAuthenticationTest {

    private static final String SECRET = "desk-one-secret";

    /** A clock the test moves. */
    private static final class Moving extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T16:00:00Z"));

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Test
    void theResponseIsRfc2617sOwnExample() {
        // RFC 2617 3.5: Mufasa / "Circle Of Life", qop=auth
        DigestAuthentication.Answer answer = new DigestAuthentication.Answer("Mufasa", "testrealm@host.com",
                "dcd98b7102dd2f0e8b11d0f600bfb0c093", "/dir/index.html", null, "auth", "0a4f113b", "00000001");
        assertThat(DigestAuthentication.response(answer, "GET", "Circle Of Life"))
                .isEqualTo("6629fae49393a05397450978507c4ef1");
    }

    @Test
    void withoutQopTheResponseIsRfc2069s() {
        DigestAuthentication.Answer answer = new DigestAuthentication.Answer("desk-1", "larmcentral", "abc",
                "sip:127.0.0.1", null, null, null, null);
        String ha1 = DigestAuthentication.md5("desk-1:larmcentral:" + SECRET);
        String ha2 = DigestAuthentication.md5("REGISTER:sip:127.0.0.1");
        assertThat(DigestAuthentication.response(answer, "REGISTER", SECRET))
                .isEqualTo(DigestAuthentication.md5(ha1 + ":abc:" + ha2));
    }

    @Test
    void theRightAnswerToOurNonceIsValidUntilTheNonceAges() {
        Moving clock = new Moving();
        DigestAuthentication digest = new DigestAuthentication("larmcentral", clock);
        DigestAuthentication.Answer answer = answer(digest.nonce(), SECRET, "larmcentral");

        assertThat(digest.check(answer, "REGISTER", SECRET)).isEqualTo(DigestAuthentication.Verdict.VALID);
        clock.now.set(clock.now.get().plus(DigestAuthentication.NONCE_LIFETIME).plus(Duration.ofSeconds(1)));
        assertThat(digest.check(answer, "REGISTER", SECRET)).isEqualTo(DigestAuthentication.Verdict.STALE);
    }

    @Test
    void aWrongSecretAForgedNonceOrAnotherRealmIsWrong() {
        Moving clock = new Moving();
        DigestAuthentication digest = new DigestAuthentication("larmcentral", clock);
        String nonce = digest.nonce();

        assertThat(digest.check(answer(nonce, "another-secret", "larmcentral"), "REGISTER", SECRET))
                .isEqualTo(DigestAuthentication.Verdict.WRONG);
        String forged = Long.toHexString(clock.millis()) + ".00000000000000000000000000000000";
        assertThat(digest.check(answer(forged, SECRET, "larmcentral"), "REGISTER", SECRET))
                .isEqualTo(DigestAuthentication.Verdict.WRONG);
        assertThat(digest.check(answer(nonce, SECRET, "elsewhere"), "REGISTER", SECRET))
                .isEqualTo(DigestAuthentication.Verdict.WRONG);
        assertThat(digest.check(answer("no-dot-at-all", SECRET, "larmcentral"), "REGISTER", SECRET))
                .isEqualTo(DigestAuthentication.Verdict.WRONG);
        // another front's nonce (another key) is not ours
        String theirs = new DigestAuthentication("larmcentral", clock).nonce();
        assertThat(digest.check(answer(theirs, SECRET, "larmcentral"), "REGISTER", SECRET))
                .isEqualTo(DigestAuthentication.Verdict.WRONG);
    }

    /** What a phone knowing {@code secret} answers to {@code nonce} (qop=auth). */
    private static DigestAuthentication.Answer answer(String nonce, String secret, String realm) {
        DigestAuthentication.Answer unsigned = new DigestAuthentication.Answer("desk-1", realm, nonce,
                "sip:127.0.0.1:5060", null, "auth", "f00d", "00000001");
        String response = DigestAuthentication.response(unsigned, "REGISTER", secret);
        return new DigestAuthentication.Answer("desk-1", realm, nonce, "sip:127.0.0.1:5060", response, "auth", "f00d",
                "00000001");
    }
}
