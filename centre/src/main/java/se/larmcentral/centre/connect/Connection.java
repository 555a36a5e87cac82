package se.larmcentral.centre.connect;

import se.larmcentral.core.PhoneNumber;

import java.time.Instant;

/**
 * The latest connecting-on of a call: to which number, asked by whom when, whether the operator consults the number
 * first ({@code attended}), and how it went. {@code endedAt} is when it was settled (connected, failed or
 * cancelled); once a connected call is over, {@code hungUpAt} says when and {@code hungUpBy} who hung up (both null
 * before).
 */
public record Connection(String callId, PhoneNumber number, String requestedBy, Instant requestedAt, boolean attended,
                         State state, ConnectFailure failure, String reason, Instant endedAt, ConnectedParty hungUpBy,
                         Instant hungUpAt) {

    public enum State {
        /** Asked for; the telephony is ringing the number (attended: the caller on hold meanwhile). */
        REQUESTED,
        /** Attended: the number answered and talks with the operator; the caller on hold. */
        CONSULTING,
        /** Attended: the operator pressed Koppla nu; the telephony joins the caller to the number. */
        COMPLETING,
        /** The number answered; the caller is (or was, once {@code hungUpAt} is set) connected to it. */
        CONNECTED,
        /** Not reached; {@code failure} and {@code reason} say why. */
        FAILED,
        /** Attended: the operator ended the consultation; the caller is back with them. */
        CANCELLED;

        /** Whether a connecting-on in this state is over without the caller connected (another may be asked). */
        public boolean settledWithoutConnecting() {
            return this == FAILED || this == CANCELLED;
        }
    }

    Connection in(State next, Instant at) {
        return new Connection(callId, number, requestedBy, requestedAt, attended, next, failure, reason, at, hungUpBy, hungUpAt);
    }
}
