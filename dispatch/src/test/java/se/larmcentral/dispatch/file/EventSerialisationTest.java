package se.larmcentral.dispatch.file;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.Avpu;
import se.larmcentral.dispatch.DispatchEvent;
import se.larmcentral.dispatch.PatientAge;
import se.larmcentral.dispatch.PatientSex;
import se.larmcentral.dispatch.PreAlert;
import se.larmcentral.dispatch.VitalSigns;
import se.larmcentral.dispatch.HospitalCapability;
import se.larmcentral.dispatch.ShiftWindow;
import se.larmcentral.dispatch.UnitStatus;
import se.larmcentral.dispatch.UnitType;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal stores events with a plain Jackson mapper (java.time module, no annotations). Every permitted event
 * type must survive the round trip unchanged; a new event type without an example here fails the coverage check.
 */
class EventSerialisationTest {

    private static final Instant AT = Instant.parse("2025-03-12T11:00:00Z");
    private static final GeoPoint POINT = new GeoPoint(59.3098, 18.0519);
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static Stream<DispatchEvent> examples() {
        return Stream.of(
                new DispatchEvent.StationRegistered("s1", "Station", POINT, "0180"),
                new DispatchEvent.HospitalRegistered("h1", "Hospital", POINT, List.of(HospitalCapability.ADULT)),
                new DispatchEvent.UnitRegistered("A1", "AMB 1", UnitType.AMBULANCE, "s1",
                        List.of(new ShiftWindow(List.of(DayOfWeek.MONDAY), LocalTime.of(7, 0), LocalTime.MIDNIGHT)),
                        UnitStatus.AVAILABLE_AT_STATION, AT),
                new DispatchEvent.PositionReported("A1", POINT, AT),
                new DispatchEvent.IncidentCreated("I1", POINT, 1, UnitType.AMBULANCE, AT.minusSeconds(60), AT),
                new DispatchEvent.UnitAssigned("A1", "I1", UnitStatus.EN_ROUTE, "I0", true, AT),
                new DispatchEvent.UnitStatusChanged("A1", null, UnitStatus.CLEAR, UnitStatus.TEMPORARILY_UNAVAILABLE,
                        "cleaning", AT.plusSeconds(900), AT),
                new DispatchEvent.StatusReportReceived("A1", "r-1", "I1", UnitStatus.ALERTED, UnitStatus.ACKNOWLEDGED,
                        AT.minusSeconds(40), AT),
                new DispatchEvent.PreAlertSent("p-1", "A1", "I1", "h1", new PreAlert(new PatientAge(7, PatientAge.Unit.MONTHS),
                        PatientSex.FEMALE, 1, "Andningsbesvär", new VitalSigns(40, 91, 160, null, Avpu.V, null, 38.4),
                        "kramp i bilen", AT.plusSeconds(600)), AT),
                new DispatchEvent.AtPatientReported("I1", "A1", AT),
                new DispatchEvent.IncidentCancelled("I1", "duplicate", AT),
                new DispatchEvent.DestinationChosen("I1", "A1", "h1", AT),
                new DispatchEvent.IncidentMoved("I1", POINT, new GeoPoint(59.3150, 18.0710), "corrected", AT),
                new DispatchEvent.IncidentReprioritised("I1", 2, 1, UnitType.PATIENT_TRANSPORT, UnitType.AMBULANCE,
                        "re-assessed", AT),
                new DispatchEvent.UnitRelocated("A1", "s1", "s2", UnitStatus.AVAILABLE_AT_STATION, "move-up", AT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void eventsRoundTripThroughPlainJackson(DispatchEvent event) throws Exception {
        String json = MAPPER.writeValueAsString(event);
        assertThat(MAPPER.readValue(json, event.getClass())).isEqualTo(event);
    }

    @org.junit.jupiter.api.Test
    void everyEventTypeHasAnExample() {
        assertThat(examples().map(Object::getClass).distinct())
                .containsExactlyInAnyOrder(Arrays.stream(DispatchEvent.class.getPermittedSubclasses()).toArray(Class[]::new));
    }
}
