package se.larmcentral.sim;

import java.util.SplittableRandom;

/**
 * One random stream per purpose, all split from one seed in a fixed order: the same seed gives the same run bit for
 * bit, and a change in how one purpose draws (a policy making more assignments) never shifts another's numbers.
 */
public final class RandomStreams {

    private final SplittableRandom arrivals;
    private final SplittableRandom places;
    private final SplittableRandom priorities;
    private final SplittableRandom dispatchDelay;
    private final SplittableRandom acknowledge;
    private final SplittableRandom turnout;
    private final SplittableRandom onScene;
    private final SplittableRandom transport;
    private final SplittableRandom handover;

    public RandomStreams(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        arrivals = root.split();
        places = root.split();
        priorities = root.split();
        dispatchDelay = root.split();
        acknowledge = root.split();
        turnout = root.split();
        onScene = root.split();
        transport = root.split();
        handover = root.split();
    }

    /** The seed of replication {@code r} (0-based) of a run seeded {@code seed}; replication 0 uses the seed itself. */
    public static long replicationSeed(long seed, int r) {
        if (r == 0) {
            return seed;
        }
        SplittableRandom random = new SplittableRandom(seed);
        long s = seed;
        for (int i = 0; i < r; i++) {
            s = random.nextLong();
        }
        return s;
    }

    public SplittableRandom arrivals() {
        return arrivals;
    }

    public SplittableRandom places() {
        return places;
    }

    public SplittableRandom priorities() {
        return priorities;
    }

    public SplittableRandom dispatchDelay() {
        return dispatchDelay;
    }

    public SplittableRandom acknowledge() {
        return acknowledge;
    }

    public SplittableRandom turnout() {
        return turnout;
    }

    public SplittableRandom onScene() {
        return onScene;
    }

    public SplittableRandom transport() {
        return transport;
    }

    public SplittableRandom handover() {
        return handover;
    }
}
