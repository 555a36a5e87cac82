package se.larmcentral.alarms;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.larmcentral.alarms.codes.AlarmClass;
import se.larmcentral.alarms.codes.SiaCodeTable;
import se.larmcentral.alarms.dc09.MessageType;
import se.larmcentral.alarms.plans.ActionPlan;
import se.larmcentral.alarms.plans.AlarmObject;
import se.larmcentral.alarms.plans.Customer;
import se.larmcentral.alarms.plans.PlanStep;
import se.larmcentral.alarms.plans.StepKind;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.time.VirtualScheduler;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.centre.CentreState;
import se.larmcentral.journal.InMemoryJournal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Customers, objects and plans recorded through the centre, and a received signal joined to its object and plan. */
class AlarmPlansTest {

    private static final Instant START = Instant.parse("2026-12-07T22:00:00Z");
    private static final Actor ADMIN = Actor.person("admin");

    private VirtualScheduler scheduler;
    private Centre centre;

    @BeforeEach
    void start() {
        scheduler = new VirtualScheduler(START);
        centre = Centre.open(new InMemoryJournal(scheduler.clock()), 64,
                Centre.Setup.defaults(scheduler.clock(), List.of(AlarmLog.EXTENSION)));
        run(new SaveCustomer(Customer.of("nacka", "Nacka kommun", "municipality", "AV-2026-17", "087188000")));
        run(new SaveCustomer(Customer.of("ica-forum", "ICA Forum AB", "company", "K-991", "0701234567")));
        run(new SaveAlarmObject(new AlarmObject("nacka-skola", "nacka", "Eklidens skola", "Vikdalsvägen 2, Nacka",
                new GeoPoint(59.316, 18.155), List.of("1234", "AB01"))));
        run(new SaveActionPlan(new ActionPlan("nacka-skola", AlarmClass.ALARM, List.of(
                new PlanStep(StepKind.CALL_KEY_HOLDERS, "Ring vaktmästaren, sedan rektorn"),
                new PlanStep(StepKind.SEND_GUARD, "Skicka väktare från Securitas")))));
        run(new SaveActionPlan(new ActionPlan("nacka-skola", AlarmClass.FAULT, List.of(
                new PlanStep(StepKind.NOTIFY_ON_CALL, "Ring kommunens jour")))));
    }

    @AfterEach
    void stop() {
        centre.close();
        scheduler.close();
    }

    private <R> R run(Command<CentreState, R> command) {
        return centre.execute(ADMIN, command);
    }

    private void receive(String account, String sequence, String code) {
        run(ReceiveAlarmMessage.of(account, sequence, MessageType.SIA_DCS, code, "12", "", "Nri1/" + code + "12",
                null, scheduler.clock().instant(), "192.0.2.7:4711/TCP", "frame", Duration.ofMinutes(10)));
    }

    private AlarmViews.ReceivedAlarms received() {
        return centre.read(s -> AlarmViews.received(s, SiaCodeTable.standard(), 10));
    }

    @Test
    void aReceivedAlarmIsShownWithItsMeaningObjectAndPlan() {
        receive("1234", "0001", "BA");
        AlarmViews.ReceivedAlarm alarm = received().alarms().getFirst();
        assertThat(alarm.meaning().english()).isEqualTo("Burglary alarm");
        assertThat(alarm.object().name()).isEqualTo("Eklidens skola");
        assertThat(alarm.customer().contractReference()).isEqualTo("AV-2026-17");
        assertThat(alarm.planClass()).isEqualTo(AlarmClass.ALARM);
        assertThat(alarm.steps()).extracting(PlanStep::kind).containsExactly(StepKind.CALL_KEY_HOLDERS, StepKind.SEND_GUARD);
    }

    @Test
    void eachClassFollowsItsOwnPlanAndAnUnknownCodeTheAlarmPlan() {
        receive("AB01", "0001", "YT");
        receive("AB01", "0002", "QQ");
        receive("AB01", "0003", "RP");
        List<AlarmViews.ReceivedAlarm> alarms = received().alarms();
        assertThat(alarms).extracting(AlarmViews.ReceivedAlarm::code).containsExactly("RP", "QQ", "YT");
        assertThat(alarms.get(0).steps()).isEmpty();
        assertThat(alarms.get(1).meaning().alarmClass()).isEqualTo(AlarmClass.UNKNOWN);
        assertThat(alarms.get(1).meaning().swedish()).isEqualTo("Okänd händelsekod");
        assertThat(alarms.get(1).planClass()).isEqualTo(AlarmClass.ALARM);
        assertThat(alarms.get(1).steps()).hasSize(2);
        assertThat(alarms.get(2).steps()).extracting(PlanStep::kind).containsExactly(StepKind.NOTIFY_ON_CALL);
    }

    @Test
    void anAccountNoObjectHoldsIsStillShownWithoutPlan() {
        receive("9999", "0001", "FA");
        AlarmViews.ReceivedAlarm alarm = received().alarms().getFirst();
        assertThat(alarm.meaning().swedish()).isEqualTo("Brandlarm");
        assertThat(alarm.object()).isNull();
        assertThat(alarm.steps()).isEmpty();
    }

    @Test
    void anAccountBelongsToOneObjectAcrossCustomers() {
        assertThatThrownBy(() -> run(new SaveAlarmObject(new AlarmObject("ica-lager", "ica-forum", "Lager",
                "Lagervägen 1", new GeoPoint(59.3, 18.1), List.of("5555", "ab01")))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("accounts[1]");
                    assertThat(e.getMessage()).isEqualTo(
                            "accounts[1]: account AB01 already belongs to object 'nacka-skola' of customer 'nacka'");
                });
        var register = centre.read(s -> s.extension(AlarmLog.class).register());
        assertThat(register.objectOfAccount("5555")).isEmpty();
    }

    @Test
    void anObjectReplacedKeepsItsOwnAccountsAndFreesThoseItDropped() {
        run(new SaveAlarmObject(new AlarmObject("nacka-skola", "nacka", "Eklidens skola", "Vikdalsvägen 2, Nacka",
                new GeoPoint(59.316, 18.155), List.of("1234"))));
        var register = centre.read(s -> s.extension(AlarmLog.class).register());
        assertThat(register.objectOfAccount("AB01")).isEmpty();
        assertThat(register.objectOfAccount("1234")).map(AlarmObject::id).contains("nacka-skola");
    }

    @Test
    void anObjectOfNoCustomerOrAPlanOfNoObjectIsRefusedAndNothingRecorded() {
        assertThatThrownBy(() -> run(new SaveAlarmObject(new AlarmObject("x", "nobody", "X", "Y",
                new GeoPoint(59.3, 18.1), List.of("7777")))))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("customerId"));
        assertThatThrownBy(() -> run(new SaveActionPlan(new ActionPlan("nothing", AlarmClass.ALARM,
                List.of(new PlanStep(StepKind.CALL_112, "Ring 112"))))))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("objectId"));
        var register = centre.read(s -> s.extension(AlarmLog.class).register());
        assertThat(register.objectOfAccount("7777")).isEmpty();
        assertThat(register.plans("nothing")).isEmpty();
    }

    @Test
    void theRegisterListsCustomersWithObjectsAndPlans() {
        AlarmViews.Customers all = centre.read(AlarmViews::customers);
        assertThat(all.customers()).extracting(c -> c.customer().id()).containsExactly("ica-forum", "nacka");
        AlarmViews.CustomerView nacka = all.customers().get(1);
        assertThat(nacka.objects()).singleElement().satisfies(o ->
                assertThat(o.plans()).extracting(ActionPlan::alarmClass).containsExactly(AlarmClass.ALARM, AlarmClass.FAULT));
    }

    @Test
    void theRegisterIsRebuiltFromTheJournal() {
        AlarmLog replayed = new AlarmLog();
        centre.journal().readAfter(0, 1_000_000).stream().map(centre.codec()::decode).forEach(replayed::apply);
        assertThat(replayed.register().customers()).extracting(Customer::id).containsExactly("ica-forum", "nacka");
        assertThat(replayed.register().objectOfAccount("AB01")).map(AlarmObject::address).contains("Vikdalsvägen 2, Nacka");
        assertThat(replayed.register().planFor("nacka-skola", AlarmClass.FAULT)).map(p -> p.steps().getFirst().instruction())
                .contains("Ring kommunens jour");
    }
}
