package se.larmcentral.centre.connect;

import se.larmcentral.core.PhoneNumber;

import java.time.Instant;

/** The latest connecting-on of a call: to which number, asked by whom when, and how it went. */
public record Connection(String callId, PhoneNumber number, String requestedBy, Instant requestedAt, State state,
                         ConnectFailure failure, String reason, Instant endedAt) {

    public enum State {
        /** Asked for; the telephony is ringing the number. */
        REQUESTED,
        /** The number answered; the caller is connected to it. */
        CONNECTED,
        /** Not reached; {@code failure} and {@code reason} say why. */
        FAILED
    }
}
