package se.larmcentral.centre.desks;

import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.CallTransition;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.accounts.Account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The input of {@link CallOffers} as the centre's state gives it: the queue, and the desks whose operator is free.
 * An operator is busy from answering a call until it is handled (or closed); free since the later of taking the
 * desk and finishing their last call. A locked account's desk is offered nothing.
 */
public final class DeskAvailability {

    private DeskAvailability() {
    }

    /** The queued calls, with the desks each has rung at unanswered (the front's knowledge). */
    public static List<CallOffers.WaitingCall> waiting(CentreState state, Map<String, Set<String>> rangOutAt) {
        return state.calls().queuedCalls().stream()
                .map(call -> new CallOffers.WaitingCall(call.id(), call.line(), call.queuedAt(),
                        rangOutAt.getOrDefault(call.id(), Set.of())))
                .toList();
    }

    /** The signed-in operators not on a call, leaving out the desks in {@code ringing} (being offered a call now). */
    public static List<CallOffers.FreeDesk> free(CentreState state, Set<String> ringing, Instant now) {
        List<CallOffers.FreeDesk> free = new ArrayList<>();
        for (Desks.Seat seat : state.desks().seats()) {
            Optional<Account> account = state.accounts().find(seat.account());
            if (ringing.contains(seat.desk()) || account.isEmpty() || account.get().lockedAt(now)) {
                continue;
            }
            Instant freeSince = seat.takenAt();
            boolean busy = false;
            for (Call call : state.calls().calls()) {
                if (!seat.account().equals(answeredBy(call))) {
                    continue;
                }
                if (call.state() == CallState.ANSWERED || call.state() == CallState.CLASSIFIED) {
                    busy = true;
                    break;
                }
                Optional<Instant> finished = call.reachedAt(CallState.HANDLED).or(() -> call.reachedAt(CallState.CLOSED));
                if (finished.isPresent() && finished.get().isAfter(freeSince)) {
                    freeSince = finished.get();
                }
            }
            if (!busy) {
                free.add(new CallOffers.FreeDesk(seat.desk(), seat.account(), account.get().roles(), freeSince));
            }
        }
        return free;
    }

    /** Who answered the call last (it may have gone back to the queue and been answered again). */
    private static String answeredBy(Call call) {
        List<CallTransition> transitions = call.transitions();
        for (int i = transitions.size() - 1; i >= 0; i--) {
            if (transitions.get(i).to() == CallState.ANSWERED) {
                return transitions.get(i).operator();
            }
        }
        return null;
    }
}
