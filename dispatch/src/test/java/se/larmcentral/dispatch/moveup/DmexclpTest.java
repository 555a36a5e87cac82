package se.larmcentral.dispatch.moveup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.Station;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static se.larmcentral.dispatch.moveup.LineWorld.atStation;
import static se.larmcentral.dispatch.moveup.LineWorld.demand;
import static se.larmcentral.dispatch.moveup.LineWorld.driving;
import static se.larmcentral.dispatch.moveup.LineWorld.station;

/**
 * Hand-computed cases on a line (one minute per km). Stations A at 0, B at 10, C at 20 km; demand 10 at each; the
 * priority-1 target of 5 min covers only a station's own point. q = 0.5.
 */
class DmexclpTest {

    static final Instant AT = Instant.parse("2025-03-12T11:00:00Z");
    static final Station A = station("A", 0), B = station("B", 10), C = station("C", 20);
    static final List<Station> STATIONS = List.of(A, B, C);
    static final List<DemandPoint> DEMAND = List.of(demand("a", 0, 10), demand("b", 10, 10), demand("c", 20, 10));

    static DmexclpSettings settings(double minGain, Duration maxTravel) {
        return new DmexclpSettings(0.5, Map.of(1, Duration.ofMinutes(5)), Duration.ZERO, minGain, maxTravel);
    }

    static final Dmexclp POLICY = new Dmexclp(settings(0.01, Duration.ofMinutes(30)), Dmexclp.Scope.ANY_IDLE);

    static MoveUpSituation situation(IdleUnit... idle) {
        return new MoveUpSituation(List.of(idle), STATIONS, DEMAND, AT);
    }

    @Test
    void countsTheUnitsCoveringEachPointAndTheExpectedCoveredDemand() {
        MoveUpSituation s = situation(atStation("U-1", A), atStation("U-2", A), atStation("U-3", B));
        StationCoverage coverage = StationCoverage.of(STATIONS, DEMAND, POLICY.settings(), new LineWorld());

        int[] counts = Dmexclp.coveringCounts(s, coverage);

        assertThat(counts).containsExactly(2, 1, 0);
        // 10·(1 − 0.25) + 10·(1 − 0.5) + 0 = 12.5
        assertThat(POLICY.expectedCovered(DEMAND, counts)).isCloseTo(12.5, within(1e-9));
    }

    @Test
    void movesTheSecondUnitOfADoublyCoveredStationToTheUncoveredOneTiesByUnitId() {
        // A→C: a loses 10·(0.5 − 0.25) = 2.5, c gains 10·(1 − 0.5) = 5: +2.5. A→B: −2.5 + 2.5 = 0. B→C: −5 + 5 = 0.
        List<MoveProposal> moves = POLICY.propose(situation(atStation("U-2", A), atStation("U-1", A),
                atStation("U-3", B)), new LineWorld());

        assertThat(moves).singleElement().satisfies(m -> {
            assertThat(m.unitId()).isEqualTo("U-1");
            assertThat(m.fromStationId()).isEqualTo("A");
            assertThat(m.toStationId()).isEqualTo("C");
            assertThat(m.gain()).isCloseTo(2.5, within(1e-9));
            assertThat(m.travelTime()).isEqualTo(Duration.ofMinutes(20));
            assertThat(m.policy()).isEqualTo("dmexclp");
            assertThat(m.reason()).isEqualTo("U 1 from Station A to Station C (20 min 00 s by road): expected covered"
                    + " demand rises from 41.7 % to 50.0 % (+8.3 %); 33.3 % of the demand has no free unit within its"
                    + " target now and would have one");
        });
    }

    @Test
    void prefersTheUnitWithTheShorterDriveAtEqualGain() {
        // U-2 is on its way home to A, 12 km out: both count at A, U-2 drives 8 min to C, U-1 20 min.
        List<MoveProposal> moves = POLICY.propose(situation(atStation("U-1", A), driving("U-2", 12, A),
                atStation("U-3", B)), new LineWorld());

        assertThat(moves).extracting(MoveProposal::unitId, MoveProposal::toStationId, MoveProposal::travelTime)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("U-2", "C", Duration.ofMinutes(8)));
    }

    @Test
    void proposesNothingWhenNoMoveRaisesCoverage() {
        assertThat(POLICY.propose(situation(atStation("U-1", A), atStation("U-2", B), atStation("U-3", C)),
                new LineWorld())).isEmpty();
    }

    @ParameterizedTest(name = "minGain {0}, maxTravel {1} min: moves {2}")
    @CsvSource({
            "0.083, 30, true",   // 2.5 of 30 is 8.33 %: above 8.3 %
            "0.084, 30, false",  // below 8.4 %
            "0.01, 20, true",    // the drive is exactly 20 min: allowed
            "0.01, 19, false",
    })
    void movesOnlyAboveTheGainThresholdAndWithinTheDriveBound(double minGain, int maxTravelMinutes, boolean moves) {
        Dmexclp policy = new Dmexclp(settings(minGain, Duration.ofMinutes(maxTravelMinutes)), Dmexclp.Scope.ANY_IDLE);
        assertThat(policy.propose(situation(atStation("U-1", A), atStation("U-2", A), atStation("U-3", B)),
                new LineWorld())).hasSize(moves ? 1 : 0);
    }

    @Test
    void turnoutCountsAgainstTheTarget() {
        // demand at 4 km: 4 min by road. With 90 s turnout 5.5 min > 5 min, so A does not cover it.
        List<DemandPoint> demand = List.of(demand("near-a", 4, 1));
        DmexclpSettings withTurnout = new DmexclpSettings(0.5, Map.of(1, Duration.ofMinutes(5)), Duration.ofSeconds(90),
                0, Duration.ofMinutes(30));
        StationCoverage coverage = StationCoverage.of(List.of(A), demand, withTurnout, new LineWorld());
        StationCoverage without = StationCoverage.of(List.of(A), demand, settings(0, Duration.ofMinutes(30)), new LineWorld());

        assertThat(coverage.covers()[0][0]).isFalse();
        assertThat(without.covers()[0][0]).isTrue();
    }

    @Test
    void asksOneSearchPerStationForCoverageAndOnePerCandidateStationForTheDrives() {
        LineWorld world = new LineWorld();
        POLICY.propose(situation(atStation("U-1", A), atStation("U-2", A), atStation("U-3", B)), world);
        // 3 coverage searches, 1 drive search (only C is worth a move)
        assertThat(world.searches).isEqualTo(4);
    }

    @Test
    void aCoverageComputedOnceServesLaterDecisionsWithOnlyTheDrivesSearched() {
        MoveUpSituation s = situation(atStation("U-1", A), atStation("U-2", A), atStation("U-3", B));
        LineWorld world = new LineWorld();
        StationCoverage coverage = POLICY.coverage(s, world);
        assertThat(world.searches).isEqualTo(3);

        List<MoveProposal> moves = POLICY.propose(s, coverage, world);

        assertThat(moves).isEqualTo(POLICY.propose(s, new LineWorld()));
        assertThat(world.searches).isEqualTo(4);
        MoveUpSituation otherDemand = new MoveUpSituation(s.idle(), STATIONS, List.of(demand("a", 0, 1)), AT);
        assertThatThrownBy(() -> POLICY.propose(otherDemand, coverage, world))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDemandPointWithoutATargetForItsPriorityIsRefusedNamingIt() {
        MoveUpSituation s = new MoveUpSituation(List.of(atStation("U-1", A)), STATIONS,
                List.of(demand("a", 0, 1), new DemandPoint("x", LineWorld.at(3), 1, 3)), AT);
        assertThatThrownBy(() -> POLICY.propose(s, new LineWorld()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("demand[1].priority: no coverage target for priority 3 (targets are given for [1])");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "busyFraction|1.0|0.01|30|busyFraction: must lie strictly between 0 and 1, was 1.0",
            "busyFraction|0.0|0.01|30|busyFraction: must lie strictly between 0 and 1, was 0.0",
            "minGain|0.3|1.5|30|minGain: must be a share between 0 and 1, was 1.5",
            "maxTravel|0.3|0.01|0|maxTravel: must be a duration above zero, was PT0S",
    })
    void badSettingsAreRefusedNamingTheField(String field, double q, double minGain, int maxTravel, String message) {
        assertThatThrownBy(() -> new DmexclpSettings(q, Map.of(1, Duration.ofMinutes(5)), Duration.ZERO, minGain,
                Duration.ofMinutes(maxTravel))).isInstanceOf(InvalidInputException.class).hasMessage(message);
    }

    @Test
    void noneProposesNothing() {
        assertThat(new NoMoveUp().propose(situation(atStation("U-1", A), atStation("U-2", A)), new LineWorld())).isEmpty();
    }
}
