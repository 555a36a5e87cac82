package se.larmcentral.demo;



import se.larmcentral.centre.CommandSubmitter;
import se.larmcentral.centre.process.CallFollowUps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.calls.AbandonCall;
import se.larmcentral.calls.AnswerCall;
import se.larmcentral.calls.AttachPosition;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
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
import se.larmcentral.dispatch.AssignUnit;
import se.larmcentral.dispatch.Candidate;
import se.larmcentral.dispatch.Incident;
import se.larmcentral.dispatch.IncidentStatus;
import se.larmcentral.dispatch.Milestone;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.process.CreateCareIncident;
import se.larmcentral.centre.time.Scheduler;
import se.larmcentral.centre.CentreState;
import se.larmcentral.config.Settings;
import se.larmcentral.centre.dispatch.DispatchAdvice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The demo's callers: while {@code ./larm demo} runs, a call arrives every 20-40 s (seeded random) on 112 (some on
 * 113 13) from somewhere in Stockholm County, with an AML position, so the answer-time figures move.
 *
 * <p>People come first. The simulated call-taker answers only calls that have waited
 * {@link Settings.DemoCallers#answerAfterSeconds} (never, at 0); a caller nobody answers hangs up after a few
 * minutes, and a few hang up early. What it answered it classifies (care, social and other mixes, through the same
 * follow-ups as the API), handles and closes; one care call in {@link #INCIDENT_ONE_IN} it carries through the
 * triage interview to a dispatch incident with a priority, which it leaves to a person at the dispatch desk for
 * {@link Settings.DemoCallers#assignAfterMinutes} before sending the recommended unit itself. The crews of units
 * sent to its incidents are simulated too ({@link DemoCrews}).
 *
 * <p>A call (or unit) a person took over in the meantime is theirs: the step planned for it is dropped without a
 * word. Only failures no one caused are logged, once per kind ({@link DemoFailures}). Acts as the system actor
 * {@code demo-caller-simulator}; ticks on the centre's scheduler and stops with it.
 */
public final class DemoCallGenerator {

    /** Where the simulated callers ring from: positions drawn evenly over this box (degrees). */
    private static final double SOUTH = 59.20, WEST = 17.75, NORTH = 59.55, EAST = 18.30;
    /** The same box as the move-up setting {@code dispatch.moveUp.demandArea} takes it: demand where the calls come from. */
    public static final String AREA = SOUTH + "," + WEST + "," + NORTH + "," + EAST;


    public static final Actor ACTOR = new Actor("demo-caller-simulator", Actor.Kind.SYSTEM);
    /** One simulated care call in this many becomes a dispatch incident. */
    static final int INCIDENT_ONE_IN = 4;
    /** A caller nobody answers hangs up after this long and up to as long again. */
    static final int PATIENCE_SECONDS = 120;
    private static final Logger LOG = LoggerFactory.getLogger(DemoCallGenerator.class);
    private static final List<String> CRISIS_TOPICS = List.of("storm", "power cut", "drinking water", "flooding");

    /** The unit to send to an incident nobody has sent one to: the recommendation's first, if any. */
    interface UnitChooser {
        Optional<String> best(String incidentId, Instant now);
    }

    private final DemoAgenda agenda = new DemoAgenda();
    private final DemoFailures failures = new DemoFailures();
    private final CommandSubmitter submitter;
    private final CallFollowUps followUps;
    private final MunicipalityLookup lookup;
    private final Clock clock;
    private final Random random;
    private final String runId;
    private final Settings.DemoCallers settings;
    private final UnitChooser chooser;
    private final DemoCrews crews;
    private int made;

    /**
     * A generator that acts only when {@link #tick} is called; the first call is due 20-40 s from now (none when the
     * settings switch the callers off).
     *
     * @param deviceUnit the unit a person may drive as the demo's unit device (its crew is left to them a while)
     */
    DemoCallGenerator(CommandSubmitter submitter, CallFollowUps followUps, MunicipalityLookup lookup, Clock clock,
                      long seed, Settings.DemoCallers settings, UnitChooser chooser, String deviceUnit) {
        this.submitter = submitter;
        this.followUps = followUps;
        this.lookup = lookup;
        this.clock = clock;
        this.random = new Random(seed);
        this.runId = Long.toString(clock.millis(), 36).toUpperCase();
        this.settings = settings;
        this.chooser = chooser;
        this.crews = new DemoCrews(submitter, deviceUnit);
        if (settings.enabled()) {
            resumeLeftWork();
            planNextCall();
        }
    }

    /**
     * Takes up what an earlier run of the demo left when it stopped, so a restart does not leave simulated work
     * hanging for ever and skewing the figures: its callers still in the queue hang up within half a minute, the
     * calls it answered go on to be classified, handled and closed, and its incidents still waiting for a unit get
     * one after the usual wait (counted from when they were made). What a person took over stays theirs.
     */
    private void resumeLeftWork() {
        List<Call> left = submitter.read(s -> s.calls().calls().stream()
                .filter(call -> call.id().startsWith("DEMO-") && !call.id().startsWith("DEMO-" + runId + "-"))
                .filter(call -> call.state() == CallState.QUEUED
                        || call.movedBy(call.state()).filter(ACTOR.id()::equals).isPresent())
                .toList());
        for (Call call : left) {
            String callId = call.id();
            switch (call.state()) {
                case QUEUED -> onCall(random.nextInt(31), "abandon", callId, CallState.QUEUED,
                        () -> execute(new AbandonCall(callId)));
                case ANSWERED -> onCall(5 + random.nextInt(30), "classify", callId, CallState.ANSWERED,
                        () -> classify(callId, call.line().service() == ServiceNumber.CRISIS_INFORMATION_113_13));
                case CLASSIFIED -> handleLater(callId, call.classification().classification());
                case HANDLED -> onCall(5 + random.nextInt(20), "close", callId, CallState.HANDLED,
                        () -> execute(new CloseCall(callId)));
                default -> {
                }
            }
        }
        if (settings.assignAfterMinutes() > 0) {
            Instant now = clock.instant();
            submitter.read(s -> s.dispatch().incidents().stream()
                    .filter(i -> i.id().startsWith("INC-DEMO-") && i.status() == IncidentStatus.QUEUED)
                    .map(i -> Map.entry(i.id(), i.times().get(Milestone.PRIORITY_DECIDED).orElse(now)))
                    .toList())
                    .forEach(waiting -> assignLater(waiting.getKey(), Math.max(0, Duration.between(now,
                            waiting.getValue().plus(Duration.ofMinutes(settings.assignAfterMinutes()))).toSeconds())));
        }
        if (!left.isEmpty()) {
            LOG.info("demo callers: taking up {} calls an earlier run left", left.size());
        }
    }

    /**
     * Starts making calls on the centre's loop, looking every second for what is due; the first arrives 20-40 s
     * from now. Null when the settings switch the callers off.
     */
    public static DemoCallGenerator start(Centre centre, Scheduler scheduler, MunicipalityLookup lookup,
                                          DispatchAdvice advice, Settings.DemoCallers settings, String deviceUnit) {
        if (!settings.enabled()) {
            return null;
        }
        UnitChooser recommended = (incidentId, now) -> centre.read(s -> advice.forIncident(
                DispatchAdvice.of(s.dispatch()), incidentId, now)).candidates().stream().findFirst()
                .map(Candidate::unitId);
        DemoCallGenerator generator = new DemoCallGenerator(centre.as(ACTOR), centre.followUps(), lookup,
                scheduler.clock(), 112, settings, recommended, deviceUnit);
        scheduler.every(Duration.ofSeconds(1), Duration.ofSeconds(1), "demo callers", generator::tick);
        return generator;
    }

    /** Runs every step due at the clock's instant (steps they plan that are already due run too), then the crews. */
    synchronized void tick() {
        if (!settings.enabled()) {
            return;
        }
        List<DemoAgenda.Step> due = agenda.takeDue(clock.instant());
        while (!due.isEmpty()) {
            due.forEach(step -> step.action().run());
            due = agenda.takeDue(clock.instant());
        }
        crews.move(clock.instant(), failures);
        crews.arrive(clock.instant(), failures);
    }

    private void planNextCall() {
        agenda.plan(clock.instant().plusSeconds(20 + random.nextInt(21)), "a new call", () -> {
            planNextCall();
            try {
                newCall();
            } catch (RuntimeException e) {
                failures.unexpected("new call", e);
            }
        });
    }

    private void newCall() {
        String callId = "DEMO-" + runId + "-" + (++made);
        boolean crisis = random.nextInt(10) == 0;
        DialledLine line = DialledLine.service(crisis ? ServiceNumber.CRISIS_INFORMATION_113_13 : ServiceNumber.EMERGENCY_112);
        PhoneNumber caller = PhoneNumber.parse("callerNumber", "+4670" + (1_000_000 + random.nextInt(8_999_999)));
        Instant queuedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        execute(new IntakeCall(callId, line, caller, queuedAt));
        GeoPoint point = new GeoPoint(SOUTH + random.nextDouble() * (NORTH - SOUTH), WEST + random.nextDouble() * (EAST - WEST));
        ReportedPosition position = new ReportedPosition(point, 10.0 + random.nextInt(40), 68, PositionSource.AML_SMS,
                "GNSS", queuedAt, null);
        execute(new AttachPosition(callId, position, lookup.locate(position)));
        if (random.nextInt(100) < 5) {
            onCall(10 + random.nextInt(30), "abandon", callId, CallState.QUEUED, () -> execute(new AbandonCall(callId)));
            return;
        }
        // Patient enough to outwait the simulated call-taker: only a call nobody answers is given up.
        int patience = Math.max(PATIENCE_SECONDS, settings.answerAfterSeconds() + 20);
        onCall(patience + random.nextInt(PATIENCE_SECONDS), "abandon", callId, CallState.QUEUED,
                () -> execute(new AbandonCall(callId)));
        if (settings.answerAfterSeconds() > 0) {
            // Planned from the queue time, so it never answers a call younger than the setting.
            onCall(settings.answerAfterSeconds() + random.nextInt(11), "answer", callId, CallState.QUEUED, () -> {
                execute(new AnswerCall(callId));
                onCall(15 + random.nextInt(30), "classify", callId, CallState.ANSWERED, () -> classify(callId, crisis));
            });
        }
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
            if (!classifiedBySimulator(callId)) {
                throw e;
            }
            // The classification is recorded, a follow-up was refused: the call goes on to be handled as any other.
            failures.unexpected("classification follow-up", e);
        }
        if (kind == Classification.CARE && random.nextInt(INCIDENT_ONE_IN) == 0) {
            onCall(20 + random.nextInt(21), "dispatch", callId, CallState.CLASSIFIED, () -> dispatch(callId));
        } else {
            handleLater(callId, kind);
        }
    }

    /** As a call-taker does: the triage interview to a priority, then the incident; the unit is a person's choice. */
    private void dispatch(String callId) {
        try {
            DemoInterview.run(submitter, callId, random, ACTOR);
            // The centre's process made the incident with the priority, unless the response plan sends no unit.
            String incidentId = CreateCareIncident.incidentId(callId);
            boolean made = submitter.read(s -> s.dispatch().incident(incidentId).isPresent());
            if (made && settings.assignAfterMinutes() > 0) {
                assignLater(incidentId, settings.assignAfterMinutes() * 60L);
            }
        } catch (RuntimeException e) {
            failures.unexpected("dispatch", e);
        }
        handleLater(callId, Classification.CARE);
    }

    private void handleLater(String callId, Classification kind) {
        onCall(20 + random.nextInt(60), "handle", callId, CallState.CLASSIFIED, () -> {
            execute(new MarkHandled(callId, "demo: " + kind.name().toLowerCase().replace('_', ' ') + " handled"));
            onCall(5 + random.nextInt(20), "close", callId, CallState.HANDLED, () -> execute(new CloseCall(callId)));
        });
    }

    /**
     * Sends the recommended unit to an incident still waiting for one (nobody at the dispatch desk); an incident a
     * person sent a unit to, or cancelled, is left alone. With no unit to send, or the unit taken meanwhile, it
     * looks again a minute later.
     */
    private void assignLater(String incidentId, long seconds) {
        agenda.plan(clock.instant().plusSeconds(seconds), "assign " + incidentId, () -> {
            Instant now = clock.instant();
            Optional<Incident> incident = submitter.read(s -> s.dispatch().incident(incidentId));
            if (incident.isEmpty() || incident.get().status() != IncidentStatus.QUEUED) {
                return;
            }
            try {
                Optional<String> unit = chooser.best(incidentId, now);
                if (unit.isPresent()) {
                    submitter.execute(new AssignUnit(incidentId, unit.get()).on(CentreState::dispatch));
                    return;
                }
            } catch (DomainException e) {
                LOG.debug("demo callers: assigning a unit to {} was refused, looking again in a minute: {}",
                        incidentId, DemoFailures.mask(e.getMessage()));
            } catch (RuntimeException e) {
                failures.unexpected("unit assignment", e);
            }
            assignLater(incidentId, 60);
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

    /**
     * Plans step {@code kind} of a call for {@code seconds} from now, to run only if the call is still where the
     * simulator left it ({@code expected}). A call that moved on (a person answered or classified it, the caller
     * was answered before their patience ran out) is dropped, and a refusal because a person moved it at the same
     * moment is just as quiet.
     */
    private void onCall(int seconds, String kind, String callId, CallState expected, Runnable action) {
        agenda.plan(clock.instant().plusSeconds(seconds), kind + " " + callId, () -> {
            if (submitter.read(s -> s.calls().call(callId).map(Call::state).orElse(null)) != expected) {
                LOG.debug("demo callers: {} of {} dropped, the call has moved on", kind, callId);
                return;
            }
            try {
                action.run();
            } catch (DomainException e) {
                if (movedOn(callId, expected)) {
                    LOG.debug("demo callers: {} of {} dropped, someone else took the call meanwhile", kind, callId);
                } else {
                    failures.unexpected(kind, e);
                }
            } catch (RuntimeException e) {
                failures.unexpected(kind, e);
            }
        });
    }

    private boolean classifiedBySimulator(String callId) {
        return submitter.read(s -> s.calls().call(callId).flatMap(call -> call.movedBy(CallState.CLASSIFIED))
                .filter(ACTOR.id()::equals).isPresent());
    }

    /** The call left {@code expected} by someone else's hand (or is gone). */
    private boolean movedOn(String callId, CallState expected) {
        return submitter.read(s -> s.calls().call(callId)
                .map(call -> call.state() != expected
                        && !call.movedBy(call.state()).orElse("").equals(ACTOR.id()))
                .orElse(true));
    }

    private void execute(Command<CallsState, ?> command) {
        submitter.execute(command.on(CentreState::calls));
    }
}
