package se.larmcentral.alarms;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import se.larmcentral.alarms.codes.AlarmClass;
import se.larmcentral.alarms.codes.SiaCodeTable;
import se.larmcentral.alarms.dc09.MessageType;
import se.larmcentral.alarms.desk.AlarmCase;
import se.larmcentral.alarms.desk.CaseAction;
import se.larmcentral.alarms.plans.ActionPlan;
import se.larmcentral.alarms.plans.AlarmObject;
import se.larmcentral.alarms.plans.Customer;
import se.larmcentral.alarms.plans.PlanStep;
import se.larmcentral.alarms.plans.RescueService;
import se.larmcentral.alarms.plans.RescueServiceTable;
import se.larmcentral.alarms.plans.StepKind;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.dispatch.ServiceRegion;
import se.larmcentral.centre.time.VirtualScheduler;
import se.larmcentral.core.Actor;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.geo.Municipality;
import se.larmcentral.geo.MunicipalityArea;
import se.larmcentral.geo.MunicipalityLocator;
import se.larmcentral.journal.InMemoryJournal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Automatic fire alarms through a centre: a fire alarm from an object whose plan says "alert the rescue service at
 * once" alerts the service of the object's municipality in the commit that opens the case; another object's plan
 * leaves it to the operator's step; an object in a municipality without a registered service is said so and the
 * step is refused, recording nothing; nothing goes to the ambulance queue; the alert is rebuilt from the journal.
 */
class FireAlarmTest {

    private static final Instant START = Instant.parse("2026-12-07T22:00:00Z");

    private VirtualScheduler scheduler;
    private Centre centre;

    @BeforeEach
    void start() {
        scheduler = new VirtualScheduler(START);
        // Nacka (0182) as a box east of Stockholm, Värmdö (0120) beside it: enough to locate the objects
        GeometryFactory g = new GeometryFactory();
        MunicipalityLookup lookup = MunicipalityLookup.of(new MunicipalityLocator(List.of(
                new MunicipalityArea(new Municipality("0182", "Nacka"), box(g, 18.10, 59.28, 18.25, 59.35)),
                new MunicipalityArea(new Municipality("0120", "Värmdö"), box(g, 18.25, 59.25, 18.80, 59.45)))), "test");
        centre = Centre.open(new InMemoryJournal(scheduler.clock()), 64,
                Centre.Setup.defaults(scheduler.clock(), List.of(AlarmLog.EXTENSION))
                        .withRegion(new ServiceRegion(Set.of("01"), lookup)));
        Actor admin = Actor.person("admin");
        centre.execute(admin, new SaveCustomer(Customer.of("nacka", "Nacka kommun", "municipality", "AV-2026-17",
                "087188000")));
        // the register holds Nacka's service only: Värmdö's is missing on purpose
        RescueService nacka = RescueServiceTable.stockholmDemo().stream()
                .filter(s -> s.municipalityCode().equals("0182")).findFirst().orElseThrow();
        centre.execute(admin, new SaveRescueService(nacka));
        object(admin, "skola", "AB01", new GeoPoint(59.316, 18.155), true);
        object(admin, "kontor", "AB02", new GeoPoint(59.300, 18.200), false);
        object(admin, "villa", "AB03", new GeoPoint(59.350, 18.500), true);
    }

    private static org.locationtech.jts.geom.Polygon box(GeometryFactory g, double w, double s, double e, double n) {
        return g.createPolygon(new Coordinate[] {new Coordinate(w, s), new Coordinate(e, s), new Coordinate(e, n),
                new Coordinate(w, n), new Coordinate(w, s)});
    }

    private void object(Actor admin, String id, String account, GeoPoint position, boolean atOnce) {
        centre.execute(admin, new SaveAlarmObject(new AlarmObject(id, "nacka", id, id + "vägen 1, Nacka", position,
                List.of(account))));
        centre.execute(admin, new SaveActionPlan(new ActionPlan(id, AlarmClass.ALARM, List.of(
                new PlanStep(StepKind.ALERT_RESCUE_SERVICE, "Automatlarm: larma räddningstjänsten", atOnce),
                new PlanStep(StepKind.CALL_KEY_HOLDERS, "Ring vaktmästaren")))));
    }

    @AfterEach
    void stop() {
        centre.close();
        scheduler.close();
    }

    private void receive(String account, String code) {
        centre.execute(new Actor("alarms", Actor.Kind.INTEGRATION), ReceiveAlarmMessage.of(account, "0001",
                MessageType.SIA_DCS, code, "1", "", "N" + code, null, scheduler.clock().instant(),
                "192.0.2.7:4711/TCP", "frame", Duration.ofMinutes(10)));
        scheduler.advanceBy(Duration.ofSeconds(1));
    }

    private AlarmCase caseOf(String id) {
        return centre.read(s -> s.extension(AlarmLog.class).cases().find(id).orElseThrow());
    }

    private List<AlarmEvent> recorded() {
        return centre.journal().readAfter(0, 1_000_000).stream().map(centre.codec()::decode)
                .map(r -> r.event()).filter(AlarmEvent.class::isInstance).map(AlarmEvent.class::cast).toList();
    }

    @Test
    void aFireAlarmFromAnAutomatlarmAlertsTheRescueServiceOnReceipt() {
        receive("AB01", "FA");

        AlarmCase c = caseOf("larm-1");
        assertThat(c.rescue()).isEqualTo(new AlarmCase.RescueAlert("0182", "Nacka", "Storstockholms brandförsvar",
                "+46846500510", "larm.storstockholm.example:12300", 1, null, START));
        assertThat(c.priorityReason()).endsWith("rescue service Storstockholms brandförsvar (0182 Nacka) alerted"
                + " automatically by plan step 1");
        assertThat(recorded()).filteredOn(AlarmEvent.RescueServiceAlerted.class::isInstance).hasSize(1);
        boolean noIncident = centre.read(s -> s.dispatch().incidents().isEmpty());
        assertThat(noIncident).isTrue();
    }

    @Test
    void aBurglaryOrAPlanWithoutAtOnceLeavesItToTheOperator() {
        receive("AB01", "BA");
        receive("AB02", "FA");

        assertThat(caseOf("larm-1").rescue()).isNull();
        assertThat(caseOf("larm-2").rescue()).isNull();
        // the desk shows whom the step alerts before it is done
        AlarmViews.RescueCall call = centre.read(s -> AlarmViews.cases(s, SiaCodeTable.standard(), 0)).open().stream()
                .filter(v -> v.alarmCase().id().equals("larm-2")).findFirst().orElseThrow().rescueService();
        assertThat(call.service().name()).isEqualTo("Storstockholms brandförsvar");
        centre.execute(Actor.person("anna"), new HandleAlarmCase(new CaseAction.Take("larm-2", "anna", false)));
        HandleAlarmCase.Handled handled = centre.execute(Actor.person("anna"), new HandleAlarmCase(
                new CaseAction.DoStep("larm-2", "anna", 1, "alerted", "Rök från taket")));

        assertThat(handled.alarmCase().rescue().operator()).isEqualTo("anna");
        assertThat(handled.alarmCase().rescue().service()).isEqualTo("Storstockholms brandförsvar");
        assertThat(caseOf("larm-2").rescue()).isEqualTo(handled.alarmCase().rescue());
    }

    @Test
    void aMunicipalityWithoutARegisteredServiceIsSaidAndTheStepRefusedRecordingNothing() {
        receive("AB03", "FA");

        AlarmCase c = caseOf("larm-1");
        assertThat(c.rescue()).isNull();
        assertThat(c.priorityReason()).endsWith("plan step 1 says alert the rescue service at once, not done: ingen"
                + " räddningstjänst är registrerad för kommunen 0120 Värmdö");
        centre.execute(Actor.person("anna"), new HandleAlarmCase(new CaseAction.Take("larm-1", "anna", false)));
        int before = recorded().size();
        assertThatThrownBy(() -> centre.execute(Actor.person("anna"), new HandleAlarmCase(
                new CaseAction.DoStep("larm-1", "anna", 1, "alerted", ""))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("step");
                    assertThat(e.reason()).startsWith("räddningstjänsten kan inte larmas härifrån: ingen"
                            + " räddningstjänst är registrerad för kommunen 0120 Värmdö");
                });
        assertThat(recorded()).hasSize(before);
        assertThat(centre.read(s -> AlarmViews.cases(s, SiaCodeTable.standard(), 0)).open().getFirst().rescueService()
                .unknown()).isEqualTo("ingen räddningstjänst är registrerad för kommunen 0120 Värmdö");
    }

    @Test
    void theAlertAndTheRegisterAreRebuiltFromTheJournal() {
        receive("AB01", "FA");
        AlarmLog replayed = new AlarmLog();
        centre.journal().readAfter(0, 1_000_000).stream().map(centre.codec()::decode).forEach(replayed::apply);

        assertThat(replayed.cases().find("larm-1").orElseThrow()).isEqualTo(caseOf("larm-1"));
        assertThat(replayed.register().rescueService("0182")).isPresent();
        assertThat(replayed.register().planFor("skola", AlarmClass.ALARM).orElseThrow().steps().getFirst().atOnce())
                .isTrue();
        assertThat(centre.read(s -> AlarmViews.cases(s, SiaCodeTable.standard(), 0)).open().getFirst().alarmCase()
                .rescue().service()).isEqualTo("Storstockholms brandförsvar");
    }

    @Test
    void aPlanRecordedBeforeAtOnceExistedReadsAsAStepTheOperatorDoes() {
        se.larmcentral.journal.StoredEvent old = new se.larmcentral.journal.StoredEvent(1, "alarms.ActionPlanSaved",
                centre.codec().encode(1, START, Actor.person("admin"), new AlarmEvent.CustomerSaved(Customer.of("x",
                        "X", "company", "A-1", "087188000"))).version(), START, "admin", "PERSON",
                "{\"plan\":{\"objectId\":\"skola\",\"alarmClass\":\"ALARM\",\"steps\":[{\"kind\":\"CALL_KEY_HOLDERS\","
                        + "\"instruction\":\"Ring vaktmästaren\"}]}}");

        AlarmEvent.ActionPlanSaved read = (AlarmEvent.ActionPlanSaved) centre.codec().decode(old).event();

        assertThat(read.plan().steps()).containsExactly(new PlanStep(StepKind.CALL_KEY_HOLDERS, "Ring vaktmästaren"));
    }
}
