package se.larmcentral.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Steps planned at instants of a clock, run when they are due: the demo's callers act on the centre's clock, so a
 * test moves the clock and runs the due steps instead of sleeping. Not thread-safe: one caller drives it.
 */
final class DemoAgenda {

    /** A step: what it is (for the log) and what it does. */
    record Step(Instant due, long order, String what, Runnable action) {
    }

    private final PriorityQueue<Step> steps = new PriorityQueue<>(
            Comparator.comparing(Step::due).thenComparingLong(Step::order));
    private long planned;

    void plan(Instant due, String what, Runnable action) {
        steps.add(new Step(due, planned++, what, action));
    }

    /** Takes the steps due at {@code now} out of the agenda, earliest first. */
    List<Step> takeDue(Instant now) {
        List<Step> due = new ArrayList<>();
        while (!steps.isEmpty() && !steps.peek().due().isAfter(now)) {
            due.add(steps.poll());
        }
        return due;
    }

    int size() {
        return steps.size();
    }
}
