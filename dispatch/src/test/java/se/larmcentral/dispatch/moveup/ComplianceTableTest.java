package se.larmcentral.dispatch.moveup;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.Station;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static se.larmcentral.dispatch.moveup.LineWorld.atStation;
import static se.larmcentral.dispatch.moveup.LineWorld.driving;
import static se.larmcentral.dispatch.moveup.LineWorld.station;

/** Stations A at 0, B at 10, C at 20 km on a line (one minute per km). */
class ComplianceTableTest {

    static final Instant AT = Instant.parse("2025-03-12T11:00:00Z");
    static final Station A = station("A", 0), B = station("B", 10), C = station("C", 20);
    static final ComplianceTable TABLE = new ComplianceTable(Map.of(
            1, List.of("B"),
            2, List.of("A", "C"),
            3, List.of("A", "B", "C")));

    static List<MoveProposal> propose(IdleUnit... idle) {
        return TABLE.propose(new MoveUpSituation(List.of(idle), List.of(A, B, C), List.of(), AT), new LineWorld());
    }

    @Test
    void fillsEachMissingPlaceFromTheSpareUnitsInRowOrderTiesByUnitId() {
        List<MoveProposal> moves = propose(atStation("U-3", A), atStation("U-1", A), atStation("U-2", A));

        assertThat(moves).extracting(MoveProposal::unitId, MoveProposal::fromStationId, MoveProposal::toStationId,
                        MoveProposal::travelTime)
                .containsExactly(tuple("U-1", "A", "B", Duration.ofMinutes(10)),
                        tuple("U-2", "A", "C", Duration.ofMinutes(20)));
        assertThat(moves.getFirst().reason()).isEqualTo("U 1 from Station A to Station B (10 min 00 s by road): with 3"
                + " free units the compliance table wants 1 at Station B, which has 0; U 1 is the nearest unit beyond"
                + " the table at Station A");
        assertThat(moves).allSatisfy(m -> assertThat(m.gain()).isEqualTo(1));
    }

    @Test
    void takesTheNearestSpareUnitByRoadFromWhereItIs() {
        // A has two (wants one), C has its one; U-2 is driving home to A from 15 km: 5 min from B, U-1 10 min.
        assertThat(propose(atStation("U-1", A), driving("U-2", 15, A), atStation("U-3", C)))
                .extracting(MoveProposal::unitId, MoveProposal::toStationId)
                .containsExactly(tuple("U-2", "B"));
    }

    @Test
    void neverTakesAUnitTheRowWantsWhereItStands() {
        // two idle: the row wants A and C. U-1 at A stays; U-2 at B is spare and goes to C.
        assertThat(propose(atStation("U-1", A), atStation("U-2", B)))
                .extracting(MoveProposal::unitId, MoveProposal::toStationId)
                .containsExactly(tuple("U-2", "C"));
    }

    @Test
    void moreIdleUnitsThanAnyRowUseTheLargestRowAndTheRestStaysWhereItIs() {
        assertThat(propose(atStation("U-1", A), atStation("U-2", A), atStation("U-3", B), atStation("U-4", B)))
                .extracting(MoveProposal::unitId, MoveProposal::toStationId)
                .containsExactly(tuple("U-3", "C"));  // B has one to spare and is 10 min from C, A 20 min
    }

    @Test
    void aFleetStandingAsTheTableSaysStaysPut() {
        assertThat(propose(atStation("U-1", B))).isEmpty();
        assertThat(propose(atStation("U-1", A), atStation("U-2", C))).isEmpty();
        assertThat(propose()).isEmpty();
    }

    @Test
    void aRowOfTheWrongLengthIsRefusedNamingIt() {
        assertThatThrownBy(() -> new ComplianceTable(Map.of(2, List.of("A"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("complianceTable.2: the row for 2 idle units must name 2 stations, it names 1");
    }

    @Test
    void aStationTheFleetDoesNotHaveIsRefusedNamingTheRow() {
        ComplianceTable table = new ComplianceTable(Map.of(1, List.of("B"), 2, List.of("A", "Z")));
        assertThatThrownBy(() -> table.requireKnown(List.of(A, B, C)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("complianceTable.2: unknown station 'Z'");
    }
}
