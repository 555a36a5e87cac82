package se.larmcentral.centre.desks;

import se.larmcentral.core.DomainEvent;

/** Who sits at which operator desk (arbetsplats): recorded, so the calls it was offered can be explained later. */
public sealed interface DeskEvent extends DomainEvent {

    /** An operator signed in at a desk: its phone rings with their calls. */
    record DeskTaken(String desk, String account) implements DeskEvent {
    }

    /** The operator left the desk: signed out, moved to another desk, or was released by a supervisor. */
    record DeskReleased(String desk, String account, String reason) implements DeskEvent {
    }

    /**
     * The desk's SIP phone changed state, as the telephony front saw it: registered or not, ringing for a call,
     * connected to a caller ({@code callId}: the call, or empty).
     */
    record DeskPhoneChanged(String desk, PhoneState state, String callId) implements DeskEvent {
    }
}
