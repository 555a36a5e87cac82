package se.larmcentral.server.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larmcentral.alarms.AddRescueServices;
import se.larmcentral.alarms.AlarmLog;
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
import se.larmcentral.alarms.plans.RescueServiceTable;
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
 * object shown without a plan. The desk: a hold-up alarm received while the view is open appears live among the open
 * cases by priority, and its restore signal is joined to it; the operator takes it, gives a step's outcome with a
 * note and closes it. A fire alarm from an object whose plan says so alerts the rescue service, shown in its case;
 * the selected case's object is on the map; the figures per customer for today. axe-core runs on the
 * page as each test ends (ConsoleBrowser). The tests share one centre, in this order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlarmsViewTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @Test
    @Order(1)
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

    @Test
    @Order(2)
    void theOperatorTakesAnAlarmCaseTicksAStepAndClosesIt() {
        Centre centre = console.centre().server.centre();
        Page page = console.open("alarms");
        // the first test's burglary, unknown code and fire from an account of no object: three open cases
        assertThat(console.byTestId("case-item")).hasCount(3);
        assertThat(console.byTestId("case-item").first()).hasAttribute("data-priority", "LIFE");

        Instant now = console.centre().clock.instant();
        centre.execute(new Actor("alarms", Actor.Kind.INTEGRATION), ReceiveAlarmMessage.of("AB01", "0010",
                MessageType.SIA_DCS, "HA", "2", "", "Nri1/HA2", now, now, "192.0.2.7:4711/TCP", "frame",
                Duration.ofMinutes(10)));
        String id = centre.read(s -> s.extension(AlarmLog.class).cases().open().stream()
                .filter(c -> c.code().equals("HA")).findFirst().orElseThrow().id());

        // live: the view asks again only every 30 s, so the case comes over the event stream
        Locator item = page.locator("[data-case='" + id + "']");
        assertThat(item).isVisible();
        assertThat(console.byTestId("case-item")).hasCount(4);
        assertThat(console.byTestId("case-item").nth(1)).hasAttribute("data-case", id);
        assertThat(item.getByTestId("case-title")).hasText(id + ": HA Rånlarm");
        assertThat(item.getByTestId("case-priority")).containsText("Liv");
        assertThat(item.getByTestId("case-holder")).hasText("Ingen hanterar ärendet");

        // its restore signal (same account and zone) is joined to it, live
        centre.execute(new Actor("alarms", Actor.Kind.INTEGRATION), ReceiveAlarmMessage.of("AB01", "0011",
                MessageType.SIA_DCS, "HR", "2", "", "Nri1/HR2", now, now, "192.0.2.7:4711/TCP", "frame",
                Duration.ofMinutes(10)));
        assertThat(item.getByTestId("case-restored")).containsText("Återställningssignal HR mottagen");

        item.getByTestId("case-take").click();
        assertThat(item.getByTestId("case-holder")).containsText("Hanteras av " + ConsoleCentre.CONSOLE_USER);
        Locator first = item.getByTestId("case-step").first();
        first.getByTestId("case-step-outcome").selectOption(new SelectOption().setValue("NO_ANSWER"));
        first.getByTestId("case-step-note").fill("Vaktmästaren svarar inte");
        first.getByTestId("case-step-save").click();
        assertThat(first.getByTestId("case-step-done")).containsText("Inget svar – " + ConsoleCentre.CONSOLE_USER);
        assertThat(first.getByTestId("case-step-done")).containsText("Vaktmästaren svarar inte");
        console.screenshot("alarm-desk");

        item.getByTestId("case-close-reason").selectOption(new SelectOption().setValue("FALSE_ALARM"));
        item.getByTestId("case-close-note").fill("Personalen larmade av misstag");
        item.getByTestId("case-close").click();
        assertThat(item).hasCount(0);
        assertThat(console.byTestId("case-closed").first()).containsText(id + ": HA Rånlarm – Avslutat");
        assertThat(console.byTestId("case-closed").first()).containsText("Obefogat larm (Personalen larmade av misstag)");
    }

    @Test
    @Order(3)
    void aFireAlarmAlertsTheRescueServiceTheObjectIsOnTheMapAndTheFiguresPerCustomerAreShown() {
        Centre centre = console.centre().server.centre();
        Actor admin = Actor.person("avtal-anna");
        centre.execute(admin, new AddRescueServices(RescueServiceTable.stockholmDemo()));
        centre.execute(admin, new SaveAlarmObject(new AlarmObject("nacka-gymnasium", "nacka", "Nacka gymnasium",
                "Griffelvägen 17, Nacka", new GeoPoint(59.3105, 18.1630), List.of("AB05"))));
        centre.execute(admin, new SaveActionPlan(new ActionPlan("nacka-gymnasium", AlarmClass.ALARM, List.of(
                new PlanStep(StepKind.ALERT_RESCUE_SERVICE, "Automatlarm: larmet går till räddningstjänsten", true),
                new PlanStep(StepKind.CALL_KEY_HOLDERS, "Ring vaktmästaren")))));
        Instant now = console.centre().clock.instant();
        centre.execute(new Actor("alarms", Actor.Kind.INTEGRATION), ReceiveAlarmMessage.of("AB05", "0001",
                MessageType.SIA_DCS, "FA", "4", "", "Nri1/FA4", now, now, "192.0.2.7:4711/TCP", "frame",
                Duration.ofMinutes(10)));
        // another object whose plan leaves the alert to the operator
        centre.execute(admin, new SaveAlarmObject(new AlarmObject("nacka-bibliotek", "nacka", "Nacka bibliotek",
                "Forumvägen 14, Nacka", new GeoPoint(59.3100, 18.1640), List.of("AB06"))));
        centre.execute(admin, new SaveActionPlan(new ActionPlan("nacka-bibliotek", AlarmClass.ALARM, List.of(
                new PlanStep(StepKind.CALL_KEY_HOLDERS, "Ring bibliotekarien"),
                new PlanStep(StepKind.ALERT_RESCUE_SERVICE, "Larma räddningstjänsten om det brinner")))));
        centre.execute(new Actor("alarms", Actor.Kind.INTEGRATION), ReceiveAlarmMessage.of("AB06", "0001",
                MessageType.SIA_DCS, "FA", "1", "", "Nri1/FA1", now, now, "192.0.2.7:4711/TCP", "frame",
                Duration.ofMinutes(10)));
        String id = centre.read(s -> s.extension(AlarmLog.class).cases().open().stream()
                .filter(c -> "nacka-gymnasium".equals(c.objectId())).findFirst().orElseThrow().id());
        String library = centre.read(s -> s.extension(AlarmLog.class).cases().open().stream()
                .filter(c -> "nacka-bibliotek".equals(c.objectId())).findFirst().orElseThrow().id());

        Page page = console.open("alarms");
        Locator fire = page.locator("[data-case='" + id + "']");
        assertThat(fire.getByTestId("case-rescue")).containsText("Räddningstjänsten larmad automatiskt");
        assertThat(fire.getByTestId("case-rescue")).containsText("Storstockholms brandförsvar (Nacka), +46846500510");
        assertThat(fire.getByTestId("case-step").first()).containsText("Larma räddningstjänsten (automatiskt vid brandlarm)");
        // alerted already: no target to call is offered again
        assertThat(fire.getByTestId("case-rescue-target")).hasCount(0);
        // not yet alerted: whom the operator's step alerts
        assertThat(page.locator("[data-case='" + library + "']").getByTestId("case-rescue-target")).hasText(
                "Larmas: Storstockholms brandförsvar (Nacka), +46846500510, larm.storstockholm.example:12300");

        // the first open case with an object is on the map; another case's button moves it there
        assertThat(console.byTestId("alarm-map-caption")).hasText(id + ": Nacka gymnasium, Griffelvägen 17, Nacka"
                + " (59.3105, 18.163)");
        assertThat(page.locator("[data-testid='alarm-map-object'][data-object='nacka-gymnasium']")).isVisible();
        page.locator("[data-case='larm-1']").getByTestId("case-show-map").click();
        assertThat(console.byTestId("alarm-map-caption")).hasText("larm-1: Eklidens skola, Vikdalsvägen 2, Nacka"
                + " (59.316, 18.155)");
        Locator marker = page.locator("[data-testid='alarm-map-object'][data-object='eklidens-skola']");
        assertThat(marker).isVisible();
        // the marker in the middle of the map, not outside its box
        com.microsoft.playwright.options.BoundingBox box = console.byTestId("alarm-map").boundingBox();
        com.microsoft.playwright.options.BoundingBox dot = marker.boundingBox();
        org.assertj.core.api.Assertions.assertThat(Math.abs(dot.x + dot.width / 2 - (box.x + box.width / 2)))
                .isLessThan(30.0);
        org.assertj.core.api.Assertions.assertThat(Math.abs(dot.y + dot.height / 2 - (box.y + box.height / 2)))
                .isLessThan(30.0);

        // today's figures: Nacka kommun's signals and cases, and the account of no object's
        Locator rows = console.byTestId("figures-row");
        assertThat(rows).hasCount(2);
        assertThat(page.locator("[data-testid='figures-row'][data-customer='nacka']")).containsText("Nacka kommun");
        assertThat(page.locator("[data-testid='figures-row'][data-customer='nacka'] td").nth(1)).hasText("5");
        assertThat(rows.nth(1)).containsText("Konton utan larmobjekt");
        console.screenshot("alarm-desk-map");
    }
}
