package se.larmcentral.centre.dispatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.EndShift;
import se.larmcentral.dispatch.ShiftRoster;
import se.larmcentral.dispatch.StatusChange;
import se.larmcentral.dispatch.Unit;
import se.larmcentral.dispatch.UnitStatus;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.CommandSubmitter;
import se.larmcentral.centre.time.Scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts units in and out of service by their shifts: every {@link #PERIOD} (and once at start) it asks
 * {@link ShiftRoster#due} at the centre's clock and submits {@link se.larmcentral.dispatch.StartShift} /
 * {@link EndShift} as the system actor {@link #ACTOR}.
 *
 * <p>It acts on shift boundaries, not on every difference: a unit is changed when its shift has started or ended
 * since the previous tick (or, on the first tick after start-up, when its status disagrees with its shift, to catch
 * up on the time the server was down). So a shift started or ended by hand stands until the unit's next shift
 * boundary. A unit whose shift ends while it works on an incident is remembered and taken out of service once it
 * is free. Refusals (someone changed the unit in between) and an unavailable journal are logged; the next tick
 * tries again. It ticks on the centre's {@link Scheduler}: wall time in a server, virtual time in a simulation.
 */
public final class ShiftTimer {

    public static final Duration PERIOD = Duration.ofSeconds(30);
    public static final Actor ACTOR = new Actor("shift-timer", Actor.Kind.SYSTEM);

    private static final Logger LOG = LoggerFactory.getLogger(ShiftTimer.class);

    private final CommandSubmitter submitter;
    private final Clock clock;
    private final Map<String, Boolean> inShiftAtLastTick = new HashMap<>();
    private final Set<String> due = new HashSet<>();

    /** @param submitter the centre acting as {@link #ACTOR} */
    public ShiftTimer(CommandSubmitter submitter, Clock clock) {
        this.submitter = submitter;
        this.clock = clock;
    }

    /** Ticks now and then every {@code period} on the scheduler; it stops with the scheduler. */
    public ShiftTimer start(Scheduler scheduler, Duration period) {
        scheduler.every(Duration.ZERO, period, "shift timer", this::tickLogged);
        return this;
    }

    /** One tick: the shift changes due now, submitted; returns those that were made. */
    public synchronized List<StatusChange> tick() {
        Instant now = clock.instant();
        List<ShiftRoster.Change> changes = submitter.read(state -> select(state.dispatch(), now));
        List<StatusChange> made = new ArrayList<>(changes.size());
        for (ShiftRoster.Change change : changes) {
            Command<DispatchState, StatusChange> command = change.direction() == ShiftRoster.Change.Direction.START
                    ? new se.larmcentral.dispatch.StartShift(change.unitId()) : new EndShift(change.unitId());
            try {
                made.add(submitter.execute(command.on(CentreState::dispatch)));
                due.remove(change.unitId());
            } catch (RuntimeException e) {
                LOG.warn("shift {} of unit {} not made: {}", change.direction(), change.unitId(), e.getMessage());
            }
        }
        if (!made.isEmpty()) {
            LOG.info("shifts at {}: {}", now, made.stream().map(c -> c.unitId() + " " + c.to()).toList());
        }
        return made;
    }

    /** Marks the units whose shift started or ended since the last tick, and returns the due changes among them. */
    private List<ShiftRoster.Change> select(DispatchState state, Instant now) {
        boolean firstTick = inShiftAtLastTick.isEmpty();
        for (Unit unit : state.units()) {
            boolean inShift = unit.inShiftAt(now);
            Boolean before = inShiftAtLastTick.put(unit.id(), inShift);
            if (firstTick || before == null || before != inShift) {
                due.add(unit.id());
            }
            if (inShift == (unit.status() != UnitStatus.OUT_OF_SERVICE)) {
                due.remove(unit.id());
            }
        }
        return ShiftRoster.due(state, now).stream().filter(change -> due.contains(change.unitId())).toList();
    }

    private void tickLogged() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.warn("shift timer: {}", e.getMessage());
        }
    }
}
