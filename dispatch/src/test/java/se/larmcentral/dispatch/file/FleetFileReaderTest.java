package se.larmcentral.dispatch.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.larmcentral.core.Actor;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.Recorded;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.FleetDefinition;
import se.larmcentral.dispatch.Hospital;
import se.larmcentral.dispatch.HospitalCapability;
import se.larmcentral.dispatch.LoadFleet;
import se.larmcentral.dispatch.ShiftRoster;
import se.larmcentral.dispatch.UnitDefinition;
import se.larmcentral.dispatch.UnitStatus;
import se.larmcentral.dispatch.UnitType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FleetFileReaderTest {

    private static final Instant WEDNESDAY_NOON = LocalDateTime.parse("2025-03-12T12:00").atZone(SwedishTime.ZONE).toInstant();
    private static final Instant WEDNESDAY_3AM = LocalDateTime.parse("2025-03-12T03:00").atZone(SwedishTime.ZONE).toInstant();
    private static final Instant SATURDAY_NOON = LocalDateTime.parse("2025-03-15T12:00").atZone(SwedishTime.ZONE).toInstant();

    private static FleetDefinition read(String yaml) {
        return FleetFileReader.read("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theDemoFleetHasTheSevenEmergencyHospitalsAtTheirPublishedPositions() {
        FleetDefinition fleet = FleetFileReader.demoStockholm();
        assertThat(fleet.illustrative()).isTrue();
        assertThat(fleet.note()).containsIgnoringCase("illustrative");
        Map<String, Hospital> hospitals = fleet.hospitals().stream().collect(Collectors.toMap(Hospital::id, Function.identity()));
        assertThat(hospitals).hasSize(7);
        assertThat(hospitals.get("karolinska-solna").position()).isEqualTo(new GeoPoint(59.3495, 18.0328));
        assertThat(hospitals.get("karolinska-huddinge").position()).isEqualTo(new GeoPoint(59.2220, 17.9380));
        assertThat(hospitals.get("sodersjukhuset").position()).isEqualTo(new GeoPoint(59.3098, 18.0519));
        assertThat(hospitals.get("danderyd").position()).isEqualTo(new GeoPoint(59.3915, 18.0420));
        assertThat(hospitals.get("st-goran").position()).isEqualTo(new GeoPoint(59.3370, 18.0240));
        assertThat(hospitals.get("sodertalje").position()).isEqualTo(new GeoPoint(59.1780, 17.6480));
        assertThat(hospitals.get("norrtalje").position()).isEqualTo(new GeoPoint(59.7560, 18.6890));
        assertThat(hospitals.get("karolinska-solna").capabilities())
                .contains(HospitalCapability.INTENSIVE_CARE, HospitalCapability.CHILDREN).doesNotContain(HospitalCapability.ADULT);
        assertThat(hospitals.values().stream().filter(h -> h.has(HospitalCapability.CHILDREN)).map(Hospital::id))
                .containsExactlyInAnyOrder("karolinska-solna", "karolinska-huddinge", "sodersjukhuset");
    }

    @Test
    void theDemoFleetHasAboutThirtyStationsInEveryMunicipalityAndAboutNinetyUnitsByDayFewerByNight() {
        FleetDefinition fleet = FleetFileReader.demoStockholm();
        assertThat(fleet.stations()).hasSizeBetween(28, 34);
        assertThat(fleet.stations().stream().map(s -> s.municipalityCode()).distinct()).hasSize(26);
        long day = ShiftRoster.inService(fleet.units(), WEDNESDAY_NOON);
        long night = ShiftRoster.inService(fleet.units(), WEDNESDAY_3AM);
        assertThat(day).isBetween(85L, 95L);
        assertThat(night).isLessThan(day - 20);
        assertThat(ShiftRoster.inService(fleet.units(), SATURDAY_NOON)).isBetween(night, day);
        assertThat(fleet.units().stream().map(UnitDefinition::type).distinct()).containsExactlyInAnyOrder(UnitType.values());
    }

    @Test
    void theDemoFleetLoadsIntoTheStateWithTheDayUnitsAvailable() {
        FleetDefinition fleet = FleetFileReader.demoStockholm();
        DispatchState state = new DispatchState();
        var decision = new LoadFleet(fleet).decide(state, WEDNESDAY_NOON);
        long sequence = 0;
        for (var event : decision.events()) {
            state.apply(new Recorded(++sequence, WEDNESDAY_NOON, Actor.SYSTEM, event));
        }
        assertThat(decision.result().units()).isEqualTo(fleet.units().size());
        assertThat(state.units().stream().filter(u -> u.status() == UnitStatus.AVAILABLE_AT_STATION).count())
                .isEqualTo(decision.result().unitsInService())
                .isEqualTo(ShiftRoster.inService(fleet.units(), WEDNESDAY_NOON));
        assertThat(state.hospitals()).hasSize(7);
        assertThat(List.copyOf(LoadFleet.freshState(fleet, WEDNESDAY_NOON).units())).isEqualTo(List.copyOf(state.units()));
        assertThat(ShiftRoster.due(state, WEDNESDAY_3AM)).hasSize((int) (decision.result().unitsInService()
                - ShiftRoster.inService(fleet.units(), WEDNESDAY_3AM)));
    }

    private static final String GOOD = """
            format: larmcentral-fleet/1
            name: test
            illustrative: true
            shifts:
              day: [{days: weekdays, from: "07:00", to: "19:00"}]
              night: [{days: [fri, sat], from: "19:00", to: "24:00"}]
            hospitals:
              - {id: h1, name: H1, position: "59.3,18.0", capabilities: [adult, intensive-care]}
            stations:
              - id: s1
                name: S1
                municipality: "0180"
                position: "59.31,18.05"
                units:
                  - {id: U1, type: ambulance, shift: day}
                  - {id: U2, call-sign: "LB 2", type: physician-car}
            """;

    @Test
    void aSmallFileReadsWithShiftsDefaultsAndCallSigns() {
        FleetDefinition fleet = read(GOOD);
        assertThat(fleet.name()).isEqualTo("test");
        assertThat(fleet.units()).hasSize(2);
        assertThat(fleet.units().get(0).callSign()).isEqualTo("U1");
        assertThat(fleet.units().get(0).shifts()).hasSize(1);
        assertThat(fleet.units().get(0).shifts().getFirst().days()).hasSize(5);
        assertThat(fleet.units().get(1).callSign()).isEqualTo("LB 2");
        assertThat(fleet.units().get(1).shifts()).isEmpty();
        assertThat(fleet.units().get(1).stationId()).isEqualTo("s1");
        assertThat(fleet.hospitals().getFirst().capabilities())
                .containsExactly(HospitalCapability.ADULT, HospitalCapability.INTENSIVE_CARE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "type: ambulance|type: tractor|test.yaml: stations[0].units[0].type|unknown value 'tractor'",
            "shift: day|shift: evening|test.yaml: stations[0].units[0].shift|unknown shift 'evening'",
            "position: \"59.31,18.05\"|position: \"18.05,59.31\"|test.yaml: stations[0].position|outside Sweden",
            "id: U2|id: U1|test.yaml: stations[0].units[1].id|'U1' is used twice",
            "format: larmcentral-fleet/1|format: other/9|test.yaml: format|must be 'larmcentral-fleet/1'",
            "capabilities: [adult, intensive-care]|capabilities: [adult, maternity]|test.yaml: hospitals[0].capabilities[1]|unknown value 'maternity'",
            "to: \"19:00\"}]|to: \"7pm\"}]|test.yaml: shifts.day[0].to|must be a local time HH:MM",
            "days: weekdays|days: [mon, funday]|test.yaml: shifts.day[0].days[1]|must be a day",
            "municipality: \"0180\"|municipality: \"180\"|test.yaml: stations[0]|four-digit SCB code",
            "name: S1|nme: S1|test.yaml: stations[0].nme|unknown key",
            "illustrative: true|illustrative: perhaps|test.yaml: illustrative|true or false, was text 'perhaps' (line 3, column 15)",
    })
    void errorsNameThePlaceInTheFile(String from, String to, String field, String reason) {
        String yaml = GOOD.replace(from, to);
        assertThat(yaml).isNotEqualTo(GOOD);
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field))
                .hasMessageContaining(reason);
    }

    @Test
    void aMissingKeyIsNamed() {
        assertThatThrownBy(() -> read(GOOD.replace("name: test\n", "")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("test.yaml: name"))
                .hasMessageContaining("is missing");
    }

    @Test
    void aKeyGivenTwiceIsRefusedAtTheSecond() {
        assertThatThrownBy(() -> read(GOOD.replace("name: S1\n", "name: S1\n    name: S2\n")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("test.yaml: stations[0].name"))
                .hasMessageContaining("duplicate key 'name' (first at line 11) (line 12, column 5)");
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertThatThrownBy(() -> read("format: larmcentral-fleet/1\nstations: [\n  - {id: x\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("is not valid YAML")
                .hasMessageContaining("(line 3, column 3)");
    }
}
