package se.larmcentral.alarms.desk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.larmcentral.alarms.AlarmEvent;
import se.larmcentral.alarms.codes.AlarmClass;
import se.larmcentral.alarms.plans.PlanStep;
import se.larmcentral.alarms.plans.RescueService;
import se.larmcentral.alarms.plans.RescueServiceTable;
import se.larmcentral.alarms.plans.StepKind;
import se.larmcentral.core.InvalidInputException;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When the rescue service is alerted, as tables: on receipt (which signal, which plan, whether the service is known)
 * and by the operator's step (outcome, known service, alerted already); refusals name the field and record nothing.
 */
class RescueAlertingTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-07T22:00:00Z");
    private static final Instant NOW = RECEIVED.plusSeconds(30);
    private static final RescueService SSBF = new RescueService("0182", "Nacka", "Storstockholms brandförsvar",
            "+46846500510", "larm.storstockholm.example:12300");
    private static final RescueTarget KNOWN = new RescueTarget.Known(SSBF);
    private static final RescueTarget UNKNOWN = new RescueTarget.Unknown(
            "ingen räddningstjänst är registrerad för kommunen 0182 Nacka");
    private static final List<PlanStep> AT_ONCE = List.of(
            new PlanStep(StepKind.ALERT_RESCUE_SERVICE, "Automatlarm till räddningstjänsten", true),
            new PlanStep(StepKind.CALL_KEY_HOLDERS, "Ring vaktmästaren"));
    private static final List<PlanStep> BY_OPERATOR = List.of(
            new PlanStep(StepKind.CALL_KEY_HOLDERS, "Ring vaktmästaren"),
            new PlanStep(StepKind.ALERT_RESCUE_SERVICE, "Larma räddningstjänsten om det brinner"));

    private static AlarmEvent.AlarmCaseOpened opened(String code, List<PlanStep> steps) {
        return new AlarmEvent.AlarmCaseOpened("larm-1", "AB01", "0001", code, "3", AlarmClass.ALARM,
                AlarmPriority.LIFE, code + " is a life alarm", "skola", "nacka", AlarmClass.ALARM, steps, RECEIVED);
    }

    static Stream<Arguments> receipts() {
        return Stream.of(
                Arguments.of("FA", AT_ONCE, KNOWN, true, "; rescue service Storstockholms brandförsvar (0182 Nacka)"
                        + " alerted automatically by plan step 1"),
                Arguments.of("SA", AT_ONCE, KNOWN, true, "alerted automatically by plan step 1"),
                Arguments.of("111", AT_ONCE, KNOWN, true, "alerted automatically by plan step 1"),
                Arguments.of("FA", AT_ONCE, UNKNOWN, false, "; plan step 1 says alert the rescue service at once, not"
                        + " done: ingen räddningstjänst är registrerad för kommunen 0182 Nacka"),
                Arguments.of("BA", AT_ONCE, KNOWN, false, null),
                Arguments.of("FT", AT_ONCE, KNOWN, false, null),
                Arguments.of("FA", BY_OPERATOR, KNOWN, false, null),
                Arguments.of("FA", List.of(), KNOWN, false, null));
    }

    @ParameterizedTest(name = "{0}, {3}")
    @MethodSource("receipts")
    void onReceipt(String code, List<PlanStep> steps, RescueTarget target, boolean alerted, String explained) {
        AlarmEvent.AlarmCaseOpened opened = opened(code, steps);
        RescueAlerting.OnReceipt receipt = RescueAlerting.onReceipt(opened, target, NOW);

        if (alerted) {
            assertThat(receipt.alert()).contains(new AlarmEvent.RescueServiceAlerted("larm-1", "skola", "0182", "Nacka",
                    "Storstockholms brandförsvar", "+46846500510", "larm.storstockholm.example:12300", code, 1, null, NOW));
        } else {
            assertThat(receipt.alert()).isEmpty();
        }
        if (explained == null) {
            assertThat(receipt.opened()).isEqualTo(opened);
        } else {
            assertThat(receipt.opened().explanation()).startsWith(code + " is a life alarm").contains(explained);
        }
    }

    enum Given { TAKEN, ALERTED_AUTOMATICALLY }

    private static AlarmCases cases(Given given) {
        AlarmCases cases = new AlarmCases();
        cases.apply(opened("FA", BY_OPERATOR), RECEIVED);
        cases.apply(new AlarmEvent.AlarmCaseTaken("larm-1", "anna", null), RECEIVED.plusSeconds(10));
        if (given == Given.ALERTED_AUTOMATICALLY) {
            cases.apply(new AlarmEvent.RescueServiceAlerted("larm-1", "skola", "0182", "Nacka",
                    "Storstockholms brandförsvar", "+46846500510", null, "FA", 2, null, RECEIVED), RECEIVED);
        }
        return cases;
    }

    static Stream<Arguments> steps() {
        AlarmEvent.AlarmStepDone alerted = new AlarmEvent.AlarmStepDone("larm-1", "anna", 2,
                StepKind.ALERT_RESCUE_SERVICE, StepOutcome.ALERTED, "Brand i kök");
        return Stream.of(
                Arguments.of(Given.TAKEN, "alerted", KNOWN, List.of(alerted, new AlarmEvent.RescueServiceAlerted(
                        "larm-1", "skola", "0182", "Nacka", "Storstockholms brandförsvar", "+46846500510",
                        "larm.storstockholm.example:12300", "FA", 2, "anna", NOW)), null, null),
                Arguments.of(Given.TAKEN, "no_answer", UNKNOWN, List.of(new AlarmEvent.AlarmStepDone("larm-1", "anna", 2,
                        StepKind.ALERT_RESCUE_SERVICE, StepOutcome.NO_ANSWER, "Brand i kök")), null, null),
                Arguments.of(Given.TAKEN, "alerted", UNKNOWN, null, "step", "räddningstjänsten kan inte larmas"
                        + " härifrån: ingen räddningstjänst är registrerad för kommunen 0182 Nacka; larma via 112 och"
                        + " ange steget som skipped med en anteckning"),
                Arguments.of(Given.ALERTED_AUTOMATICALLY, "alerted", KNOWN, null, "step",
                        "räddningstjänsten (Storstockholms brandförsvar) larmades redan 23:00:00 automatiskt"),
                Arguments.of(Given.TAKEN, "answered", KNOWN, null, "outcome",
                        "'answered' passar inte steg 2; ange ett av no_answer, busy, alerted, skipped"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("steps")
    void byTheOperatorsStep(Given given, String outcome, RescueTarget target, List<AlarmEvent> events, String field,
                            String reason) {
        CaseDecision d = AlarmDesk.decide(cases(given), id -> false, c -> target,
                new CaseAction.DoStep("larm-1", "anna", 2, outcome, "Brand i kök"), NOW);

        if (events != null) {
            assertThat(d).isInstanceOfSatisfying(CaseDecision.Accepted.class, a -> {
                assertThat(a.events()).isEqualTo(events);
                if (events.size() == 2) {
                    assertThat(a.after().rescue()).isEqualTo(new AlarmCase.RescueAlert("0182", "Nacka",
                            "Storstockholms brandförsvar", "+46846500510", "larm.storstockholm.example:12300", 2,
                            "anna", NOW));
                    assertThat(a.explanation()).isEqualTo("step 2 of larm-1 (ALERT_RESCUE_SERVICE): ALERTED,"
                            + " Storstockholms brandförsvar alerted on +46846500510");
                }
            });
        } else {
            assertThat(d).isEqualTo(new CaseDecision.Refused(field.equals("step") && reason.contains("redan")
                    ? CaseDecision.Refusal.CONFLICT : CaseDecision.Refusal.INVALID, field, reason));
        }
    }

    @Test
    void aRecordedAutomaticAlertIsOnTheCase() {
        AlarmCase c = cases(Given.ALERTED_AUTOMATICALLY).find("larm-1").orElseThrow();

        assertThat(c.rescue().automatic()).isTrue();
        assertThat(c.rescue().service()).isEqualTo("Storstockholms brandförsvar");
    }

    @Test
    void onlyARescueStepIsDoneAtOnce() {
        assertThatThrownBy(() -> PlanStep.of(0, "call_key_holders", "Ring", true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("steps[0].atOnce");
                    assertThat(e.reason()).isEqualTo("only an alert_rescue_service step is done at once, this is"
                            + " call_key_holders");
                });
        assertThat(PlanStep.of(1, "alert_rescue_service", "Automatlarm", true).atOnce()).isTrue();
        assertThat(PlanStep.of(1, "alert_rescue_service", "Larma vid brand", null).atOnce()).isFalse();
    }

    @Test
    void aRescueServiceNamesItsBadField() {
        assertThatThrownBy(() -> new RescueService("180", "Stockholm", "SSBF", "+46846500510", null))
                .hasMessage("municipalityCode: must be the four-digit SCB code (0180 for Stockholm), was '180'");
        assertThatThrownBy(() -> new RescueService("0180", " ", "SSBF", "+46846500510", null))
                .hasMessage("municipality: is missing");
        assertThatThrownBy(() -> new RescueService("0180", "Stockholm", "", "+46846500510", null))
                .hasMessage("name: is missing");
        assertThatThrownBy(() -> new RescueService("0180", "Stockholm", "SSBF", "brandkåren", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("alarmNumber"));
        assertThat(new RescueService("0180", "Stockholm", "SSBF", "08-465 005 10", " ").alarmAddress()).isNull();
    }

    @Test
    void theDemoTableHoldsStockholmCountysMunicipalities() {
        List<RescueService> services = RescueServiceTable.stockholmDemo();

        assertThat(services).hasSize(26).allSatisfy(s -> assertThat(s.municipalityCode()).startsWith("01"));
        assertThat(services).filteredOn(s -> s.municipalityCode().equals("0180")).singleElement()
                .extracting(RescueService::name).isEqualTo("Storstockholms brandförsvar");
        assertThatThrownBy(() -> RescueServiceTable.read(List.of("0180\tStockholm\tSSBF\t+46846500510\t",
                "0180\tStockholm\tSSBF\t+46846500510\t"))).hasMessage("rescue-services-stockholm.tsv line 2:"
                + " municipalityCode 0180 is given twice");
        assertThatThrownBy(() -> RescueServiceTable.read(List.of("0180\tStockholm"))).hasMessage(
                "rescue-services-stockholm.tsv line 1: has 2 cells, needs 5 (code, municipality, service, number, address)");
    }
}
