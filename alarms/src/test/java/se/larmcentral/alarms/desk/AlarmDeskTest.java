package se.larmcentral.alarms.desk;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import se.larmcentral.alarms.AlarmEvent;
import se.larmcentral.alarms.codes.AlarmClass;
import se.larmcentral.alarms.codes.SiaCodeTable;
import se.larmcentral.alarms.dc09.MessageType;
import se.larmcentral.alarms.plans.ActionPlan;
import se.larmcentral.alarms.plans.AlarmObject;
import se.larmcentral.alarms.plans.Customer;
import se.larmcentral.alarms.plans.CustomerRegister;
import se.larmcentral.alarms.plans.PlanStep;
import se.larmcentral.alarms.plans.StepKind;
import se.larmcentral.core.GeoPoint;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk's decisions as a table: a case in a given state (free, taken by anna, closed), an action, and what is
 * decided (the event recorded, nothing, or the refusal's kind, field and Swedish words). Also which signals open a
 * case and in what priority order the open cases stand.
 */
class AlarmDeskTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-07T22:00:00Z");
    private static final Instant NOW = RECEIVED.plusSeconds(42);
    private static final List<PlanStep> PLAN = List.of(
            new PlanStep(StepKind.CALL_KEY_HOLDERS, "Ring vaktmästaren"),
            new PlanStep(StepKind.SEND_GUARD, "Skicka väktare"));

    /** The incidents the centre holds. */
    private static final java.util.Set<String> INCIDENTS = java.util.Set.of("INC-7");

    enum Given { FREE, TAKEN_BY_ANNA, CLOSED, NO_PLAN }

    /** A desk holding one case, larm-1, in the given state (anna took and closed it at RECEIVED + 10 s). */
    private static AlarmCases cases(Given given) {
        AlarmCases cases = new AlarmCases();
        cases.apply(new AlarmEvent.AlarmCaseOpened("larm-1", "AB01", "0001", "BA", "12", AlarmClass.ALARM,
                AlarmPriority.PROPERTY, "BA is a property alarm", given == Given.NO_PLAN ? null : "skola",
                given == Given.NO_PLAN ? null : "nacka", AlarmClass.ALARM, given == Given.NO_PLAN ? List.of() : PLAN,
                RECEIVED), RECEIVED);
        if (given == Given.TAKEN_BY_ANNA || given == Given.CLOSED || given == Given.NO_PLAN) {
            cases.apply(new AlarmEvent.AlarmCaseTaken("larm-1", "anna", null), RECEIVED.plusSeconds(10));
        }
        if (given == Given.CLOSED) {
            cases.apply(new AlarmEvent.AlarmCaseClosed("larm-1", "anna", ClosingReason.FALSE_ALARM, "", null),
                    Instant.parse("2026-12-07T22:00:10Z"));
        }
        return cases;
    }

    static Stream<Arguments> decisions() {
        String longNote = "x".repeat(501);
        return Stream.of(
                // taking
                accepted(Given.FREE, new CaseAction.Take("larm-1", "anna", false),
                        new AlarmEvent.AlarmCaseTaken("larm-1", "anna", null), "anna took larm-1 after 42 s"),
                accepted(Given.TAKEN_BY_ANNA, new CaseAction.Take("larm-1", "anna", false), null,
                        "anna already holds larm-1"),
                refused(Given.TAKEN_BY_ANNA, new CaseAction.Take("larm-1", "bo", false), CaseDecision.Refusal.CONFLICT,
                        "caseId", "larmärendet larm-1 hanteras av anna sedan 23:00:10; välj att ta över det"),
                accepted(Given.TAKEN_BY_ANNA, new CaseAction.Take("larm-1", "bo", true),
                        new AlarmEvent.AlarmCaseTaken("larm-1", "bo", "anna"), "bo took larm-1 over from anna"),
                refused(Given.FREE, new CaseAction.Take("larm-9", "anna", false), CaseDecision.Refusal.NOT_FOUND,
                        "caseId", "det finns inget larmärende 'larm-9'"),
                refused(Given.CLOSED, new CaseAction.Take("larm-1", "bo", true), CaseDecision.Refusal.CONFLICT,
                        "caseId", "larmärendet larm-1 avslutades redan 23:00:10 av anna (false_alarm)"),
                // steps
                accepted(Given.TAKEN_BY_ANNA, new CaseAction.DoStep("larm-1", "anna", 1, "no_answer", " Ringde två gånger "),
                        new AlarmEvent.AlarmStepDone("larm-1", "anna", 1, StepKind.CALL_KEY_HOLDERS,
                                StepOutcome.NO_ANSWER, "Ringde två gånger"), "step 1 of larm-1 (CALL_KEY_HOLDERS): NO_ANSWER"),
                accepted(Given.TAKEN_BY_ANNA, new CaseAction.DoStep("larm-1", "anna", 2, "Alerted", null),
                        new AlarmEvent.AlarmStepDone("larm-1", "anna", 2, StepKind.SEND_GUARD, StepOutcome.ALERTED, ""),
                        "step 2 of larm-1 (SEND_GUARD): ALERTED"),
                refused(Given.FREE, new CaseAction.DoStep("larm-1", "anna", 1, "answered", ""),
                        CaseDecision.Refusal.CONFLICT, "caseId", "ta larmärendet larm-1 innan du hanterar det"),
                refused(Given.TAKEN_BY_ANNA, new CaseAction.DoStep("larm-1", "bo", 1, "answered", ""),
                        CaseDecision.Refusal.CONFLICT, "caseId", "larmärendet larm-1 hanteras av anna; ta över det först"),
                refused(Given.TAKEN_BY_ANNA, new CaseAction.DoStep("larm-1", "anna", 3, "answered", ""),
                        CaseDecision.Refusal.INVALID, "step", "steg 3 finns inte i åtgärdsplanen, som har steg 1–2"),
                refused(Given.TAKEN_BY_ANNA, new CaseAction.DoStep("larm-1", "anna", 0, "answered", ""),
                        CaseDecision.Refusal.INVALID, "step", "steg 0 finns inte i åtgärdsplanen, som har steg 1–2"),
                refused(Given.NO_PLAN, new CaseAction.DoStep("larm-1", "anna", 1, "answered", ""),
                        CaseDecision.Refusal.INVALID, "step",
                        "larmärendet larm-1 har ingen åtgärdsplan; avsluta det med en anteckning om vad du gjorde"),
                refused(Given.TAKEN_BY_ANNA, new CaseAction.DoStep("larm-1", "anna", 1, "alerted", ""),
                        CaseDecision.Refusal.INVALID, "outcome",
                        "'alerted' passar inte steg 1; ange ett av answered, no_answer, busy, skipped"),
                refused(Given.TAKEN_BY_ANNA, new CaseAction.DoStep("larm-1", "anna", 2, " ", ""),
                        CaseDecision.Refusal.INVALID, "outcome", "saknas; ange ett av no_answer, busy, alerted, skipped"),
                refused(Given.TAKEN_BY_ANNA, new CaseAction.DoStep("larm-1", "anna", 1, "answered", longNote),
                        CaseDecision.Refusal.INVALID, "note", "får vara högst 500 tecken, var 501"),
                refused(Given.CLOSED, new CaseAction.DoStep("larm-1", "anna", 1, "answered", ""),
                        CaseDecision.Refusal.CONFLICT, "caseId",
                        "larmärendet larm-1 avslutades redan 23:00:10 av anna (false_alarm)"),
                // closing
                accepted(Given.TAKEN_BY_ANNA, new CaseAction.Close("larm-1", "anna", "false_alarm", "Personal glömde koden", null),
                        new AlarmEvent.AlarmCaseClosed("larm-1", "anna", ClosingReason.FALSE_ALARM, "Personal glömde koden", null),
                        "larm-1 closed as FALSE_ALARM with 0 of 2 steps done"),
                accepted(Given.NO_PLAN, new CaseAction.Close("larm-1", "anna", "HANDLED", "", null),
                        new AlarmEvent.AlarmCaseClosed("larm-1", "anna", ClosingReason.HANDLED, "", null),
                        "larm-1 closed as HANDLED with 0 of 0 steps done"),
                refused(Given.CLOSED, new CaseAction.Close("larm-1", "anna", "handled", "", null),
                        CaseDecision.Refusal.CONFLICT, "caseId",
                        "larmärendet larm-1 avslutades redan 23:00:10 av anna (false_alarm)"),
                refused(Given.TAKEN_BY_ANNA, new CaseAction.Close("larm-1", "anna", "solved", "", null),
                        CaseDecision.Refusal.INVALID, "reason", "'solved' är ingen avslutsorsak; ange ett av false_alarm,"
                                + " handled, passed_to_incident, cancelled_by_customer"),
                refused(Given.TAKEN_BY_ANNA, new CaseAction.Close("larm-1", "anna", null, "", null),
                        CaseDecision.Refusal.INVALID, "reason", "saknas; ange ett av false_alarm, handled,"
                                + " passed_to_incident, cancelled_by_customer"),
                accepted(Given.TAKEN_BY_ANNA, new CaseAction.Close("larm-1", "anna", "passed_to_incident", "", " INC-7 "),
                        new AlarmEvent.AlarmCaseClosed("larm-1", "anna", ClosingReason.PASSED_TO_INCIDENT, "", "INC-7"),
                        "larm-1 closed as PASSED_TO_INCIDENT to incident INC-7 with 0 of 2 steps done"),
                refused(Given.TAKEN_BY_ANNA, new CaseAction.Close("larm-1", "anna", "passed_to_incident", "", "INC-8"),
                        CaseDecision.Refusal.NOT_FOUND, "incidentId", "det finns inget ärende 'INC-8'"),
                refused(Given.TAKEN_BY_ANNA, new CaseAction.Close("larm-1", "anna", "handled", "", "INC-7"),
                        CaseDecision.Refusal.INVALID, "incidentId", "anges bara med avslutsorsaken passed_to_incident"),
                refused(Given.TAKEN_BY_ANNA, new CaseAction.Close("larm-1", "bo", "handled", "", null),
                        CaseDecision.Refusal.CONFLICT, "caseId", "larmärendet larm-1 hanteras av anna; ta över det först"));
    }

    private static Arguments accepted(Given given, CaseAction action, AlarmEvent event, String explanation) {
        return Arguments.of(given, action, event == null ? List.of() : List.of(event), explanation, null, null);
    }

    private static Arguments refused(Given given, CaseAction action, CaseDecision.Refusal refusal, String field,
                                     String reason) {
        return Arguments.of(given, action, null, reason, refusal, field);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("decisions")
    void decides(Given given, CaseAction action, List<AlarmEvent> events, String words, CaseDecision.Refusal refusal,
                 String field) {
        CaseDecision decision = AlarmDesk.decide(cases(given), INCIDENTS::contains, action, NOW);
        if (refusal == null) {
            assertThat(decision).isInstanceOfSatisfying(CaseDecision.Accepted.class, a -> {
                assertThat(a.events()).isEqualTo(events);
                assertThat(a.explanation()).isEqualTo(words);
            });
        } else {
            assertThat(decision).isEqualTo(new CaseDecision.Refused(refusal, field, words));
        }
    }

    @Test
    void theCaseAfterAnAcceptedActionIsTheStateAppliedWithIt() {
        AlarmCases cases = cases(Given.TAKEN_BY_ANNA);
        CaseDecision.Accepted a = (CaseDecision.Accepted) AlarmDesk.decide(cases, INCIDENTS::contains,
                new CaseAction.DoStep("larm-1", "anna", 1, "answered", "Vaktmästaren kommer"), NOW);
        cases.apply(a.events().getFirst(), NOW);
        assertThat(a.after()).isEqualTo(cases.find("larm-1").orElseThrow());
        assertThat(a.after().done()).singleElement().isEqualTo(new AlarmCase.StepDone(1, StepOutcome.ANSWERED,
                "Vaktmästaren kommer", "anna", NOW));
    }

    static Stream<Arguments> openings() {
        return Stream.of(
                Arguments.of("FA", "", true, AlarmPriority.LIFE),
                Arguments.of("HA", "", true, AlarmPriority.LIFE),
                Arguments.of("MA", "", true, AlarmPriority.LIFE),
                Arguments.of("BA", "", true, AlarmPriority.PROPERTY),
                Arguments.of("XZ", "", true, AlarmPriority.PROPERTY),
                Arguments.of("WA", "", true, AlarmPriority.TECHNICAL),
                Arguments.of("AT", "", true, AlarmPriority.TECHNICAL),
                Arguments.of("BR", "", false, null),
                Arguments.of("RP", "", false, null),
                Arguments.of("OP", "", false, null),
                Arguments.of("130", "RESTORE", false, null),
                Arguments.of("130", "NEW", true, AlarmPriority.PROPERTY));
    }

    @ParameterizedTest(name = "{0} {1}: case {2}, {3}")
    @MethodSource("openings")
    void whichSignalsOpenACaseAndTheirPriority(String code, String qualifier, boolean opens, AlarmPriority priority) {
        CustomerRegister register = new CustomerRegister();
        register.saveCustomer(Customer.of("nacka", "Nacka kommun", "municipality", "AV-1", "087188000"));
        register.saveObject(new AlarmObject("skola", "nacka", "Skolan", "Vägen 1", new GeoPoint(59.3, 18.1), List.of("AB01")));
        register.savePlan(new ActionPlan("skola", AlarmClass.ALARM, PLAN));
        var message = new AlarmEvent.MessageReceived("AB01", "0001", qualifier.isEmpty() ? MessageType.SIA_DCS
                : MessageType.ADM_CID, code, "1", qualifier, "N" + code, null, RECEIVED, "192.0.2.7:1/TCP", "frame");
        var opened = CaseOpening.of(message, register, SiaCodeTable.standard(), "larm-7");
        assertThat(opened.isPresent()).isEqualTo(opens);
        opened.ifPresent(o -> {
            assertThat(o.priority()).isEqualTo(priority);
            assertThat(o.caseId()).isEqualTo("larm-7");
            assertThat(o.objectId()).isEqualTo("skola");
        });
    }

    static Stream<Arguments> restorings() {
        return Stream.of(
                Arguments.of(MessageType.SIA_DCS, "BR", "", "12", "AB01", true),
                Arguments.of(MessageType.SIA_DCS, "BR", "", "13", "AB01", false),
                Arguments.of(MessageType.SIA_DCS, "BR", "", "12", "AB02", false),
                Arguments.of(MessageType.SIA_DCS, "FR", "", "12", "AB01", false),
                Arguments.of(MessageType.SIA_DCS, "BA", "", "12", "AB01", false),
                Arguments.of(MessageType.ADM_CID, "BA", "RESTORE", "12", "AB01", true),
                Arguments.of(MessageType.ADM_CID, "BA", "NEW", "12", "AB01", false));
    }

    @ParameterizedTest(name = "{0} {1} {2} zone {3} from {4}: restores {5}")
    @MethodSource("restorings")
    void aRestoreSignalIsJoinedToTheOpenCaseItRestores(MessageType type, String code, String qualifier, String zone,
                                                        String account, boolean restores) {
        AlarmCases cases = cases(Given.TAKEN_BY_ANNA);
        var message = new AlarmEvent.MessageReceived(account, "0002", type, code, zone, qualifier, "N" + code, null,
                NOW, "192.0.2.7:1/TCP", "frame");
        var restored = CaseRestoring.of(message, cases);
        assertThat(restored).isEqualTo(restores
                ? java.util.Optional.of(new AlarmEvent.AlarmCaseRestored("larm-1", code, NOW)) : java.util.Optional.empty());
        restored.ifPresent(r -> {
            cases.apply(r, NOW);
            assertThat(cases.find("larm-1").orElseThrow().restored()).isEqualTo(new AlarmCase.Restored(code, NOW));
            assertThat(cases.find("larm-1").orElseThrow().open()).isTrue();
            // restored once: a second restore finds no case left to restore
            assertThat(CaseRestoring.of(message, cases)).isEmpty();
        });
    }

    @Test
    void openCasesStandByPriorityThenLongestWaiting() {
        AlarmCases cases = new AlarmCases();
        open(cases, "larm-1", AlarmPriority.TECHNICAL, RECEIVED);
        open(cases, "larm-2", AlarmPriority.PROPERTY, RECEIVED.plusSeconds(1));
        open(cases, "larm-3", AlarmPriority.LIFE, RECEIVED.plusSeconds(3));
        open(cases, "larm-4", AlarmPriority.LIFE, RECEIVED.plusSeconds(2));
        assertThat(cases.open()).extracting(AlarmCase::id).containsExactly("larm-4", "larm-3", "larm-2", "larm-1");
        assertThat(cases.nextId()).isEqualTo("larm-5");
    }

    @Test
    void aFireAlarmsPlanIsExplained() {
        CustomerRegister register = new CustomerRegister();
        var message = new AlarmEvent.MessageReceived("9999", "0001", MessageType.SIA_DCS, "FA", "3", "", "NFA3",
                null, RECEIVED, "192.0.2.7:1/TCP", "frame");
        var opened = CaseOpening.of(message, register, SiaCodeTable.standard(), "larm-1").orElseThrow();
        assertThat(opened.explanation()).isEqualTo("FA (Fire alarm) is a life-safety alarm; account 9999 belongs to no object");
        assertThat(opened.steps()).isEmpty();
    }

    private static void open(AlarmCases cases, String id, AlarmPriority priority, Instant at) {
        cases.apply(new AlarmEvent.AlarmCaseOpened(id, "AB01", "0001", "BA", "12", AlarmClass.ALARM, priority, "",
                null, null, AlarmClass.ALARM, List.of(), at), at);
    }
}
