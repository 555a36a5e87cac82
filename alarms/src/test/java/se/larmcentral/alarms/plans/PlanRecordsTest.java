package se.larmcentral.alarms.plans;

import org.junit.jupiter.api.Test;
import se.larmcentral.alarms.codes.AlarmClass;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanRecordsTest {

    private static final GeoPoint NACKA = new GeoPoint(59.3105, 18.1637);

    @Test
    void aCustomerIsReadFromWhatWasTyped() {
        Customer c = Customer.of("nacka-kommun", " Nacka kommun ", "municipality", "AV-2026-17", "08-718 80 00");
        assertThat(c.kind()).isEqualTo(CustomerKind.MUNICIPALITY);
        assertThat(c.name()).isEqualTo("Nacka kommun");
        assertThat(c.onCallNumber()).isEqualTo("+4687188000");
    }

    @Test
    void aBadCustomerNamesTheFieldAndReason() {
        assertField(() -> Customer.of("Nacka Kommun", "Nacka", "municipality", "AV-1", "087188000"), "id",
                "must be 1-40 lower-case letters, digits or '-', starting with a letter or digit, was 'Nacka Kommun'");
        assertField(() -> Customer.of("nacka", " ", "municipality", "AV-1", "087188000"), "name", "is missing");
        assertField(() -> Customer.of("nacka", "Nacka", "county", "AV-1", "087188000"), "kind",
                "must be one of municipality, region, company, was 'county'");
        assertField(() -> Customer.of("nacka", "Nacka", "company", null, "087188000"), "contractReference", "is missing");
        assertThatThrownBy(() -> Customer.of("nacka", "Nacka", "company", "AV-1", "not a number"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("onCallNumber"));
    }

    @Test
    void anObjectsAccountsAreUpperCaseHexAndNamedOnce() {
        AlarmObject o = new AlarmObject("nacka-forum", "nacka", "Nacka Forum", "Forumvägen 14, Nacka", NACKA,
                List.of("ab12", "1234"));
        assertThat(o.accounts()).containsExactly("AB12", "1234");
        assertField(() -> new AlarmObject("x", "nacka", "X", "Y", NACKA, List.of()), "accounts",
                "must name at least one transmitter account");
        assertField(() -> new AlarmObject("x", "nacka", "X", "Y", NACKA, List.of("1234", "12G4")), "accounts[1]",
                "must be 3-16 hex digits, was '12G4'");
        assertField(() -> new AlarmObject("x", "nacka", "X", "Y", NACKA, Arrays.asList("1234", null)), "accounts[1]",
                "must be 3-16 hex digits, was ''");
        assertField(() -> new AlarmObject("x", "nacka", "X", "Y", NACKA, List.of("1234", "1234")), "accounts",
                "names an account twice");
        assertField(() -> new AlarmObject("x", "nacka", "X", " ", NACKA, List.of("1234")), "address", "is missing");
        assertField(() -> new AlarmObject("x", "nacka", "X", "Y", null, List.of("1234")), "position",
                "is missing; give lat and lon in degrees");
    }

    @Test
    void aPlanHoldsOrderedStepsAndAtLeastOne() {
        ActionPlan plan = new ActionPlan("nacka-forum", AlarmClass.ALARM, List.of(
                PlanStep.of(0, "call_key_holders", "Ring nyckelinnehavarna i tur och ordning"),
                PlanStep.of(1, "SEND_GUARD", "Skicka väktare")));
        assertThat(plan.steps()).extracting(PlanStep::kind).containsExactly(StepKind.CALL_KEY_HOLDERS, StepKind.SEND_GUARD);
        assertField(() -> new ActionPlan("nacka-forum", AlarmClass.ALARM, List.of()), "steps", "must hold at least one step");
        assertField(() -> new ActionPlan("nacka-forum", AlarmClass.UNKNOWN, plan.steps()), "alarmClass",
                "must be one of alarm, fault, test, restore, info");
        assertField(() -> PlanStep.of(2, "call_police", "x"), "steps[2].kind",
                "must be one of call_key_holders, send_guard, call_112, notify_on_call, alert_rescue_service, was 'call_police'");
        assertField(() -> PlanStep.of(3, "call_112", ""), "steps[3].instruction", "is missing");
        assertField(() -> ActionPlan.alarmClass("unknown"), "alarmClass",
                "must be one of alarm, fault, test, restore, info, was 'unknown'");
        assertThat(ActionPlan.alarmClass("Fault")).isEqualTo(AlarmClass.FAULT);
    }

    @Test
    void anUnknownCodeFollowsTheAlarmPlan() {
        assertThat(ActionPlan.forClass(AlarmClass.UNKNOWN)).isEqualTo(AlarmClass.ALARM);
        assertThat(ActionPlan.forClass(AlarmClass.TEST)).isEqualTo(AlarmClass.TEST);
    }

    private static void assertField(Runnable action, String field, String reason) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).isEqualTo(reason);
        });
    }
}
