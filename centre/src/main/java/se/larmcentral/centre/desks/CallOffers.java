package se.larmcentral.centre.desks;

import se.larmcentral.calls.DialledLine;
import se.larmcentral.centre.accounts.Role;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Automatic call distribution (ACD, samtalsfördelning): which waiting call rings at which free desk. A pure
 * function of the queue and the desks, so that it can be tested as a table and explained afterwards.
 * <ul>
 *   <li>calls in order: 112 before every other number (a life may hang on it), then the longest waiting;</li>
 *   <li>each to the free desk whose operator has been free longest, among those whose role handles the number
 *       ({@link #handles}) and that have not let this call ring out already;</li>
 *   <li>each desk gets one call at most; a call no desk may take waits.</li>
 * </ul>
 */
public final class CallOffers {

    private CallOffers() {
    }

    /** A call waiting for an operator; {@code rangOutAt}: desks it rang at unanswered (it goes to the next). */
    public record WaitingCall(String callId, DialledLine line, Instant queuedAt, Set<String> rangOutAt) {
        public WaitingCall {
            rangOutAt = Set.copyOf(rangOutAt);
        }
    }

    /** A desk with a signed-in operator who is free (not on a call, not being rung) since {@code freeSince}. */
    public record FreeDesk(String desk, String account, Set<Role> roles, Instant freeSince) {
        public FreeDesk {
            roles = Set.copyOf(roles);
        }
    }

    /** The call to ring at the desk, for its operator. */
    public record Offer(String callId, String desk, String account) {
    }

    public static List<Offer> offer(List<WaitingCall> queue, List<FreeDesk> desks, Instant now) {
        List<WaitingCall> calls = queue.stream()
                .sorted(Comparator.comparing((WaitingCall c) -> !c.line().isEmergency112())
                        .thenComparing(WaitingCall::queuedAt).thenComparing(WaitingCall::callId))
                .toList();
        List<FreeDesk> free = desks.stream()
                .filter(d -> !d.freeSince().isAfter(now))
                .sorted(Comparator.comparing(FreeDesk::freeSince).thenComparing(FreeDesk::desk))
                .toList();
        Set<String> taken = new HashSet<>();
        List<Offer> offers = new ArrayList<>();
        for (WaitingCall call : calls) {
            for (FreeDesk desk : free) {
                if (!taken.contains(desk.desk()) && !call.rangOutAt().contains(desk.desk())
                        && handles(desk.roles(), call.line())) {
                    taken.add(desk.desk());
                    offers.add(new Offer(call.callId(), desk.desk(), desk.account()));
                    break;
                }
            }
        }
        return offers;
    }

    /**
     * Who answers a number: the call-takers answer every line the centre has (112, 113 13 from the approved
     * crisis messages, 116 000's intake, a municipality's direct number that needs an operator). A supervisor,
     * a dispatcher or a nurse signed in at a desk is offered none: they take calls over from a call-taker.
     */
    public static boolean handles(Set<Role> roles, DialledLine line) {
        return roles.contains(Role.CALL_TAKER);
    }
}
