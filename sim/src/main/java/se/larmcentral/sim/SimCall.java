package se.larmcentral.sim;

import se.larmcentral.core.GeoPoint;

import java.time.Instant;

/**
 * One simulated call, with every random duration it will need drawn when it is made (so that two policies run on
 * the same seed see the same calls with the same durations: common random numbers).
 *
 * @param arrival          when the call entered the queue
 * @param durations        the crew's and operator's times for this call, in seconds
 */
public record SimCall(String id, Instant arrival, GeoPoint position, int priority, CallDurations durations) {

    /**
     * Seconds. {@code transport} decides whether the patient goes to hospital.
     */
    public record CallDurations(double dispatchDelay, double acknowledge, double turnoutAtStation,
                                double turnoutMobile, double onScene, boolean transport, double handover) {

        public static CallDurations draw(ServiceModel model, RandomStreams streams) {
            return new CallDurations(model.dispatchDelay().sample(streams.dispatchDelay()),
                    model.acknowledge().sample(streams.acknowledge()),
                    model.turnoutAtStation().sample(streams.turnout()),
                    model.turnoutMobile().sample(streams.turnout()),
                    model.onScene().sample(streams.onScene()),
                    streams.transport().nextDouble() < model.transportProbability(),
                    model.handover().sample(streams.handover()));
        }
    }
}
