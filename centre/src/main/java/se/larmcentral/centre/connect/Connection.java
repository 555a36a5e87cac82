package se.larmcentral.centre.connect;

import se.larmcentral.core.PhoneNumber;

import java.time.Instant;

/**
 * The latest connecting-on of a call: to which number, asked by whom when, and how it went. {@code endedAt} is when
 * it was settled (connected or failed); once a connected call is over, {@code hungUpAt} says when and
 * {@code hungUpBy} who hung up (both null before).
 */
public record Connection(String callId, PhoneNumber number, String requestedBy, Instant requestedAt, State state,
                         ConnectFailure failure, String reason, Instant endedAt, ConnectedParty hungUpBy,
                         Instant hungUpAt) {

    public enum State {
        /** Asked for; the telephony is ringing the number. */
        REQUESTED,
        /** The number answered; the caller is (or was, once {@code hungUpAt} is set) connected to it. */
        CONNECTED,
        /** Not reached; {@code failure} and {@code reason} say why. */
        FAILED
    }
}
