package se.larmcentral.telephony;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.CommandPort;
import se.larmcentral.centre.desks.Desks;
import se.larmcentral.centre.desks.PhoneState;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;

/**
 * Each configured desk phone's state reported to the centre ({@code centre.DeskPhoneChanged}), so the console shows
 * it live: unregistered, idle, ringing for a call, connected to a caller, the caller on hold. Reconciled, not event-driven: the front's
 * registrations and desk legs are compared with what the centre last recorded and only a difference is recorded,
 * after each change and on the front's half-second timer (so a restart reports the phones as they are).
 */
final class PhoneStates {

    private static final Logger LOG = LoggerFactory.getLogger(PhoneStates.class);

    private final CommandPort centre;
    private final List<String> desks;
    private final DeskRegistrar registrar;
    private final ExecutorService centreWork;
    private volatile DeskCalls legs;

    PhoneStates(CommandPort centre, List<String> desks, DeskRegistrar registrar, ExecutorService centreWork) {
        this.centre = centre;
        this.desks = List.copyOf(desks);
        this.registrar = registrar;
        this.centreWork = centreWork;
    }

    void attach(DeskCalls deskCalls) {
        this.legs = deskCalls;
    }

    /** Compares and records on the worker. */
    void syncSoon() {
        try {
            centreWork.execute(this::sync);
        } catch (RejectedExecutionException e) {
            // stopping
        }
    }

    private void sync() {
        DeskCalls deskCalls = legs;
        if (desks.isEmpty() || deskCalls == null) {
            return;
        }
        try {
            Map<String, Desks.Phone> recorded = centre.read(state -> desks.stream()
                    .collect(Collectors.toMap(desk -> desk, desk -> state.desks().phone(desk))));
            Map<String, DeskCalls.Leg> active = deskCalls.activeByDesk();
            for (String desk : desks) {
                DeskCalls.Leg leg = active.get(desk);
                PhoneState now = leg != null ? (leg.state == DeskCalls.LegState.CONNECTED
                        ? (leg.onHold ? PhoneState.ON_HOLD : PhoneState.CONNECTED) : PhoneState.RINGING) : registrar.contact(desk).isPresent() ? PhoneState.IDLE : PhoneState.UNREGISTERED;
                String callId = leg == null ? "" : leg.callId;
                Desks.Phone last = recorded.get(desk);
                if (last.state() != now || !last.callId().equals(callId)) {
                    centre.execute(InboundCalls.ACTOR, Desks.phoneIs(desk, now, callId).on(CentreState::desks));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("SIP desks: phone states not recorded ({})", e.toString());
        }
    }
}
