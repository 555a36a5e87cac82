package se.larmcentral.centre.lines;

import se.larmcentral.calls.AbandonCall;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.CallTransition;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.connect.Connection;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The calls whose telephone line the centre recorded lost ({@link LineEvent.LineLost}). A call's SIP dialog lives
 * only in the telephony front's memory, so when the process stops (restart, takeover) every call it held is cut
 * off; {@link #settleAfterRestart} records that once, so the journal does not keep showing them in the queue or on
 * a line that no longer exists.
 */
public final class Lines implements Projection {

    /** Who takes calls in over the telephone network: the telephony front. Its calls are the ones with a line. */
    public static final Actor TELEPHONY = new Actor("telephony", Actor.Kind.INTEGRATION);

    /** The states in which a telephony call still has its caller on the line (or may have). */
    private static final Set<CallState> ON_THE_LINE = Set.of(CallState.QUEUED, CallState.ANSWERED, CallState.CLASSIFIED);

    private final Map<String, LineEvent.LineLost> lost = new HashMap<>();

    @Override
    public void apply(Recorded recorded) {
        if (recorded.event() instanceof LineEvent.LineLost line) {
            lost.put(line.callId(), line);
        }
    }

    /** The call's line as recorded lost, if it was. */
    public Optional<LineEvent.LineLost> lost(String callId) {
        return Optional.ofNullable(lost.get(callId));
    }

    /**
     * The telephony calls a process that just started cannot hold the line of: taken in by {@link #TELEPHONY},
     * queued (ringing) or with an operator, not already recorded lost, and not connected on with the end recorded.
     * Read this before the telephony front takes any call in, and settle these ({@link #settleAfterRestart}).
     */
    public static List<String> heldBeforeStart(CentreState state) {
        return state.calls().calls().stream()
                .filter(call -> ON_THE_LINE.contains(call.state()) && takenInByTelephony(call))
                .filter(call -> state.lines().lost(call.id()).isEmpty())
                .filter(call -> state.connections().of(call.id()).map(c -> c.hungUpAt() == null).orElse(true))
                .sorted(Comparator.comparing(Call::queuedAt)).map(Call::id).toList();
    }

    /**
     * After a restart (or a takeover): each of {@code callIds} still on a line this process does not hold is recorded
     * {@link LineEvent.LineLost} with the reason, and a queued one abandoned in the same decision (the caller was cut
     * off while waiting). Calls settled meanwhile (abandoned, recorded lost) are left alone, so it happens once. The
     * calls settled; nothing recorded when none is left.
     */
    public static Command<CentreState, List<String>> settleAfterRestart(Collection<String> callIds) {
        List<String> ids = List.copyOf(callIds);
        return (state, now) -> {
            List<String> settled = new ArrayList<>();
            List<DomainEvent> events = new ArrayList<>();
            for (String id : ids) {
                Optional<Call> found = state.calls().call(id);
                if (found.isEmpty() || !ON_THE_LINE.contains(found.get().state()) || state.lines().lost(id).isPresent()) {
                    continue;
                }
                Call call = found.get();
                if (call.state() == CallState.QUEUED) {
                    events.addAll(new AbandonCall(id).decide(state.calls(), now).events());
                }
                events.add(new LineEvent.LineLost(id, call.state(), reason(call, state.connections().of(id))));
                settled.add(id);
            }
            return Decision.of(settled, events);
        };
    }

    private static String reason(Call call, Optional<Connection> connection) {
        if (call.state() == CallState.QUEUED) {
            return "the centre restarted while the call waited in the queue: its telephone line was not kept,"
                    + " so the caller was cut off before an answer";
        }
        if (connection.filter(c -> c.state() == Connection.State.CONNECTED).isPresent()) {
            return "the centre restarted while the caller was connected on to " + connection.get().number().national()
                    + ": the line was not kept, so when that call ended is not known";
        }
        return "the centre restarted while the call was with the operator: its telephone line, if the caller was still"
                + " on it, was not kept; call the caller back if the call was not finished";
    }

    private static boolean takenInByTelephony(Call call) {
        return call.transitions().stream().findFirst().map(CallTransition::operator)
                .filter(TELEPHONY.id()::equals).isPresent();
    }
}
