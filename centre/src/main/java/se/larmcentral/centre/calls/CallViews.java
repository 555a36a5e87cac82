package se.larmcentral.centre.calls;

import se.larmcentral.core.Elapsed;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.CallUpdate;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.PhoneNumber;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Function;
import java.util.List;

/** What the calls endpoints answer. */
public final class CallViews {

    private CallViews() {
    }

    /**
     * One call as recorded, with what is derived from it at {@code at}.
     *
     * @param line             the dialled number as shown to an operator
     * @param municipalityCode chosen, else located from the correction, else located, else the direct number's; null: the operator must choose
     * @param waitSeconds      time in the queue: until answered or abandoned, or until now while queued
     * @param answerSeconds    answered − entered the queue; null while not answered
     * @param majorIncidents   the major incidents (särskilda händelser) whose area the call came from; empty when none
     */
    public record CallView(Call call, String line, String municipalityCode, double waitSeconds, Double answerSeconds,
                           Instant at, List<String> majorIncidents) {

        public static CallView of(Call call, Collection<String> majorIncidents, Instant at) {
            return new CallView(call, call.line().label(), call.municipalityCode().orElse(null),
                    seconds(call.waitAt(at)), call.answerTime().map(CallViews::seconds).orElse(null), at,
                    majorIncidents.stream().sorted().toList());
        }

        /** The call {@code callId} of the state, with its major-incident marks; refused (404) when there is none. */
        public static CallView of(CentreState state, String callId, Instant at) {
            Call call = state.calls().requireCall("callId", callId);
            return of(call, state.majorIncidents().marksOf(call.id()), at);
        }
    }

    /** A command's answer: what was done and the call afterwards. */
    public record CallReply(CallUpdate update, CallView call) {
    }

    /** One caller waiting in the queue; {@code majorIncidents} whose area the call came from (empty when none). */
    public record QueuedCall(String callId, String line, PhoneNumber callerNumber, Instant queuedAt, double waitSeconds,
                             boolean positionKnown, List<String> majorIncidents) {
    }

    /** The queue, longest waiting first. */
    public record Queue(Instant at, int waiting, List<QueuedCall> calls) {

        /** The queue with each call's major-incident marks ({@code marks} of a call id). */
        public static Queue of(Iterable<Call> calls, Function<String, Set<String>> marks, Instant at) {
            List<QueuedCall> queued = new java.util.ArrayList<>();
            for (Call call : calls) {
                if (call.state() == CallState.QUEUED) {
                    queued.add(new QueuedCall(call.id(), call.line().label(), call.callerNumber(), call.queuedAt(),
                            seconds(call.waitAt(at)), call.position().bestPoint().isPresent(),
                            marks.apply(call.id()).stream().sorted().toList()));
                }
            }
            queued.sort(Comparator.comparing(QueuedCall::queuedAt).thenComparing(QueuedCall::callId));
            return new Queue(at, queued.size(), queued);
        }
    }

    public static double seconds(Duration duration) {
        return Elapsed.seconds(duration);
    }
}
