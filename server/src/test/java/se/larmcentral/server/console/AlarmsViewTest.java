package se.larmcentral.server.console;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larmcentral.alarms.ReceiveAlarmMessage;
import se.larmcentral.alarms.SaveActionPlan;
import se.larmcentral.alarms.SaveAlarmObject;
import se.larmcentral.alarms.SaveCustomer;
import se.larmcentral.alarms.codes.AlarmClass;
import se.larmcentral.alarms.dc09.MessageType;
import se.larmcentral.alarms.plans.ActionPlan;
import se.larmcentral.alarms.plans.AlarmObject;
import se.larmcentral.alarms.plans.Customer;
import se.larmcentral.alarms.plans.PlanStep;
import se.larmcentral.alarms.plans.StepKind;
import se.larmcentral.centre.Centre;
import se.larmcentral.core.Actor;
import se.larmcentral.core.GeoPoint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The alarm operator's list: a burglary alarm from a registered object shown with its meaning, object, customer and
 * the plan's steps in order; an unknown code shown as unknown with the alarm plan; a signal from an account of no
 * object shown without a plan. axe-core runs on the page as the test ends (ConsoleBrowser).
 */
class AlarmsViewTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @Test
    void receivedAlarmsAreListedWithTheirObjectAndPlan() {
        Centre centre = console.centre().server.centre();
        Actor admin = Actor.person("avtal-anna");
        centre.execute(admin, new SaveCustomer(Customer.of("nacka", "Nacka kommun", "municipality", "AV-2026-17",
                "08-718 80 00")));
        centre.execute(admin, new SaveAlarmObject(new AlarmObject("eklidens-skola", "nacka", "Eklidens skola",
                "Vikdalsvägen 2, Nacka", new GeoPoint(59.316, 18.155), List.of("AB01"))));
        centre.execute(admin, new SaveActionPlan(new ActionPlan("eklidens-skola", AlarmClass.ALARM, List.of(
                new PlanStep(StepKind.CALL_KEY_HOLDERS, "Ring vaktmästaren, sedan rektorn"),
                new PlanStep(StepKind.SEND_GUARD, "Skicka väktare"),
                new PlanStep(StepKind.NOTIFY_ON_CALL, "Meddela kommunens jour")))));
        Instant now = console.centre().clock.instant();
        Actor receiver = new Actor("alarms", Actor.Kind.INTEGRATION);
        centre.execute(receiver, ReceiveAlarmMessage.of("AB01", "0001", MessageType.SIA_DCS, "BA", "12", "",
                "Nri1/BA12", now, now, "192.0.2.7:4711/TCP", "frame", Duration.ofMinutes(10)));
        centre.execute(receiver, ReceiveAlarmMessage.of("AB01", "0002", MessageType.SIA_DCS, "XZ", "", "",
                "NXZ", now, now, "192.0.2.7:4711/TCP", "frame", Duration.ofMinutes(10)));
        centre.execute(receiver, ReceiveAlarmMessage.of("9999", "0001", MessageType.SIA_DCS, "FA", "3", "",
                "NFA3", now, now, "192.0.2.9:4711/UDP", "frame", Duration.ofMinutes(10)));

        console.open("alarms");
        Locator items = console.byTestId("alarm-item");
        assertThat(items).hasCount(3);

        Locator noObject = items.nth(0);
        assertThat(noObject.getByTestId("alarm-meaning")).hasText("FA: Brandlarm (Larm)");
        assertThat(noObject.getByTestId("alarm-object")).hasText("Kontot hör inte till något larmobjekt: ingen åtgärdsplan.");

        Locator unknown = items.nth(1);
        assertThat(unknown.getByTestId("alarm-meaning")).hasText("XZ: Okänd händelsekod (Okänd kod)");
        assertThat(unknown.getByTestId("alarm-step")).hasCount(3);

        Locator burglary = items.nth(2);
        assertThat(burglary.getByTestId("alarm-meaning")).hasText("BA: Inbrottslarm (Larm)");
        assertThat(burglary.getByTestId("alarm-received")).containsText("från konto AB01, sektion 12");
        assertThat(burglary.getByTestId("alarm-object"))
                .hasText("Eklidens skola, Vikdalsvägen 2, Nacka – Nacka kommun (avtal AV-2026-17)");
        Locator steps = burglary.getByTestId("alarm-step");
        assertThat(steps).hasText(new String[] {"Ring nyckelinnehavare: Ring vaktmästaren, sedan rektorn",
                "Skicka väktare: Skicka väktare", "Meddela kundens jour (+4687188000): Meddela kommunens jour"});
    }
}
