package se.larmcentral.centre.process;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.calls.CallEvent;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.CommandPort;
import se.larmcentral.centre.connect.Connections;
import se.larmcentral.centre.crisis.MajorIncidentMarking;
import se.larmcentral.centre.lines.Lines;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.Recorded;
import se.larmcentral.triage.TriageEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The process manager that ties a classified call to the rest of the centre ({@link CallProcess}: care call →
 * assessment → incident; social call → decision). It listens to what the journal made durable: each event about a
 * call (its classification, a position, a chosen municipality, a step of its triage assessment) makes it run the
 * call's due steps, one commit each, on a thread of its own, as the actor whose event triggered them.
 *
 * <p>Nothing of its own is stored: what is due is read from the state, so after a restart {@link #start} runs every
 * step a crash left undone, as {@link #ACTOR}, and first records the connecting-ons left open as failed and the
 * telephony calls still queued or with an operator as having lost their line (their SIP dialogs are gone with the
 * stop; {@link Lines}). Each step is decided on the writer thread against the state of the
 * moment and is idempotent, so a step run twice (a retry by hand, a resumed process, two triggers) happens once.
 * A refused step (no position yet, no municipality) is kept as the call's last outcome, and tried again on the
 * call's next event.
 */
public final class CallProcesses implements AutoCloseable {

    /** Who resumes the processes after a restart. */
    public static final Actor ACTOR = new Actor("centre-process", Actor.Kind.SYSTEM);
    private static final Logger LOG = LoggerFactory.getLogger(CallProcesses.class);
    private static final int OUTCOMES_KEPT = 10_000;

    /** What the steps run for a call did last: the follow-ups made, or the refusal of the step that failed. */
    public record Outcome(long triggeredBy, List<FollowUp> done, String failedStep, DomainException failure) {
    }

    /** Watches the steps run, for tests that stop the centre between two of them. */
    public interface StepObserver {
        void beforeStep(String callId, Command<CentreState, FollowUp> step);

        StepObserver NONE = (callId, step) -> {
        };
    }

    private final CommandPort port;
    private final StepObserver observer;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("centre-processes").daemon(true).unstarted(r));
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Outcome> eldest) {
            return size() > OUTCOMES_KEPT;
        }
    };
    private final MajorIncidentMarking marking;
    private final Object settled = new Object();
    private long settledThrough;

    /** @param port the centre's loop itself (not a port that waits for the processes: that would wait for itself) */
    public CallProcesses(CommandPort port, StepObserver observer) {
        this.port = port;
        this.observer = observer;
        this.marking = new MajorIncidentMarking(port, ACTOR);
    }

    /**
     * Runs every step due in the stored state (what a crash or a stop left undone), then follows the journal. Call it
     * after subscribing {@link #onCommitted}, with the journal's last sequence number at that moment.
     */
    public void start(long lastSequence) {
        List<String> due = port.read(state -> state.calls().calls().stream()
                .filter(call -> CallProcess.next(state, call.id()).isPresent()).map(call -> call.id()).toList());
        if (!due.isEmpty()) {
            LOG.info("resuming the processes of {} calls: {}", due.size(), due.size() > 10 ? due.subList(0, 10) + " ..." : due);
        }
        // read now, before the telephony front (started after the processes) takes any call in
        List<String> onLines = port.read(Lines::heldBeforeStart);
        worker.execute(() -> {
            settleConnections();
            settleLines(onLines);
            due.forEach(callId -> advance(callId, ACTOR, lastSequence));
            marking.start();
            markSettled(lastSequence);
        });
    }

    /** Connecting-ons a stop left open have lost their telephony lines: recorded failed, with the reason. */
    private void settleConnections() {
        try {
            List<String> settled = port.execute(ACTOR, Connections.settleAfterRestart().on(CentreState::connections));
            if (!settled.isEmpty()) {
                LOG.info("connecting-ons left open by a stop recorded failed: {}", settled);
            }
        } catch (RuntimeException e) {
            LOG.warn("connecting-ons left open by a stop not settled ({})", e.toString());
        }
    }

    /** Telephony calls a stop cut off: recorded lost, with the reason; the queued ones abandoned. */
    private void settleLines(List<String> onLines) {
        if (onLines.isEmpty()) {
            return;
        }
        try {
            List<String> settled = port.execute(ACTOR, Lines.settleAfterRestart(onLines));
            if (!settled.isEmpty()) {
                LOG.info("telephony calls whose lines a stop cut off recorded lost: {}", settled);
            }
        } catch (RuntimeException e) {
            LOG.warn("telephony calls whose lines a stop cut off not settled ({})", e.toString());
        }
    }

    /** Called by the command loop after each commit (on its writer thread): hands the events to the worker. */
    public void onCommitted(List<Recorded> events) {
        if (events.isEmpty() || worker.isShutdown()) {
            return; // closing: the steps these events start are resumed by start() at the next start
        }
        try {
            worker.execute(() -> follow(events));
        } catch (RejectedExecutionException closedMeanwhile) {
            LOG.debug("closing: the steps of events up to {} are left to the next start", events.getLast().sequence());
        }
    }

    private void follow(List<Recorded> events) {
        Map<String, Recorded> triggers = new LinkedHashMap<>();
        for (Recorded recorded : events) {
            callOf(recorded.event()).ifPresent(callId -> triggers.putIfAbsent(callId, recorded));
        }
        triggers.forEach((callId, trigger) -> advance(callId, trigger.actor(), trigger.sequence()));
        marking.onCommitted(events);
        markSettled(events.getLast().sequence());
    }

    /**
     * Waits until the steps started by every event up to {@code sequence} have run, for at most {@code timeout};
     * false when they have not by then (they go on all the same).
     */
    public boolean awaitSettled(long sequence, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (settled) {
            while (settledThrough < sequence) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(settled, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /** What the steps of the call did last, if they ran since this centre started. */
    public Optional<Outcome> outcome(String callId) {
        synchronized (outcomes) {
            return Optional.ofNullable(outcomes.get(callId));
        }
    }

    /** Runs the call's due steps in order until none is due or one is refused. */
    private void advance(String callId, Actor actor, long trigger) {
        List<FollowUp> done = new ArrayList<>();
        Set<String> ran = new LinkedHashSet<>();
        try {
            for (Optional<Command<CentreState, FollowUp>> step = port.read(s -> CallProcess.next(s, callId));
                 step.isPresent() && ran.add(step.get().getClass().getSimpleName());
                 step = port.read(s -> CallProcess.next(s, callId))) {
                observer.beforeStep(callId, step.get());
                try {
                    done.add(port.execute(actor, step.get()));
                } catch (DomainException e) {
                    remember(callId, new Outcome(trigger, done, stepName(step.get()), e));
                    LOG.debug("call {}: {} refused: {}", callId, stepName(step.get()), e.getMessage());
                    return;
                }
            }
            if (!done.isEmpty()) {
                remember(callId, new Outcome(trigger, done, null, null));
            }
        } catch (RuntimeException e) {
            LOG.warn("call {}: the process stopped: {}", callId, e.getMessage(), e);
        }
    }

    static String stepName(Command<CentreState, FollowUp> step) {
        return switch (step) {
            case StartCareAssessment s -> FollowUp.TRIAGE;
            case RouteSocialCall s -> FollowUp.SOCIAL;
            case CreateCareIncident s -> FollowUp.DISPATCH;
            case FollowCareIncident s -> FollowUp.DISPATCH;
            default -> step.getClass().getSimpleName();
        };
    }

    private void remember(String callId, Outcome outcome) {
        synchronized (outcomes) {
            outcomes.put(callId, outcome);
        }
    }

    private void markSettled(long sequence) {
        synchronized (settled) {
            settledThrough = Math.max(settledThrough, sequence);
            settled.notifyAll();
        }
    }

    /** The call an event concerns, when it can move the call's process on. */
    private static Optional<String> callOf(DomainEvent event) {
        return switch (event) {
            case CallEvent.CallClassified e -> Optional.of(e.callId());
            case CallEvent.CallReclassified e -> Optional.of(e.callId());
            case CallEvent.PositionReported e -> Optional.of(e.callId());
            case CallEvent.PositionCorrected e -> Optional.of(e.callId());
            case CallEvent.MunicipalityChosen e -> Optional.of(e.callId());
            case TriageEvent e -> Optional.of(e.caseId());
            default -> Optional.empty();
        };
    }

    /** Stops after the step in hand; it is not interrupted (it may be inside the journal's database). */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
