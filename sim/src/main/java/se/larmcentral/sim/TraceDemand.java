package se.larmcentral.sim;

import se.larmcentral.core.GeoPoint;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A replayed trace of calls (read from CSV by {@code file.TraceFileReader}). A duration the trace leaves out is
 * drawn from the scenario's service model, as for a generated call.
 */
public record TraceDemand(List<TraceCall> calls) implements Demand {

    public TraceDemand {
        calls = calls.stream().sorted(Comparator.comparing(TraceCall::at)).toList();
    }

    /**
     * One line of a trace; null durations (seconds) and a null transport are drawn from the service model.
     */
    public record TraceCall(Instant at, GeoPoint position, int priority, Double dispatchDelay, Double onScene,
                            Boolean transport, Double handover) {
    }

    @Override
    public CallSource start(Instant start, ZoneId zone, RandomStreams streams, ServiceModel model) {
        return new CallSource() {
            private int next;

            @Override
            public Optional<SimCall> next() {
                while (next < calls.size() && calls.get(next).at().isBefore(start)) {
                    next++;
                }
                if (next >= calls.size()) {
                    return Optional.empty();
                }
                TraceCall call = calls.get(next++);
                SimCall.CallDurations drawn = SimCall.CallDurations.draw(model, streams);
                SimCall.CallDurations durations = new SimCall.CallDurations(
                        call.dispatchDelay() != null ? call.dispatchDelay() : drawn.dispatchDelay(),
                        drawn.acknowledge(), drawn.turnoutAtStation(), drawn.turnoutMobile(),
                        call.onScene() != null ? call.onScene() : drawn.onScene(),
                        call.transport() != null ? call.transport() : drawn.transport(),
                        call.handover() != null ? call.handover() : drawn.handover());
                return Optional.of(new SimCall("T" + next, call.at(), call.position(), call.priority(), durations));
            }
        };
    }
}
