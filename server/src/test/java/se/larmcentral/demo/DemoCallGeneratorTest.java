package se.larmcentral.demo;






import se.larmcentral.server.calls.CallsCentre;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.CaseLinkKind;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.dispatch.Incident;
import se.larmcentral.dispatch.IncidentStatus;
import se.larmcentral.dispatch.RelocateUnit;
import se.larmcentral.dispatch.Unit;
import se.larmcentral.dispatch.UnitStatus;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.centre.CentreState;
import se.larmcentral.config.Settings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's callers, driven by a test clock: calls arrive, live through their lives, and the figures move. */
class DemoCallGeneratorTest {

    private static final Instant START = Instant.parse("2025-06-10T08:00:00Z");
    private static final String SIMULATOR = DemoCallGenerator.ACTOR.id();

    @TempDir
    Path dir;

    private CallsCentre centre;
    private DemoCallGenerator generator;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(DemoCallGenerator.class);

    @BeforeEach
    void start() {
        centre = new CallsCentre(dir, START);
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(log);
        centre.close();
    }

    private void generate(Settings.DemoCallers settings, DemoCallGenerator.UnitChooser chooser) {
        generator = new DemoCallGenerator(
                centre.server.centre().as(DemoCallGenerator.ACTOR), centre.server.centre().followUps(), MunicipalityLookup.none(), centre.clock, 112, settings, chooser,
                "AMB-101");
    }

    private void generate(Settings.DemoCallers settings) {
        generate(settings, (incidentId, now) -> Optional.empty());
    }

    private void run(Duration duration) {
        for (long s = 0; s < duration.toSeconds(); s++) {
            centre.clock.advance(Duration.ofSeconds(1));
            generator.tick();
        }
    }

    private <T> T read(Function<CentreState, T> query) {
        return centre.server.centre().loop().read(query);
    }

    private List<Call> calls() {
        return read(s -> List.copyOf(s.calls().calls()));
    }

    private List<String> warnings() {
        return log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void nothingHappensUntilTheClockMovesThenCallsArriveAndTheLiveFiguresChange() {
        generate(new Settings.DemoCallers(true, 20, 0));
        generator.tick();
        JsonNode before = centre.read("/api/calls/figures/live?lines=all");
        assertThat(before.at("/figures/calls").asInt()).isZero();

        run(Duration.ofSeconds(19));
        assertThat(centre.read("/api/calls/figures/live?lines=all").at("/figures/calls").asInt())
                .as("the first call arrives 20-40 s after the start").isZero();

        run(Duration.ofMinutes(10));
        JsonNode after = centre.read("/api/calls/figures/live?lines=all");
        assertThat(after.at("/figures/calls").asInt()).isBetween(10, 31);
        assertThat(after.at("/figures/answered").asInt()).isPositive();
        assertThat(after.at("/figures/meanAnswerSeconds").asDouble()).isPositive();

        List<JsonNode> events = centre.events();
        assertThat(events).extracting(e -> e.get("type").asText())
                .contains("calls.CallQueued", "calls.PositionReported", "calls.CallAnswered", "calls.CallClassified",
                        "calls.CallHandled", "calls.CallClosed");
        assertThat(events).filteredOn(e -> e.get("type").asText().startsWith("calls."))
                .allSatisfy(e -> assertThat(e.get("actor").asText()).isEqualTo(SIMULATOR));
        assertThat(warnings()).isEmpty();
    }

    @Test
    void aRestartedDemoTakesUpTheCallsAnEarlierRunLeftInTheQueueAndInHand() {
        generate(new Settings.DemoCallers(true, 20, 0));
        // the first run stops when it has calls waiting in the queue and calls in hand
        for (int s = 0; s < 600; s++) {
            run(Duration.ofSeconds(1));
            List<Call> now = calls();
            if (now.stream().anyMatch(c -> c.state() == CallState.QUEUED) && now.stream().anyMatch(
                    c -> c.state() == CallState.ANSWERED || c.state() == CallState.CLASSIFIED)) {
                break;
            }
        }
        List<String> leftOpen = calls().stream().filter(c -> c.state() != CallState.CLOSED
                && c.state() != CallState.ABANDONED).map(Call::id).toList();
        assertThat(leftOpen).isNotEmpty();

        centre.clock.advance(Duration.ofHours(1)); // the demo was down for an hour
        generate(new Settings.DemoCallers(true, 20, 0));
        run(Duration.ofMinutes(3));

        assertThat(calls()).filteredOn(c -> leftOpen.contains(c.id()))
                .allSatisfy(c -> assertThat(c.state()).as(c.id()).isIn(CallState.CLOSED, CallState.ABANDONED));
        assertThat(warnings()).isEmpty();
    }

    @Test
    void theSimulatedCallTakerLeavesACallYoungerThanTheSettingToPeopleAndAnswersAnOlderOne() {
        generate(new Settings.DemoCallers(true, 30, 0));
        Call first = null;
        for (int s = 0; s < 60 && first == null; s++) {
            run(Duration.ofSeconds(1));
            first = calls().stream().findFirst().orElse(null);
        }
        assertThat(first).as("a call within the first minute").isNotNull();
        String id = first.id();
        Instant queuedAt = first.queuedAt();

        run(Duration.between(centre.clock.instant(), queuedAt.plusSeconds(29)));
        CallState at29 = read(s -> s.calls().requireCall("callId", id).state());
        assertThat(at29).as("29 s in the queue: still there for a person").isIn(CallState.QUEUED, CallState.ABANDONED);

        run(Duration.ofSeconds(12));
        Call later = read(s -> s.calls().requireCall("callId", id));
        if (later.state() != CallState.ABANDONED) {
            assertThat(later.state()).as("answered once it waited 30-40 s").isEqualTo(CallState.ANSWERED);
            assertThat(later.movedBy(CallState.ANSWERED)).contains(SIMULATOR);
        }

        run(Duration.ofMinutes(15));
        List<Call> answered = calls().stream().filter(c -> c.movedBy(CallState.ANSWERED).isPresent()).toList();
        assertThat(answered).hasSizeGreaterThan(10).allSatisfy(c -> assertThat(c.answerTime().orElseThrow())
                .as("call %s", c.id()).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(40)));
    }

    @Test
    void atZeroTheSimulatorNeverAnswersAndCallersNobodyAnswersHangUpAfterAFewMinutes() {
        generate(new Settings.DemoCallers(true, 0, 0));
        run(Duration.ofMinutes(15));
        List<Call> calls = calls();
        assertThat(calls).hasSizeGreaterThan(15);
        assertThat(calls).allSatisfy(c -> assertThat(c.state()).isIn(CallState.QUEUED, CallState.ABANDONED));
        assertThat(calls).filteredOn(c -> c.state() == CallState.QUEUED).allSatisfy(c -> assertThat(
                c.waitAt(centre.clock.instant())).isLessThanOrEqualTo(Duration.ofSeconds(2L * DemoCallGenerator.PATIENCE_SECONDS)));
        assertThat(warnings()).isEmpty();
    }

    @Test
    void switchedOffNothingHappens() {
        generate(new Settings.DemoCallers(false, 20, 5));
        long before = centre.lastSequence();
        run(Duration.ofMinutes(10));
        assertThat(calls()).isEmpty();
        assertThat(centre.lastSequence()).isEqualTo(before);
    }

    @Test
    void someCareCallsBecomeIncidentsWithAPriorityLeftForAPersonToAssign() {
        generate(new Settings.DemoCallers(true, 20, 0));
        run(Duration.ofMinutes(60));
        List<Incident> incidents = read(s -> List.copyOf(s.dispatch().incidents()));
        List<Call> care = calls().stream().filter(c -> c.classification() != null
                && c.classification().classification() == se.larmcentral.calls.Classification.CARE).toList();
        assertThat(incidents).as("one care call in four of %s", care.size()).isNotEmpty()
                .hasSizeLessThan(care.size());
        assertThat(incidents).allSatisfy(incident -> {
            assertThat(incident.id()).startsWith("INC-DEMO-");
            assertThat(incident.priority()).isBetween(1, 4);
            assertThat(incident.neededType()).as("the unit the response plan asks for")
                    .isIn(UnitType.AMBULANCE, UnitType.PSYCHIATRIC_AMBULANCE, UnitType.PATIENT_TRANSPORT);
            assertThat(incident.status()).as("left for a person to assign").isEqualTo(IncidentStatus.QUEUED);
            Call call = read(s -> s.calls().requireCall("callId", incident.id().substring("INC-".length())));
            assertThat(call.links()).extracting(l -> l.kind())
                    .contains(CaseLinkKind.TRIAGE_ASSESSMENT, CaseLinkKind.DISPATCH_INCIDENT);
            int priority = read(s -> s.triage().view(call.id()).priority());
            assertThat(priority).isEqualTo(incident.priority());
        });
        assertThat(centre.events()).filteredOn(e -> e.get("type").asText().startsWith("triage."))
                .allSatisfy(e -> assertThat(e.get("actor").asText()).isEqualTo(SIMULATOR));
        assertThat(warnings()).as("nothing unexpected in an hour").isEmpty();
    }

    @Test
    void anIncidentNobodyAssignsGetsTheChosenUnitAfterTheSettingAndItsCrewBringsItBack() {
        centre.close(); // a demo centre: its data loaded at start, the callers left to this test
        centre = new CallsCentre(dir.resolve("demo"), START, Map.of("LARM_DEMO", "true", "LARM_DEMO_CALLERS_ENABLED", "false"));
        DemoData.loadMissing(centre.server.centre(), centre.clock);
        generate(new Settings.DemoCallers(true, 20, 5), (incidentId, now) -> read(s -> s.dispatch().units().stream()
                .filter(u -> u.type() == UnitType.AMBULANCE && u.status().isAvailable())
                // Not the demo unit device's unit, whose crew waits ten minutes in each status for a person.
                .filter(u -> !u.id().equals("AMB-101"))
                .map(Unit::id).sorted().findFirst()));
        Incident incident = null;
        for (int m = 0; m < 120 && incident == null; m++) {
            run(Duration.ofMinutes(1));
            incident = read(s -> s.dispatch().incidents().stream().min(Comparator.comparing(Incident::id)).orElse(null));
        }
        assertThat(incident).as("an incident within two hours").isNotNull();
        String id = incident.id();
        run(Duration.ofMinutes(3));
        List<String> waiting = read(s -> s.dispatch().requireIncident("incidentId", id).unitIds());
        assertThat(waiting).as("less than five minutes: still waiting for a person").isEmpty();
        run(Duration.ofMinutes(3));
        Incident assigned = read(s -> s.dispatch().requireIncident("incidentId", id));
        assertThat(assigned.unitIds()).hasSize(1);
        run(Duration.ofMinutes(45));
        IncidentStatus done = read(s -> s.dispatch().requireIncident("incidentId", id).status());
        assertThat(done).as("the crew went, arrived and cleared").isEqualTo(IncidentStatus.CLOSED);
        assertThat(centre.events()).filteredOn(e -> e.get("type").asText().equals("dispatch.UnitStatusChanged"))
                .extracting(e -> e.at("/payload/to").asText())
                .contains("ACKNOWLEDGED", "EN_ROUTE", "ON_SCENE", "TRANSPORT", "AT_HOSPITAL", "CLEAR");
        assertThat(warnings()).isEmpty();
    }

    @Test
    void aCrewSentToStandByAtAnotherStationArrivesThereAfterItsDrive() {
        centre.close(); // a demo centre: its data loaded at start, the callers left to this test
        centre = new CallsCentre(dir.resolve("demo"), START, Map.of("LARM_DEMO", "true", "LARM_DEMO_CALLERS_ENABLED", "false"));
        DemoData.loadMissing(centre.server.centre(), centre.clock);
        generate(new Settings.DemoCallers(true, 20, 0));
        centre.server.centre().as(DemoCallGenerator.ACTOR).execute(
                new RelocateUnit("AMB-152", "nacka", "move-up").on(CentreState::dispatch));

        run(DemoCrews.STANDBY_DRIVE.minusSeconds(1));
        Unit driving = read(s -> s.dispatch().unit("AMB-152").orElseThrow());
        assertThat(driving.status()).isEqualTo(UnitStatus.AVAILABLE_MOBILE);
        run(Duration.ofSeconds(2));
        Unit arrived = read(s -> s.dispatch().unit("AMB-152").orElseThrow());
        assertThat(arrived.status()).isEqualTo(UnitStatus.AVAILABLE_AT_STATION);
        assertThat(arrived.stationId()).isEqualTo("nacka");
        assertThat(warnings()).isEmpty();
    }

    @Test
    void aCallAPersonAnsweredFirstIsTheirsWithoutAWarning() {
        generate(new Settings.DemoCallers(true, 20, 0));
        Call first = null;
        for (int s = 0; s < 60 && first == null; s++) {
            run(Duration.ofSeconds(1));
            first = calls().stream().findFirst().orElse(null);
        }
        assertThat(first).isNotNull();
        String id = first.id();
        run(Duration.ofSeconds(3));
        centre.write("/api/calls/" + id + "/answer", "{}", 200);

        run(Duration.ofMinutes(10));
        Call call = read(s -> s.calls().requireCall("callId", id));
        assertThat(call.state()).as("the simulator left it to the person").isEqualTo(CallState.ANSWERED);
        assertThat(call.movedBy(CallState.ANSWERED)).isPresent().get().isNotEqualTo(SIMULATOR);
        assertThat(warnings()).isEmpty();
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(m -> m.contains("+4670"));
    }

    @Test
    void unexpectedFailuresAreLoggedOnceWithoutNumbers() {
        DemoFailures failures = new DemoFailures();
        failures.unexpected("answer", new IllegalStateException("caller +46701234567 at 59.3326, 18.0649 refused"));
        failures.unexpected("answer", new IllegalStateException("caller +46709999999 refused"));
        assertThat(warnings()).hasSize(1).first().asString().contains("answer", "caller # at #")
                .doesNotContain("4670", "59.33");
    }
}
