package se.larmcentral.centre;

import org.junit.jupiter.api.Test;
import se.larmcentral.calls.CaseLinkKind;
import se.larmcentral.centre.time.VirtualScheduler;
import se.larmcentral.dispatch.Incident;
import se.larmcentral.journal.InMemoryJournal;
import se.larmcentral.journal.StoredEvent;
import se.larmcentral.triage.AssessmentView;
import se.larmcentral.triage.UnitType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same centre a server runs, on a virtual clock and an in-memory journal, with no HTTP anywhere: a simulated
 * day of care calls, one every 20 minutes, each taken to a priority by the operator; the centre's own process makes
 * each call's assessment and incident, and its timers tick on the same clock.
 */
class VirtualDayTest {

    private static final Instant MIDNIGHT = Instant.parse("2025-03-12T23:00:00Z"); // 00:00 in Stockholm

    @Test
    void aSimulatedDayOfCareCallsGetsEachAssessmentAndIncidentOnceOnTheVirtualClock() {
        VirtualScheduler time = new VirtualScheduler(MIDNIGHT);
        List<String> calls = new ArrayList<>();
        Random random = new Random(112);
        try (Centre centre = Centre.open(new InMemoryJournal(time.clock()), 64,
                Centre.Setup.defaults(time.clock(), List.of()))) {
            centre.startProcesses(time);
            time.every(Duration.ofMinutes(20), Duration.ofMinutes(20), "a care call", () -> {
                String callId = "SIM-" + (calls.size() + 1);
                calls.add(callId);
                CareCalls.classifiedCare(centre, callId, time.now());
                CareCalls.interviewToPriority(centre, callId, random);
            });

            time.advanceBy(Duration.ofDays(1));

            assertThat(time.now()).isEqualTo(MIDNIGHT.plus(Duration.ofDays(1)));
            assertThat(calls).hasSize(72);
            int sendingUnit = 0;
            for (String callId : calls) {
                AssessmentView assessment = centre.read(s -> s.triage().view(callId));
                boolean sends = assessment.response().unit() != UnitType.NONE;
                Incident incident = centre.read(s -> s.dispatch().incident("INC-" + callId).orElse(null));
                long links = centre.read(s -> s.calls().requireCall("callId", callId).links().stream()
                        .filter(l -> l.kind() == CaseLinkKind.DISPATCH_INCIDENT || l.kind() == CaseLinkKind.TRIAGE_ASSESSMENT)
                        .count());
                if (sends) {
                    sendingUnit++;
                    assertThat(incident).as("incident of %s", callId).isNotNull();
                    assertThat(incident.priority()).isEqualTo(assessment.priority());
                    assertThat(links).as("links on %s", callId).isEqualTo(2);
                } else {
                    assertThat(incident).as("no incident for %s: its plan sends no unit", callId).isNull();
                    assertThat(links).as("links on %s", callId).isEqualTo(1);
                }
            }
            assertThat(sendingUnit).as("calls whose plan sends a unit").isGreaterThan(36);
            List<StoredEvent> rows = centre.journal().readAfter(0, 1_000_000);
            assertThat(rows.stream().filter(r -> r.type().equals("dispatch.IncidentCreated")).count()).isEqualTo(sendingUnit);
            assertThat(rows.stream().filter(r -> r.type().equals("triage.AssessmentStarted")).count()).isEqualTo(72);
            assertThat(rows).as("every instant recorded on the virtual clock")
                    .allSatisfy(r -> assertThat(r.at()).isBetween(MIDNIGHT, MIDNIGHT.plus(Duration.ofDays(1))));
        }
    }
}
