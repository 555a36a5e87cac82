package se.larmcentral.centre.connect;

import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.PhoneNumber;

import java.time.Duration;

/**
 * Connecting a caller on to another number (koppla vidare), e.g. a social call to the socialjour's number the
 * routing decided: asked for by the operator, then done or failed as the telephony says.
 */
public sealed interface ConnectEvent extends DomainEvent {

    /** The operator ({@code account}) asked for the caller to be connected to {@code number}. */
    record ConnectRequested(String callId, PhoneNumber number, String account) implements ConnectEvent {
    }

    /** The number answered: the caller talks to it now, and the operator's phone is free. */
    record ConnectSucceeded(String callId, PhoneNumber number) implements ConnectEvent {
    }

    /** The number was not reached; the caller stays with the operator. {@code reason} in words for the operator. */
    record ConnectFailed(String callId, PhoneNumber number, ConnectFailure failure, String reason) implements ConnectEvent {
    }

    /**
     * The operator ({@code account}) asked to speak to {@code number} first (attended Koppla, konsultation): the
     * caller is put on hold while it rings. Its outcome is {@link ConsultAnswered} or {@link ConnectFailed}.
     */
    record ConsultStarted(String callId, PhoneNumber number, String account) implements ConnectEvent {
    }

    /** The number answered the operator's consultation: they talk, the caller still on hold. */
    record ConsultAnswered(String callId, PhoneNumber number) implements ConnectEvent {
    }

    /**
     * The operator ({@code account}) joins the caller to the number consulted; the telephony records
     * {@link ConnectSucceeded} once the caller is connected to it (or {@link ConnectFailed}).
     */
    record ConsultCompleted(String callId, PhoneNumber number, String account) implements ConnectEvent {
    }

    /** The operator ({@code account}) ended the consultation: the number is hung up, the caller back with them. */
    record ConsultCancelled(String callId, PhoneNumber number, String account) implements ConnectEvent {
    }

    /**
     * The connected call is over: {@code hungUp} ended it, {@code connectedFor} after the number answered. From then
     * the caller is no longer on the line.
     */
    record ConnectedCallEnded(String callId, PhoneNumber number, ConnectedParty hungUp, Duration connectedFor)
            implements ConnectEvent {
    }
}
