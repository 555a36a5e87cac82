package se.larmcentral.centre.calls;

import se.larmcentral.core.Elapsed;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.CallUpdate;
import se.larmcentral.core.PhoneNumber;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
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
     */
    public record CallView(Call call, String line, String municipalityCode, double waitSeconds, Double answerSeconds,
                           Instant at) {

        public static CallView of(Call call, Instant at) {
            return new CallView(call, call.line().label(), call.municipalityCode().orElse(null),
                    seconds(call.waitAt(at)), call.answerTime().map(CallViews::seconds).orElse(null), at);
        }
    }

    /** A command's answer: what was done and the call afterwards. */
    public record CallReply(CallUpdate update, CallView call) {
    }

    /** One caller waiting in the queue. */
    public record QueuedCall(String callId, String line, PhoneNumber callerNumber, Instant queuedAt, double waitSeconds,
                             boolean positionKnown) {
    }

    /** The queue, longest waiting first. */
    public record Queue(Instant at, int waiting, List<QueuedCall> calls) {

        public static Queue of(Iterable<Call> calls, Instant at) {
            List<QueuedCall> queued = new java.util.ArrayList<>();
            for (Call call : calls) {
                if (call.state() == CallState.QUEUED) {
                    queued.add(new QueuedCall(call.id(), call.line().label(), call.callerNumber(), call.queuedAt(),
                            seconds(call.waitAt(at)), call.position().bestPoint().isPresent()));
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
