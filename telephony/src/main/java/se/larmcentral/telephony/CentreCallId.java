package se.larmcentral.telephony;

import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The centre's id of a SIP call: {@code sip-} and a digest of its Call-ID, so the same SIP call always gives the
 * same id (an INVITE the trunk sends again after a restart is the same intake, which records nothing twice) while
 * the peer's Call-ID itself, of any length and character, never reaches the journal.
 */
final class CentreCallId {

    private CentreCallId() {
    }

    static String of(Request request) {
        return of(((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId());
    }

    static String of(String sipCallId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sipCallId.getBytes(StandardCharsets.UTF_8));
            return "sip-" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
