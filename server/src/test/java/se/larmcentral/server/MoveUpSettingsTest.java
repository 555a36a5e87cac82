package se.larmcentral.server;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.larmcentral.centre.dispatch.MoveUpAdvice;
import se.larmcentral.config.InvalidSettingException;
import se.larmcentral.config.MoveUpSettings;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.dispatch.moveup.ComplianceTable;
import se.larmcentral.dispatch.moveup.Dmexclp;
import se.larmcentral.dispatch.moveup.NoMoveUp;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code dispatch.moveUp}: the defaults, each policy, and every bad value named. */
class MoveUpSettingsTest {

    private static MoveUpAdvice advice(Map<String, String> environment) {
        return MoveUpSettings.advice(SettingsLoader.load(null, environment).dispatch().moveUp());
    }

    @Test
    void byDefaultThereIsNoMoveUp() {
        assertThat(advice(Map.of()).policy()).isInstanceOf(NoMoveUp.class);
    }

    @Test
    void dmexclpTakesItsParametersDemandPointsAndAGrid() {
        MoveUpAdvice advice = advice(Map.of("LARM_DISPATCH_MOVE_UP_POLICY", "dmexclp",
                "LARM_DISPATCH_MOVE_UP_BUSY_FRACTION", "0.4",
                "LARM_DISPATCH_MOVE_UP_TARGET_MINUTES", "[8, 20, 60, 60]",
                "LARM_DISPATCH_MOVE_UP_MIN_GAIN_PERCENT", "2.5",
                "LARM_DISPATCH_MOVE_UP_DEMAND_POINTS", "[{position: \"59.33,18.06\", weight: 900, priority: 2}]",
                "LARM_DISPATCH_MOVE_UP_DEMAND_AREA", "59.20,17.75,59.55,18.30",
                "LARM_DISPATCH_MOVE_UP_DEMAND_AREA_CELLS", "3"));
        Dmexclp dmexclp = (Dmexclp) advice.policy();
        assertThat(dmexclp.settings().busyFraction()).isEqualTo(0.4);
        assertThat(dmexclp.settings().targets().get(1)).isEqualTo(Duration.ofMinutes(8));
        assertThat(dmexclp.settings().minGain()).isEqualTo(0.025);
        // live, any free unit may be proposed (a hole is filled at once); the simulator's default is freed-unit
        assertThat(dmexclp.scope()).isEqualTo(Dmexclp.Scope.ANY_IDLE);
        assertThat(advice.demand()).hasSize(1 + 9);
        assertThat(advice.demand().getFirst().weight()).isEqualTo(900);
        assertThat(advice.demand().getFirst().priority()).isEqualTo(2);
        // the grid's cells' centres: the first at 1/6 of the box from the south-west corner
        assertThat(advice.demand().get(1).position().lat()).isEqualTo(59.25833);
        assertThat(advice.demand().get(1).position().lon()).isEqualTo(17.84167);
    }

    @Test
    void dmexclpsScopeIsRead() {
        MoveUpAdvice advice = advice(Map.of("LARM_DISPATCH_MOVE_UP_POLICY", "dmexclp",
                "LARM_DISPATCH_MOVE_UP_SCOPE", "freed-unit"));
        assertThat(((Dmexclp) advice.policy()).scope()).isEqualTo(Dmexclp.Scope.FREED_UNIT);
    }

    @Test
    void aComplianceTableIsReadRowByRow() {
        MoveUpAdvice advice = advice(Map.of("LARM_DISPATCH_MOVE_UP_POLICY", "compliance-table",
                "LARM_DISPATCH_MOVE_UP_COMPLIANCE_TABLE", "[[a], [a, b]]"));
        assertThat(((ComplianceTable) advice.policy()).rows()).isEqualTo(Map.of(1, List.of("a"), 2, List.of("a", "b")));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "LARM_DISPATCH_MOVE_UP_POLICY|closest|'dispatch.moveUp.policy': unknown policy 'closest'; expected one of none, dmexclp, compliance-table",
            "LARM_DISPATCH_MOVE_UP_BUSY_FRACTION|1.0|'dispatch.moveUp.busyFraction': must lie strictly between 0 and 1, was 1.0",
            "LARM_DISPATCH_MOVE_UP_TARGET_MINUTES|[10, 20]|'dispatch.moveUp.targetMinutes': give four targets in minutes",
            "LARM_DISPATCH_MOVE_UP_MIN_GAIN_PERCENT|-1|'dispatch.moveUp.minGainPercent': must be 0 to 100, was -1.0",
            "LARM_DISPATCH_MOVE_UP_MAX_TRAVEL_MINUTES|0|'dispatch.moveUp.maxTravelMinutes': must be 1 to 240, was 0",
            "LARM_DISPATCH_MOVE_UP_TURNOUT_SECONDS|901|'dispatch.moveUp.turnoutSeconds': must be 0 to 900, was 901",
            "LARM_DISPATCH_MOVE_UP_DEMAND_POINTS|[{position: \"north\", weight: 1}]|'dispatch.moveUp.demandPoints[0].position'",
            "LARM_DISPATCH_MOVE_UP_DEMAND_POINTS|[{position: \"59.3,18.0\", weight: 0}]|'dispatch.moveUp.demandPoints[0].weight': must be a number above 0, was 0.0",
            "LARM_DISPATCH_MOVE_UP_DEMAND_POINTS|[{position: \"59.3,18.0\", weight: 1, priority: 7}]|'dispatch.moveUp.demandPoints[0].priority': must be 1-4, was 7",
            "LARM_DISPATCH_MOVE_UP_DEMAND_AREA|59.55,17.75,59.20,18.30|'dispatch.moveUp.demandArea': south must lie below north",
            "LARM_DISPATCH_MOVE_UP_DEMAND_AREA|Stockholm|'dispatch.moveUp.demandArea': give SOUTH,WEST,NORTH,EAST",
            "LARM_DISPATCH_MOVE_UP_SCOPE|nearest|'dispatch.moveUp.scope': unknown scope 'nearest'; expected freed-unit or any-idle",
    })
    void aBadDmexclpValueStopsStartUpNamingTheSetting(String variable, String value, String message) {
        Map<String, String> environment = new java.util.HashMap<>(Map.of("LARM_DISPATCH_MOVE_UP_POLICY", "dmexclp"));
        environment.put(variable, value);
        assertThatThrownBy(() -> SettingsLoader.load(null, environment))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining(message);
    }

    @Test
    void aComplianceTableMustExistAndEachRowNameAsManyStationsAsItsNumber() {
        assertThatThrownBy(() -> advice(Map.of("LARM_DISPATCH_MOVE_UP_POLICY", "compliance-table")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("'dispatch.moveUp.complianceTable': the compliance-table policy needs a table");
        assertThatThrownBy(() -> advice(Map.of("LARM_DISPATCH_MOVE_UP_POLICY", "compliance-table",
                "LARM_DISPATCH_MOVE_UP_COMPLIANCE_TABLE", "[[a], [a]]")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("'dispatch.moveUp.complianceTable[1]': row 2 is for 2 free units and must name 2 stations, it names 1");
    }
}
