package se.larmcentral.sim;

import se.larmcentral.core.InvalidInputException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Calls as a non-homogeneous Poisson process: {@code callsPerHour} on average, shaped by an hour-of-week profile
 * (168 relative factors, Monday 00-01 local time first; normalised so their mean is 1), drawn by thinning. Each call's
 * place is drawn from the demand points by weight and its priority from the mix.
 *
 * @param priorityMix the share of priorities 1, 2, 3 and 4 (four numbers summing to 1)
 */
public record PoissonDemand(double callsPerHour, double[] hourOfWeek, List<DemandPoint> points, double[] priorityMix)
        implements Demand {

    public static final int HOURS_OF_WEEK = 168;

    public PoissonDemand {
        if (!(callsPerHour > 0)) {
            throw new InvalidInputException("calls-per-hour", "must be more than 0, was " + callsPerHour);
        }
        if (hourOfWeek == null) {
            hourOfWeek = flat();
        }
        if (hourOfWeek.length != HOURS_OF_WEEK) {
            throw new InvalidInputException("hour-of-week", "needs 168 factors (24 per day, Monday first), has " + hourOfWeek.length);
        }
        double mean = Arrays.stream(hourOfWeek).average().orElse(0);
        if (!(mean > 0) || Arrays.stream(hourOfWeek).anyMatch(f -> f < 0)) {
            throw new InvalidInputException("hour-of-week", "factors must be zero or more, and not all zero");
        }
        hourOfWeek = Arrays.stream(hourOfWeek).map(f -> f / mean).toArray();
        if (points == null || points.isEmpty()) {
            throw new InvalidInputException("places", "needs at least one demand point");
        }
        points = List.copyOf(points);
        if (priorityMix == null || priorityMix.length != 4 || Arrays.stream(priorityMix).anyMatch(p -> p < 0)
                || Math.abs(Arrays.stream(priorityMix).sum() - 1) > 1e-6) {
            throw new InvalidInputException("priority-mix", "needs the shares of priorities 1, 2, 3 and 4, each 0 or more, summing to 1");
        }
        priorityMix = priorityMix.clone();
    }

    public static double[] flat() {
        double[] flat = new double[HOURS_OF_WEEK];
        Arrays.fill(flat, 1);
        return flat;
    }

    /** The hour-of-week index (0 = Monday 00:00-01:00) of an instant in {@code zone}. */
    public static int hourOfWeek(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return (local.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()) * 24 + local.getHour();
    }

    @Override
    public CallSource start(Instant start, ZoneId zone, RandomStreams streams, ServiceModel model) {
        double maxFactor = Arrays.stream(hourOfWeek).max().orElseThrow();
        double maxRatePerSecond = callsPerHour * maxFactor / 3600;
        double[] cumulative = new double[points.size()];
        double total = 0;
        for (int i = 0; i < points.size(); i++) {
            total += points.get(i).weight();
            cumulative[i] = total;
        }
        double totalWeight = total;
        return new CallSource() {
            private double seconds;
            private long count;

            @Override
            public Optional<SimCall> next() {
                Instant at;
                do {
                    seconds += -Math.log(1 - streams.arrivals().nextDouble()) / maxRatePerSecond;
                    at = start.plus(Duration.ofNanos(Math.round(seconds * 1e9)));
                } while (streams.arrivals().nextDouble() * maxFactor >= hourOfWeek[hourOfWeek(at, zone)]);
                int place = Arrays.binarySearch(cumulative, streams.places().nextDouble() * totalWeight);
                place = place >= 0 ? Math.min(place + 1, cumulative.length - 1) : -place - 1;
                double u = streams.priorities().nextDouble();
                int priority = 1;
                double acc = priorityMix[0];
                while (priority < 4 && u >= acc) {
                    acc += priorityMix[priority];
                    priority++;
                }
                count++;
                return Optional.of(new SimCall("C" + count, at, points.get(place).position(), priority,
                        SimCall.CallDurations.draw(model, streams)));
            }
        };
    }
}
