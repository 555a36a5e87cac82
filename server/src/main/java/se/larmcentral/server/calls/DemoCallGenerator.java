package se.larmcentral.server.calls;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.calls.AbandonCall;
import se.larmcentral.calls.AnswerCall;
import se.larmcentral.calls.AttachPosition;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallsState;
import se.larmcentral.calls.ChooseMunicipality;
import se.larmcentral.calls.Classification;
import se.larmcentral.calls.ClassifyCall;
import se.larmcentral.calls.CloseCall;
import se.larmcentral.calls.DialledLine;
import se.larmcentral.calls.IntakeCall;
import se.larmcentral.calls.MarkHandled;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.calls.PositionSource;
import se.larmcentral.calls.ReportedPosition;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.server.centre.CentreState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The demo's callers: while {@code ./larm demo} runs, a call arrives every 20-40 s (seeded random) on 112 (some on
 * 113 13) from somewhere in Stockholm County, with an AML position. Most are answered within seconds, some after
 * more than 15 s, a few are abandoned; answered calls are classified (care, social and other mixes, through the
 * same follow-ups as the API), handled and closed, so the answer-time figures move. Acts as the system actor
 * {@code demo-caller-simulator}; stops when the server closes.
 */
public final class DemoCallGenerator implements AutoCloseable {

    public static final Actor ACTOR = new Actor("demo-caller-simulator", Actor.Kind.SYSTEM);
    private static final Logger LOG = LoggerFactory.getLogger(DemoCallGenerator.class);
    private static final List<String> CRISIS_TOPICS = List.of("storm", "power cut", "drinking water", "flooding");

    private final DemoAgenda agenda = new DemoAgenda();
    private final CommandSubmitter submitter;
    private final CallFollowUps followUps;
    private final MunicipalityLookup lookup;
    private final Clock clock;
    private final Random random;
    private final String runId;
    private ScheduledExecutorService scheduler;
    private int made;

    /** A generator that acts only when {@link #tick} is called; the first call is due 20-40 s from now. */
    DemoCallGenerator(CommandSubmitter submitter, CallFollowUps followUps, MunicipalityLookup lookup, Clock clock,
                      long seed) {
        this.submitter = submitter;
        this.followUps = followUps;
        this.lookup = lookup;
        this.clock = clock;
        this.random = new Random(seed);
        this.runId = Long.toString(clock.millis(), 36).toUpperCase();
        planNextCall();
    }

    /** Starts making calls on the centre's loop, looking every second for what is due; the first arrives 20-40 s from now. */
    public static DemoCallGenerator start(CommandLoop<CentreState> loop, CallsApi calls, Clock clock) {
        DemoCallGenerator generator = new DemoCallGenerator(CommandSubmitter.of(loop, ACTOR, Duration.ofSeconds(30)),
                calls.followUps(), calls.lookup(), clock, 112);
        generator.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "demo-call-generator");
            thread.setDaemon(true);
            return thread;
        });
        generator.scheduler.scheduleWithFixedDelay(generator::tick, 1, 1, TimeUnit.SECONDS);
        return generator;
    }

    /** Runs every step due at the clock's instant (steps they plan that are already due run too). */
    synchronized void tick() {
        List<DemoAgenda.Step> due = agenda.takeDue(clock.instant());
        while (!due.isEmpty()) {
            due.forEach(step -> step(step.what(), step.action()));
            due = agenda.takeDue(clock.instant());
        }
    }

    private void planNextCall() {
        later(20 + random.nextInt(21), "a new call", () -> {
            planNextCall();
            newCall();
        });
    }

    private void newCall() {
        String callId = "DEMO-" + runId + "-" + (++made);
        boolean crisis = random.nextInt(10) == 0;
        DialledLine line = DialledLine.service(crisis ? ServiceNumber.CRISIS_INFORMATION_113_13 : ServiceNumber.EMERGENCY_112);
        PhoneNumber caller = PhoneNumber.parse("callerNumber", "+4670" + (1_000_000 + random.nextInt(8_999_999)));
        Instant queuedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        execute(new IntakeCall(callId, line, caller, queuedAt));
        GeoPoint point = new GeoPoint(59.20 + random.nextDouble() * 0.35, 17.75 + random.nextDouble() * 0.55);
        ReportedPosition position = new ReportedPosition(point, 10.0 + random.nextInt(40), 68, PositionSource.AML_SMS,
                "GNSS", queuedAt, null);
        execute(new AttachPosition(callId, position, lookup.locate(position)));
        int roll = random.nextInt(100);
        if (roll < 5) {
            later(10 + random.nextInt(30), "abandon " + callId, () -> execute(new AbandonCall(callId)));
            return;
        }
        int answerAfter = roll < 15 ? 16 + random.nextInt(10) : 2 + random.nextInt(9);
        later(answerAfter, "answer " + callId, () -> {
            execute(new AnswerCall(callId));
            later(15 + random.nextInt(30), "classify " + callId, () -> classify(callId, crisis));
        });
    }

    private void classify(String callId, boolean crisis) {
        Classification kind = crisis ? Classification.CRISIS_INFORMATION_113_13 : pick();
        String topic = crisis ? CRISIS_TOPICS.get(random.nextInt(CRISIS_TOPICS.size())) : null;
        Call call = submitter.read(s -> s.calls().requireCall("callId", callId));
        if (kind == Classification.SOCIAL && call.municipalityCode().isEmpty()) {
            execute(new ChooseMunicipality(callId, "0180", "Stockholm", "the caller says Stockholm"));
        }
        try {
            followUps.classify(submitter, new ClassifyCall(callId, kind, "demo call", topic, null));
        } catch (DomainException e) {
            LOG.warn("demo call generator: classify {}: {}", callId, e.getMessage());
        }
        later(20 + random.nextInt(60), "handle " + callId, () -> {
            execute(new MarkHandled(callId, "demo: " + kind.name().toLowerCase().replace('_', ' ') + " handled"));
            later(5 + random.nextInt(20), "close " + callId, () -> execute(new CloseCall(callId)));
        });
    }

    private Classification pick() {
        int roll = random.nextInt(100);
        if (roll < 35) {
            return Classification.CARE;
        }
        if (roll < 50) {
            return Classification.SOCIAL;
        }
        if (roll < 60) {
            return Classification.POLICE;
        }
        if (roll < 65) {
            return Classification.RESCUE_SERVICE;
        }
        return Classification.NOT_AN_EMERGENCY;
    }

    private void later(int seconds, String what, Runnable action) {
        agenda.plan(clock.instant().plusSeconds(seconds), what, action);
    }

    /** A refused or failed step is logged; the generator goes on with the next call. */
    private void step(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warn("demo call generator: {} failed: {}", what, e.getMessage());
        }
    }

    private void execute(Command<CallsState, ?> command) {
        submitter.execute(command.on(CentreState::calls));
    }

    @Override
    public void close() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
