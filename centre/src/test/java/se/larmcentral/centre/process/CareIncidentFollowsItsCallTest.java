package se.larmcentral.centre.process;

import org.junit.jupiter.api.Test;
import se.larmcentral.calls.CorrectPosition;
import se.larmcentral.calls.MunicipalityLocation;
import se.larmcentral.centre.CareCalls;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.time.VirtualScheduler;
import se.larmcentral.core.Actor;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.CancelIncident;
import se.larmcentral.dispatch.Incident;
import se.larmcentral.journal.InMemoryJournal;
import se.larmcentral.journal.StoredEvent;
import se.larmcentral.triage.OverridePriority;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A care call's incident is made at the priority's confirmation; what the operator learns afterwards (where the
 * patient really is, a nurse's new priority) reaches the incident through the centre's process, once.
 */
class CareIncidentFollowsItsCallTest {

    private static final Instant T0 = Instant.parse("2025-03-12T09:00:00Z");
    private static final Actor NURSE = Actor.person("nurse-1");
    private static final GeoPoint SODERMALM = new GeoPoint(59.3150, 18.0710);

    @Test
    void aCorrectedPositionAndANewPriorityMoveTheOpenIncidentOnce() {
        VirtualScheduler time = new VirtualScheduler(T0);
        try (Centre centre = Centre.open(new InMemoryJournal(time.clock()), 64, Centre.Setup.defaults(time.clock(), List.of()))) {
            centre.startProcesses(time);
            String callId = callWithIncident(centre, time);
            Incident made = incident(centre, callId);

            centre.execute(CareCalls.OPERATOR, new CorrectPosition(callId, SODERMALM, "the caller is at her mother's",
                    MunicipalityLocation.notFound("no boundaries in this test")).on(CentreState::calls));

            assertThat(incident(centre, callId).position()).isEqualTo(SODERMALM);
            assertThat(incident(centre, callId).priority()).isEqualTo(made.priority());

            int other = made.priority() == 1 ? 2 : 1;
            centre.execute(NURSE, new OverridePriority(callId, other, "worse than the caller said", NURSE)
                    .on(CentreState::triage));

            assertThat(incident(centre, callId).priority()).isEqualTo(other);
            List<StoredEvent> rows = centre.journal().readAfter(0, 100_000);
            assertThat(rows.stream().filter(r -> r.type().equals("dispatch.IncidentMoved")).count()).isEqualTo(1);
            assertThat(rows.stream().filter(r -> r.type().equals("dispatch.IncidentReprioritised")).count()).isEqualTo(1);
            assertThat(rows.stream().filter(r -> r.type().equals("dispatch.IncidentCreated")).count()).isEqualTo(1);
        }
    }

    @Test
    void aCancelledIncidentStaysAsItWasWorkedOn() {
        VirtualScheduler time = new VirtualScheduler(T0);
        try (Centre centre = Centre.open(new InMemoryJournal(time.clock()), 64, Centre.Setup.defaults(time.clock(), List.of()))) {
            centre.startProcesses(time);
            String callId = callWithIncident(centre, time);
            Incident made = incident(centre, callId);
            centre.execute(CareCalls.OPERATOR, new CancelIncident(made.id(), "the caller called back").on(CentreState::dispatch));

            centre.execute(CareCalls.OPERATOR, new CorrectPosition(callId, SODERMALM, "wrong address",
                    MunicipalityLocation.notFound("no boundaries in this test")).on(CentreState::calls));

            assertThat(incident(centre, callId).position()).isEqualTo(made.position());
            boolean stepDue = centre.read(s -> CallProcess.next(s, callId).isPresent());
            assertThat(stepDue).isFalse();
        }
    }

    /** Seeded interviews until one whose response plan sends a unit, so that an incident exists. */
    private static String callWithIncident(Centre centre, VirtualScheduler time) {
        Random random = new Random(7);
        for (int n = 1; n <= 20; n++) {
            String callId = "CALL-" + n;
            CareCalls.classifiedCare(centre, callId, time.now());
            CareCalls.interviewToPriority(centre, callId, random);
            if (centre.read(s -> s.dispatch().incident(CreateCareIncident.incidentId(callId))).isPresent()) {
                return callId;
            }
        }
        throw new AssertionError("no interview of 20 gave a plan that sends a unit");
    }

    private static Incident incident(Centre centre, String callId) {
        return centre.read(s -> s.dispatch().incident(CreateCareIncident.incidentId(callId)).orElseThrow());
    }
}
