package se.larmcentral.dispatch.moveup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.larmcentral.core.InvalidInputException;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static se.larmcentral.dispatch.moveup.DmexclpTest.A;
import static se.larmcentral.dispatch.moveup.DmexclpTest.AT;
import static se.larmcentral.dispatch.moveup.DmexclpTest.B;
import static se.larmcentral.dispatch.moveup.DmexclpTest.DEMAND;
import static se.larmcentral.dispatch.moveup.DmexclpTest.STATIONS;
import static se.larmcentral.dispatch.moveup.DmexclpTest.settings;
import static se.larmcentral.dispatch.moveup.LineWorld.atStation;
import static se.larmcentral.dispatch.moveup.LineWorld.driving;

/**
 * DMEXCLP's freed-unit scope (Jagtenberg et al.): only the unit that has just become free is given a station, the one
 * with the largest marginal coverage gain; no other unit moves. DmexclpTest's line: stations A 0, B 10, C 20 km,
 * demand 10 at each, a station covers only its own point, q = 0.5, one minute per km.
 */
class DmexclpFreedUnitTest {

    static final Dmexclp FREED = new Dmexclp(settings(0.01, Duration.ofMinutes(30)));

    static IdleUnit unit(String spec) {
        // U-n@S: at station S; U-n~km>S: driving at km, counting at S
        String id = spec.substring(0, 3);
        String station = spec.substring(spec.length() - 1);
        var s = STATIONS.stream().filter(x -> x.id().equals(station)).findFirst().orElseThrow();
        return spec.charAt(3) == '@' ? atStation(id, s)
                : driving(id, Double.parseDouble(spec.substring(4, spec.length() - 2)), s);
    }

    /**
     * Counts a 2, b 1, c 0 in the first three rows. Moving one unit out of A costs 10·(0.5 − 0.25) = 2.5; into C
     * gains 10·(1 − 0.5) = 5, into B 10·(0.5 − 0.25) = 2.5; out of B costs 5; into A (2 → 3) gains 1.25.
     */
    @ParameterizedTest(name = "{0} freed {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // U-2 has cleared 12 km out and counts at A: A→C +2.5 (8 min), A→B 0; it goes to C
            "U-1@A U-2~12>A U-3@B | U-2     | 30 | U-2>C 2.5 8",
            // the freed unit stands where it adds most (B→C 0, B→A −3.75): nobody moves, although U-1 A→C is +2.5
            "U-1@A U-2@A U-3~10>B | U-3     | 30 | -",
            // the only gainful station is beyond the drive bound
            "U-1@A U-2~12>A U-3@B | U-2     | 7  | -",
            // no freed unit (a decision after an assignment): nobody moves
            "U-1@A U-2@A U-3@B    | -       | 30 | -",
            // two freed at A: U-1 first to C (+2.5, 19 min); then A 1, b 1, c 1 and U-2 gains nowhere (−5 + 2.5)
            "U-1~1>A U-2~2>A U-3@B | U-1 U-2 | 30 | U-1>C 2.5 19",
            // one unit for three points, freed at B: B is as good as any (each point is covered once): stays
            "U-1~3>B               | U-1     | 30 | -",
    })
    void theFreedUnitGoesWhereItAddsMostAndNoOtherMoves(String idle, String freed, int maxTravel, String expected) {
        List<IdleUnit> units = Arrays.stream(idle.trim().split("\\s+")).map(DmexclpFreedUnitTest::unit).toList();
        Set<String> freedIds = freed.equals("-") ? Set.of() : Set.of(freed.trim().split("\\s+"));
        Dmexclp policy = new Dmexclp(settings(0.01, Duration.ofMinutes(maxTravel)));

        List<MoveProposal> moves = policy.propose(new MoveUpSituation(units, STATIONS, DEMAND, AT, freedIds),
                new LineWorld());

        if (expected.equals("-")) {
            assertThat(moves).isEmpty();
        } else {
            String[] e = expected.split("[> ]");
            assertThat(moves).singleElement().satisfies(m -> {
                assertThat(m.unitId()).isEqualTo(e[0]);
                assertThat(m.toStationId()).isEqualTo(e[1]);
                assertThat(m.gain()).isCloseTo(Double.parseDouble(e[2]), within(1e-9));
                assertThat(m.travelTime()).isEqualTo(Duration.ofMinutes(Integer.parseInt(e[3])));
            });
        }
    }

    @Test
    void anyIdleScopeMovesAUnitThatHasNotJustBecomeFree() {
        MoveUpSituation s = new MoveUpSituation(List.of(atStation("U-1", A), atStation("U-2", A),
                driving("U-3", 10, B)), STATIONS, DEMAND, AT, Set.of("U-3"));

        assertThat(FREED.propose(s, new LineWorld())).isEmpty();
        assertThat(new Dmexclp(FREED.settings(), Dmexclp.Scope.ANY_IDLE).propose(s, new LineWorld()))
                .extracting(MoveProposal::unitId, MoveProposal::toStationId).containsExactly(tuple("U-1", "C"));
    }

    @Test
    void theReasonNamesTheFreedUnitsMoveAndTheCoverageItAdds() {
        MoveUpSituation s = new MoveUpSituation(List.of(atStation("U-1", A), driving("U-2", 12, A),
                atStation("U-3", B)), STATIONS, DEMAND, AT, Set.of("U-2"));

        assertThat(FREED.propose(s, new LineWorld())).singleElement().extracting(MoveProposal::reason)
                .isEqualTo("U 2 from Station A to Station C (8 min 00 s by road): expected covered demand rises from"
                        + " 41.7 % to 50.0 % (+8.3 %); 33.3 % of the demand has no free unit within its target now"
                        + " and would have one");
    }

    @Test
    void liveTheFreedUnitsAreThoseNotAtTheirStationAndOneSearchServesEach() {
        MoveUpSituation s = new MoveUpSituation(List.of(atStation("U-1", A), driving("U-2", 12, A),
                atStation("U-3", B)), STATIONS, DEMAND, AT);
        assertThat(s.freed()).containsExactly("U-2");

        LineWorld world = new LineWorld();
        StationCoverage coverage = FREED.coverage(s, world);
        world.searches = 0;
        assertThat(FREED.propose(s, coverage, world)).hasSize(1);
        assertThat(world.searches).isEqualTo(1);
    }

    @Test
    void theLiteraturesScopeIsTheDefault() {
        assertThat(new Dmexclp(DmexclpSettings.DEFAULT).scope()).isEqualTo(Dmexclp.Scope.FREED_UNIT);
    }

    @ParameterizedTest
    @CsvSource({"freed-unit, FREED_UNIT", "' Any-Idle ', ANY_IDLE"})
    void scopesAreReadByTheirSettingName(String text, Dmexclp.Scope scope) {
        assertThat(Dmexclp.Scope.parse("scope", text)).isEqualTo(scope);
    }

    @Test
    void anUnknownScopeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Dmexclp.Scope.parse("move-up.scope", "nearest"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("move-up.scope: unknown scope 'nearest'; expected freed-unit or any-idle");
    }
}
