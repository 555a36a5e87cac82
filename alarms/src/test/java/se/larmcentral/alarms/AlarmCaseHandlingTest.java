package se.larmcentral.alarms;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.larmcentral.alarms.codes.AlarmClass;
import se.larmcentral.alarms.dc09.MessageType;
import se.larmcentral.alarms.desk.AlarmCase;
import se.larmcentral.alarms.desk.AlarmPriority;
import se.larmcentral.alarms.desk.CaseAction;
import se.larmcentral.alarms.desk.ClosingReason;
import se.larmcentral.alarms.desk.StepOutcome;
import se.larmcentral.alarms.plans.ActionPlan;
import se.larmcentral.alarms.plans.AlarmObject;
import se.larmcentral.alarms.plans.Customer;
import se.larmcentral.alarms.plans.PlanStep;
import se.larmcentral.alarms.plans.StepKind;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.time.VirtualScheduler;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.journal.InMemoryJournal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An alarm handled through the centre: received signals open cases in priority order in the same commit; an
 * operator takes one, gives the steps' outcomes, closes it; refusals record nothing; the cases are rebuilt from the
 * journal.
 */
class AlarmCaseHandlingTest {

    private static final Instant START = Instant.parse("2026-12-07T22:00:00Z");

    private VirtualScheduler scheduler;
    private Centre centre;

    @BeforeEach
    void start() {
        scheduler = new VirtualScheduler(START);
        centre = Centre.open(new InMemoryJournal(scheduler.clock()), 64,
                Centre.Setup.defaults(scheduler.clock(), List.of(AlarmLog.EXTENSION)));
        Actor admin = Actor.person("admin");
        centre.execute(admin, new SaveCustomer(Customer.of("nacka", "Nacka kommun", "municipality", "AV-2026-17",
                "087188000")));
        centre.execute(admin, new SaveAlarmObject(new AlarmObject("skola", "nacka", "Eklidens skola",
                "Vikdalsvägen 2, Nacka", new GeoPoint(59.316, 18.155), List.of("AB01"))));
        centre.execute(admin, new SaveActionPlan(new ActionPlan("skola", AlarmClass.ALARM, List.of(
                new PlanStep(StepKind.CALL_KEY_HOLDERS, "Ring vaktmästaren"),
                new PlanStep(StepKind.SEND_GUARD, "Skicka väktare")))));
        centre.execute(admin, new SaveActionPlan(new ActionPlan("skola", AlarmClass.FAULT, List.of(
                new PlanStep(StepKind.NOTIFY_ON_CALL, "Meddela kommunens jour")))));
    }

    @AfterEach
    void stop() {
        centre.close();
        scheduler.close();
    }

    private void receive(String sequence, String code) {
        centre.execute(new Actor("alarms", Actor.Kind.INTEGRATION), ReceiveAlarmMessage.of("AB01", sequence,
                MessageType.SIA_DCS, code, "1", "", "N" + code + sequence, null, scheduler.clock().instant(),
                "192.0.2.7:4711/TCP", "frame", Duration.ofMinutes(10)));
        scheduler.advanceBy(Duration.ofSeconds(1));
    }

    private HandleAlarmCase.Handled as(String operator, CaseAction action) {
        return centre.execute(Actor.person(operator), new HandleAlarmCase(action));
    }

    private List<AlarmCase> open() {
        return centre.read(s -> s.extension(AlarmLog.class).cases().open());
    }

    @Test
    void signalsOpenCasesByPriorityAndAnOperatorHandlesOneToTheEnd() {
        receive("0001", "BA");
        receive("0002", "RP");
        receive("0003", "FA");
        receive("0004", "AT");
        assertThat(open()).extracting(AlarmCase::code, AlarmCase::priority).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FA", AlarmPriority.LIFE),
                org.assertj.core.groups.Tuple.tuple("BA", AlarmPriority.PROPERTY),
                org.assertj.core.groups.Tuple.tuple("AT", AlarmPriority.TECHNICAL));
        // the burglary's restore (same account and zone) is joined to its case, which stays open for the operator
        receive("0005", "BR");
        assertThat(open()).filteredOn(c -> c.code().equals("BA")).singleElement()
                .satisfies(c -> assertThat(c.restored().code()).isEqualTo("BR"));
        AlarmCase fire = open().getFirst();
        assertThat(fire.id()).isEqualTo("larm-2");
        assertThat(fire.steps()).extracting(PlanStep::kind).containsExactly(StepKind.CALL_KEY_HOLDERS, StepKind.SEND_GUARD);

        Instant taken = scheduler.clock().instant();
        assertThat(as("anna", new CaseAction.Take("larm-2", "anna", false)).alarmCase().taken())
                .isEqualTo(new AlarmCase.Taken("anna", taken));
        as("anna", new CaseAction.DoStep("larm-2", "anna", 1, "no_answer", "Ingen svarar"));
        as("anna", new CaseAction.DoStep("larm-2", "anna", 1, "answered", "Vaktmästaren åker dit"));
        HandleAlarmCase.Handled closed = as("anna", new CaseAction.Close("larm-2", "anna", "handled", "Rök från brödrost", null));
        assertThat(closed.explanation()).isEqualTo("larm-2 closed as HANDLED with 1 of 2 steps done");
        assertThat(closed.alarmCase().done()).extracting(AlarmCase.StepDone::outcome)
                .containsExactly(StepOutcome.NO_ANSWER, StepOutcome.ANSWERED);
        assertThat(open()).extracting(AlarmCase::id).containsExactly("larm-1", "larm-3");
        List<AlarmCase> latestClosed = centre.read(s -> s.extension(AlarmLog.class).cases().closed(5));
        assertThat(latestClosed)
                .singleElement().satisfies(c -> assertThat(c.closed().reason()).isEqualTo(ClosingReason.HANDLED));
    }

    @Test
    void aSilentTransmitterOpensATechnicalCaseAndIsRestoredWhenHeardAgain() {
        receive("0001", "BA");
        scheduler.advanceBy(Duration.ofMinutes(2));
        List<String> silent = centre.execute(Actor.SYSTEM, new CheckSupervision(
                java.util.Map.of("AB01", Duration.ofSeconds(60), "CD02", Duration.ofSeconds(60)), START));
        assertThat(silent).containsExactly("AB01", "CD02");
        List<AlarmCase> faults = open().stream().filter(c -> c.code().isEmpty()).toList();
        assertThat(faults).extracting(AlarmCase::id, AlarmCase::account, AlarmCase::priority).containsExactly(
                org.assertj.core.groups.Tuple.tuple("larm-2", "AB01", AlarmPriority.TECHNICAL),
                org.assertj.core.groups.Tuple.tuple("larm-3", "CD02", AlarmPriority.TECHNICAL));
        AlarmCase ab01 = faults.getFirst();
        assertThat(ab01.receivedAt()).isEqualTo(START.plusSeconds(60));
        assertThat(ab01.priorityReason()).isEqualTo("account AB01 not heard since 2026-12-07T23:00:00+01:00, a report"
                + " was due by 2026-12-07T23:01:00+01:00; object skola, 1 plan step");
        assertThat(ab01.steps()).extracting(PlanStep::kind).containsExactly(StepKind.NOTIFY_ON_CALL);
        assertThat(centre.read(s -> AlarmViews.cases(s, se.larmcentral.alarms.codes.SiaCodeTable.standard(), 0))
                .open()).filteredOn(v -> v.alarmCase().id().equals("larm-2")).singleElement()
                .satisfies(v -> assertThat(v.meaning().swedish()).isEqualTo("Överföringsfel – sändaren hörs inte"));

        Instant back = scheduler.clock().instant();
        centre.execute(new Actor("alarms", Actor.Kind.INTEGRATION), ReceiveAlarmMessage.of("AB01", "0000",
                MessageType.NULL, "", "", "", "", null, back, "192.0.2.7:4711/TCP", "frame", Duration.ofMinutes(10)));
        assertThat(open()).filteredOn(c -> c.id().equals("larm-2")).singleElement()
                .satisfies(c -> assertThat(c.restored()).isEqualTo(new AlarmCase.Restored("", back)));
        assertThat(open()).filteredOn(c -> c.id().equals("larm-3")).singleElement()
                .satisfies(c -> assertThat(c.restored()).isNull());
    }

    @Test
    void refusedActionsRecordNothing() {
        receive("0001", "BA");
        as("anna", new CaseAction.Take("larm-1", "anna", false));
        long before = centre.journal().readAfter(0, 1_000_000).size();
        assertThatThrownBy(() -> as("bo", new CaseAction.Take("larm-1", "bo", false)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage())
                        .startsWith("caseId: larmärendet larm-1 hanteras av anna sedan"));
        assertThatThrownBy(() -> as("anna", new CaseAction.DoStep("larm-1", "anna", 5, "answered", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("step: steg 5 finns inte i åtgärdsplanen, som har steg 1–2"));
        assertThatThrownBy(() -> as("anna", new CaseAction.Take("larm-77", "anna", false)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("caseId: det finns inget larmärende 'larm-77'"));
        as("anna", new CaseAction.Close("larm-1", "anna", "false_alarm", "", null));
        long closed = centre.journal().readAfter(0, 1_000_000).size();
        assertThat(closed).isEqualTo(before + 1);
        assertThatThrownBy(() -> as("anna", new CaseAction.Close("larm-1", "anna", "handled", "", null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("caseId"));
        assertThat(centre.journal().readAfter(0, 1_000_000)).hasSize((int) closed);
    }

    @Test
    void theCasesAreRebuiltFromTheJournal() {
        receive("0001", "BA");
        receive("0002", "FA");
        as("anna", new CaseAction.Take("larm-1", "anna", false));
        as("bo", new CaseAction.Take("larm-1", "bo", true));
        as("bo", new CaseAction.DoStep("larm-1", "bo", 2, "alerted", "Securitas 12 min"));
        AlarmLog replayed = new AlarmLog();
        centre.journal().readAfter(0, 1_000_000).stream().map(centre.codec()::decode).forEach(replayed::apply);
        assertThat(replayed.cases().open()).isEqualTo(open());
        assertThat(replayed.cases().find("larm-1").orElseThrow().taken().operator()).isEqualTo("bo");
        assertThat(replayed.cases().nextId()).isEqualTo("larm-3");
    }
}
