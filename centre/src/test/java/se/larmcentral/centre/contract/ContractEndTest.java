package se.larmcentral.centre.contract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.centre.CareCalls;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.dispatch.CreateIncidentInRegion;
import se.larmcentral.centre.process.CreateCareIncident;
import se.larmcentral.centre.time.VirtualScheduler;
import se.larmcentral.core.Actor;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.crisis.contract.CareContract;
import se.larmcentral.crisis.contract.ContractEvent;
import se.larmcentral.crisis.contract.ContractRegion;
import se.larmcentral.crisis.contract.ContractTerms;
import se.larmcentral.crisis.contract.ExtendContract;
import se.larmcentral.crisis.contract.Extension;
import se.larmcentral.crisis.contract.ReceivingParty;
import se.larmcentral.crisis.contract.ReminderSchedule;
import se.larmcentral.dispatch.CancelIncident;
import se.larmcentral.dispatch.CreateIncident;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.journal.InMemoryJournal;
import se.larmcentral.journal.JournalSettings;
import se.larmcentral.journal.StoredEvent;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stockholm's contract, extended to 2016-10-31, ends at 2016-11-01T00:00+01:00 = 2016-10-31T23:00Z. One second
 * before, the centre makes incidents as ever; at the instant its scheduler hands the open ones over, once, and no
 * new incident is made for the region; calls are still answered and assessed.
 */
class ContractEndTest {

    static final Instant END = Instant.parse("2016-10-31T23:00:00Z");
    static final Actor DISPATCHER = Actor.person("dispatcher-1");
    static final GeoPoint SERGELS_TORG = new GeoPoint(59.3326, 18.0649);
    static final ReceivingParty REGION = new ReceivingParty(ReceivingParty.Kind.REGION,
            "Stockholms läns landsting, egen regi", "08-123 456 00");
    static final ContractTerms STOCKHOLM = new ContractTerms(List.of(new CareContract(
            new ContractRegion("01", "Stockholms län"), LocalDate.parse("2012-11-01"), LocalDate.parse("2016-10-31"),
            List.of(), "fleet.yaml", "triage rules", REGION)), ReminderSchedule.STANDARD);

    static Centre.Setup setup(VirtualScheduler time) {
        return Centre.Setup.defaults(time.clock(), List.of()).withContracts(STOCKHOLM);
    }

    static void incident(Centre centre, String id, Instant now) {
        centre.execute(DISPATCHER, new CreateIncidentInRegion(new CreateIncident(id, SERGELS_TORG, 1,
                UnitType.AMBULANCE, now), null));
    }

    static List<String> handedOver(Centre centre) {
        return centre.journal().readAfter(0, 100_000).stream()
                .filter(row -> row.type().equals("contract.IncidentHandedOver"))
                .map(row -> ((ContractEvent.IncidentHandedOver) centre.codec().decode(row).event()).incidentId())
                .toList();
    }

    @Test
    void oneSecondBeforeTheEndIncidentsAreMadeAtTheEndTheOpenOnesAreHandedOverOnce() {
        VirtualScheduler time = new VirtualScheduler(END.minus(Duration.ofHours(3)));
        try (Centre centre = Centre.open(new InMemoryJournal(time.clock()), 64, setup(time))) {
            centre.startProcesses(time);
            List<List<ContractEvent.IncidentHandedOver>> told = new ArrayList<>();
            centre.contractTimer().onHandedOver(told::add);
            incident(centre, "INC-A", time.now());
            incident(centre, "INC-B", time.now());
            centre.execute(DISPATCHER, new CancelIncident("INC-B", "the caller called back").on(CentreState::dispatch));

            time.advanceTo(END.minusSeconds(1));
            incident(centre, "INC-C", time.now());
            assertThat(handedOver(centre)).isEmpty();
            boolean inForce = centre.read(s -> s.contracts().require("01").inForce(time.now()));
            assertThat(inForce).isTrue();

            time.advanceTo(END);
            assertThat(handedOver(centre)).containsExactly("INC-A", "INC-C");
            ContractEvent.IncidentHandedOver first = centre.read(s -> s.contracts().handOver("INC-A").orElseThrow());
            assertThat(first.at()).isEqualTo(END);
            assertThat(first.receiver()).isEqualTo(REGION);
            assertThat(told).hasSize(1);
            assertThat(told.getFirst()).extracting(ContractEvent.IncidentHandedOver::incidentId)
                    .containsExactly("INC-A", "INC-C");
            assertThat(centre.read(s -> s.shiftLog().latest(10)).stream().map(e -> e.text()))
                    .anyMatch(text -> text.startsWith("Ärende INC-A överlämnat till Stockholms läns landsting"));

            assertThatThrownBy(() -> incident(centre, "INC-D", time.now()))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("avtalet om ambulanssjukvård för Stockholms län (01) upphörde 2016-10-31 24:00")
                    .hasMessageContaining("Stockholms läns landsting, egen regi");
            assertThatThrownBy(() -> centre.execute(DISPATCHER, new CancelIncident("INC-A", "later")
                    .on(CentreState::dispatch)))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("read-only");

            time.advanceBy(Duration.ofMinutes(5));
            assertThat(handedOver(centre)).containsExactly("INC-A", "INC-C");
            assertThat(told).hasSize(1);
        }
    }

    @Test
    void afterTheEndCallsAreStillAnsweredAndAssessedButNoIncidentIsMade() {
        VirtualScheduler time = new VirtualScheduler(END);
        try (Centre centre = Centre.open(new InMemoryJournal(time.clock()), 64, setup(time))) {
            centre.startProcesses(time);
            Random random = new Random(7);
            List<String> refusals = new ArrayList<>();
            for (int n = 1; n <= 20 && refusals.stream().noneMatch(r -> r.contains("avtalet")); n++) {
                String callId = "CALL-" + n;
                CareCalls.classifiedCare(centre, callId, time.now());
                assertThat(CareCalls.interviewToPriority(centre, callId, random)).isPositive();
                try {
                    centre.execute(CareCalls.OPERATOR, new CreateCareIncident(callId));
                } catch (DomainException e) {
                    refusals.add(e.getMessage());
                }
            }
            assertThat(refusals).anyMatch(r -> r.contains("avtalet om ambulanssjukvård för Stockholms län (01) upphörde"));
            int incidents = centre.read(s -> s.dispatch().incidents().size());
            assertThat(incidents).isZero();
        }
    }

    @Test
    void aCentreDownAtTheEndHandsOverAtStartEachIncidentOnce(@TempDir Path dir) {
        JournalSettings settings = JournalSettings.h2File(dir.resolve("journal"));
        VirtualScheduler before = new VirtualScheduler(END.minus(Duration.ofHours(1)));
        try (Centre centre = Centre.open(settings, setup(before))) {
            centre.startProcesses(before);
            incident(centre, "INC-A", before.now());
            incident(centre, "INC-B", before.now());
            before.advanceTo(END.minusSeconds(1));
            assertThat(handedOver(centre)).isEmpty();
        }
        // down over the end instant; a stop half-way through the hand-over: INC-A's step alone was recorded
        VirtualScheduler halfWay = new VirtualScheduler(END.plusSeconds(10));
        try (Centre centre = Centre.open(settings, setup(halfWay))) {
            centre.execute(ContractTimer.ACTOR, new HandOverIncident("INC-A"));
        }
        VirtualScheduler morning = new VirtualScheduler(Instant.parse("2016-11-01T06:00:00Z"));
        try (Centre centre = Centre.open(settings, setup(morning))) {
            centre.startProcesses(morning);
            morning.advanceBy(Duration.ZERO); // the virtual scheduler runs the start tick when asked to
            assertThat(handedOver(centre)).containsExactly("INC-A", "INC-B");
            Instant handedAt = centre.read(s -> s.contracts().handOver("INC-B").orElseThrow().at());
            assertThat(handedAt).isEqualTo(Instant.parse("2016-11-01T06:00:00Z"));
            assertThatThrownBy(() -> centre.execute(DISPATCHER, new CancelIncident("INC-A", "later")
                    .on(CentreState::dispatch))).hasMessageContaining("read-only");
        }
        VirtualScheduler again = new VirtualScheduler(Instant.parse("2016-11-01T07:00:00Z"));
        try (Centre centre = Centre.open(settings, setup(again))) {
            centre.startProcesses(again);
            again.advanceBy(Duration.ofMinutes(2));
            assertThat(handedOver(centre)).containsExactly("INC-A", "INC-B");
        }
    }

    @Test
    void theSupervisorIsRemindedOnceAtEachReminderAndAnExtensionMovesTheEnd() {
        VirtualScheduler time = new VirtualScheduler(Instant.parse("2016-10-24T21:00:00Z"));
        try (Centre centre = Centre.open(new InMemoryJournal(time.clock()), 64, setup(time))) {
            centre.startProcesses(time);
            time.advanceTo(Instant.parse("2016-10-24T21:59:59Z"));
            assertThat(reminders(centre)).containsExactly(30);
            time.advanceTo(Instant.parse("2016-10-24T22:00:00Z"));
            assertThat(reminders(centre)).containsExactly(30, 7);
            time.advanceTo(Instant.parse("2016-10-30T23:00:00Z"));
            assertThat(reminders(centre)).containsExactly(30, 7, 1);
            assertThat(centre.read(s -> s.shiftLog().latest(1)).getFirst().text())
                    .startsWith("Påminnelse: avtalet om ambulanssjukvård för Stockholms län (01) upphör 2016-10-31 24:00");

            incident(centre, "INC-A", time.now());
            centre.execute(Actor.person("supervisor-1"), new ExtendContract("01", new Extension(
                    LocalDate.parse("2016-11-30"), LocalDate.parse("2016-10-31"), "övergången försenad"))
                    .on(CentreState::contracts));
            time.advanceTo(END.plus(Duration.ofHours(1)));
            assertThat(handedOver(centre)).isEmpty();
            incident(centre, "INC-B", time.now());
            time.advanceTo(Instant.parse("2016-11-30T23:00:00Z"));
            assertThat(handedOver(centre)).containsExactly("INC-A", "INC-B");
        }
    }

    private static List<Integer> reminders(Centre centre) {
        return centre.journal().readAfter(0, 100_000).stream()
                .filter(row -> row.type().equals("contract.ContractReminderGiven"))
                .map(row -> ((ContractEvent.ContractReminderGiven) centre.codec().decode(row).event()).daysBefore())
                .toList();
    }
}
