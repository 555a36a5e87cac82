package se.larmcentral.dispatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.GeoPoint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larmcentral.dispatch.UnitStatus.*;

class PendingQueueTest {

    private final StraightLineTravelTimes travel = new StraightLineTravelTimes();

    @Test
    void theQueueIsOrderedByPriorityThenWaitingTime() {
        Centre centre = new Centre();
        Instant t0 = centre.now;
        centre.run(new CreateIncident("late-p1", Places.north(1), 1, UnitType.AMBULANCE, t0.minusSeconds(10)));
        centre.run(new CreateIncident("early-p3", Places.north(1), 3, UnitType.AMBULANCE, t0.minusSeconds(900)));
        centre.run(new CreateIncident("early-p1", Places.north(1), 1, UnitType.AMBULANCE, t0.minusSeconds(60)));
        centre.run(new CreateIncident("p2", Places.north(1), 2, UnitType.AMBULANCE, t0.minusSeconds(30)));

        List<PendingQueue.Entry> queue = PendingQueue.at(centre.state, t0);

        assertThat(queue).extracting(e -> e.incident().id()).containsExactly("early-p1", "late-p1", "p2", "early-p3");
        assertThat(queue).extracting(PendingQueue.Entry::place).containsExactly(1, 2, 3, 4);
        assertThat(queue.getFirst().waiting()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aFreedUnitIsProposedTheHighestPriorityLongestWaitingIncidentItCanServe() {
        Centre centre = new Centre().station("s", Places.CENTRE).ambulance("A", "s")
                .unit("ST", UnitType.PATIENT_TRANSPORT, "s");
        Instant t0 = centre.now;
        centre.run(new CreateIncident("near-p3", Places.north(0.5), 3, UnitType.AMBULANCE, t0.minusSeconds(1200)));
        centre.run(new CreateIncident("far-p2-new", Places.north(8), 2, UnitType.AMBULANCE, t0.minusSeconds(60)));
        centre.run(new CreateIncident("far-p2-old", Places.north(9), 2, UnitType.AMBULANCE, t0.minusSeconds(300)));
        centre.run(new CreateIncident("p1-helicopter", Places.north(1), 1, UnitType.HELICOPTER, t0.minusSeconds(30)));
        centre.run(new CreateIncident("p4", Places.north(1), 4, UnitType.PATIENT_TRANSPORT, t0.minusSeconds(3000)));

        PendingQueue.Proposal proposal = PendingQueue.proposeFor(centre.state, "A", travel, t0).orElseThrow();

        assertThat(proposal.incidentId()).isEqualTo("far-p2-old");
        assertThat(proposal.priority()).isEqualTo(2);
        assertThat(proposal.waiting()).isEqualTo(Duration.ofMinutes(5));
        assertThat(proposal.travel()).isEqualTo(travel.time(Places.CENTRE, Places.north(9)));
        assertThat(proposal.explanation()).contains("priority 2 incident far-p2-old", "waiting 5 min 00 s");
        assertThat(travel.fromOriginCalls).isEqualTo(1);

        assertThat(PendingQueue.proposeFor(centre.state, "ST", travel, t0)).map(PendingQueue.Proposal::incidentId).contains("p4");
    }

    @Test
    void anIncidentWithoutARouteIsSkippedAndTheProposalSaysSo() {
        Centre centre = new Centre().station("s", Places.CENTRE).ambulance("A", "s");
        centre.run(new CreateIncident("island", Places.north(5), 1, UnitType.AMBULANCE, centre.now.minusSeconds(100)));
        centre.run(new CreateIncident("mainland", Places.north(2), 1, UnitType.AMBULANCE, centre.now.minusSeconds(50)));
        travel.unreachable(Places.north(5));
        PendingQueue.Proposal proposal = PendingQueue.proposeFor(centre.state, "A", travel, centre.now).orElseThrow();
        assertThat(proposal.incidentId()).isEqualTo("mainland");
        assertThat(proposal.explanation()).contains("1 incident(s) ahead of it in the queue have no road route");
    }

    @Test
    void nothingIsProposedWhenNoQueuedIncidentFitsAndABusyUnitIsRefused() {
        Centre centre = new Centre().station("s", Places.CENTRE).ambulance("A", "s").ambulance("B", "s");
        assertThat(PendingQueue.proposeFor(centre.state, "A", travel, centre.now)).isEmpty();
        centre.incident("I", Places.north(1), 2);
        centre.run(new AssignUnit("I", "B"));
        centre.status("B", ACKNOWLEDGED, EN_ROUTE, ON_SCENE);
        assertThatThrownBy(() -> PendingQueue.proposeFor(centre.state, "B", travel, centre.now))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not free");
        assertThat(PendingQueue.at(centre.state, centre.now)).isEmpty();
    }

    /** Random queues: the order invariant holds and a proposal is always the first fitting incident in it. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765, 10946})
    void queueOrderInvariantHoldsForRandomInputs(long seed) {
        Random random = new Random(seed);
        Centre centre = new Centre().station("s", Places.CENTRE).ambulance("A", "s")
                .unit("ST", UnitType.PATIENT_TRANSPORT, "s").ambulance("BUSY", "s");
        Instant t0 = centre.now;
        int count = 5 + random.nextInt(40);
        List<String> assigned = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UnitType type = UnitType.values()[random.nextInt(UnitType.values().length)];
            // Few distinct queue times, so that equal priorities with equal waiting times occur and the id decides.
            Instant queued = t0.minusSeconds(random.nextInt(8) * 60L);
            GeoPoint where = new GeoPoint(59.2 + random.nextDouble() * 0.3, 17.8 + random.nextDouble() * 0.4);
            centre.run(new CreateIncident("I" + i, where, 1 + random.nextInt(4), type, queued));
            if (random.nextInt(5) == 0 && assigned.isEmpty() && type == UnitType.AMBULANCE) {
                centre.run(new AssignUnit("I" + i, "BUSY"));
                assigned.add("I" + i);
            }
        }

        List<PendingQueue.Entry> queue = PendingQueue.at(centre.state, t0);

        assertThat(queue).hasSize(count - assigned.size());
        assertThat(queue).noneMatch(e -> assigned.contains(e.incident().id()));
        for (int i = 1; i < queue.size(); i++) {
            Incident before = queue.get(i - 1).incident();
            Incident after = queue.get(i).incident();
            assertThat(before.priority()).isLessThanOrEqualTo(after.priority());
            if (before.priority() == after.priority()) {
                assertThat(queue.get(i - 1).waiting()).isGreaterThanOrEqualTo(queue.get(i).waiting());
                if (queue.get(i - 1).waiting().equals(queue.get(i).waiting())) {
                    assertThat(before.id()).isLessThan(after.id());
                }
            }
        }
        for (String unitId : List.of("A", "ST")) {
            UnitType type = centre.unitNow(unitId).type();
            Optional<String> expected = queue.stream().map(PendingQueue.Entry::incident)
                    .filter(i -> type.canAnswer(i.neededType())).map(Incident::id).findFirst();
            assertThat(PendingQueue.proposeFor(centre.state, unitId, travel, t0).map(PendingQueue.Proposal::incidentId))
                    .isEqualTo(expected);
        }
    }

    @Test
    void aProposalFromASnapshotNeedsNoStateAndEqualsTheDirectOne() {
        Centre centre = new Centre().station("s", Places.CENTRE).ambulance("A", "s");
        Instant t0 = centre.now;
        centre.run(new CreateIncident("p2", Places.north(2), 2, UnitType.AMBULANCE, t0.minusSeconds(60)));
        PendingQueue.ProposalSnapshot snapshot = PendingQueue.snapshotFor(centre.state, "A", t0);
        Optional<PendingQueue.Proposal> direct = PendingQueue.proposeFor(centre.state, "A", travel, t0);

        centre.run(new AssignUnit("p2", "A"));

        assertThat(PendingQueue.propose(snapshot, travel)).isEqualTo(direct).isPresent();
        assertThatThrownBy(() -> PendingQueue.snapshotFor(centre.state, "A", t0)).isInstanceOf(ConflictException.class);
    }
}
