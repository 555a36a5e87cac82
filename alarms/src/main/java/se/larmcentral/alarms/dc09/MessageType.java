package se.larmcentral.alarms.dc09;

import java.util.Arrays;
import java.util.Optional;

/** The DC-09 message tokens this receiver takes: an event in SIA DC-03 or Contact ID, or a link test. */
public enum MessageType {
    SIA_DCS("SIA-DCS"),
    ADM_CID("ADM-CID"),
    /** A link test (supervision) with no event. */
    NULL("NULL");

    private final String token;

    MessageType(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    static Optional<MessageType> of(String token) {
        return Arrays.stream(values()).filter(t -> t.token.equals(token)).findFirst();
    }
}
