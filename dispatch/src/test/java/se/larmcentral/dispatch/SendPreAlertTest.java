package se.larmcentral.dispatch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.dispatch.DispatchEvent.PreAlertSent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larmcentral.dispatch.UnitStatus.*;

/** A crew's pre-alert: checked field by field, sent only by the unit on the incident to a hospital, recorded once per id. */
class SendPreAlertTest {

    private final Centre centre = new Centre().station("s1", Places.CENTRE).ambulance("A1", "s1").ambulance("A2", "s1")
            .incident("I1", Places.CENTRE, 1).incident("I2", Places.north(2), 2);

    SendPreAlertTest() {
        centre.run(new RegisterHospital(new Hospital("KS", "Karolinska", Places.north(5), List.of(HospitalCapability.ADULT))));
        centre.run(new RegisterHospital(new Hospital("SOS", "Södersjukhuset", Places.north(8), List.of(HospitalCapability.ADULT))));
        centre.run(new AssignUnit("I1", "A1"));
        centre.status("A1", ACKNOWLEDGED, EN_ROUTE, ON_SCENE);
        centre.run(new AssignUnit("I2", "A2"));
    }

    private PreAlert alert(VitalSigns vitals) {
        return new PreAlert(new PatientAge(67, PatientAge.Unit.YEARS), PatientSex.MALE, 1, "Bröstsmärta, STEMI-misstanke",
                vitals, "ST-höjning i V2-V4", centre.now.plus(Duration.ofMinutes(12)));
    }

    private SendPreAlert.Outcome send(String id, String hospital, PreAlert alert) {
        return centre.run(new SendPreAlert(id, "A1", null, hospital, alert));
    }

    @Test
    void recordedToTheHospitalNamedWithTheIncidentAndTheInstantSent() {
        int before = centre.journal.size();
        PreAlert alert = alert(new VitalSigns(18, 94, 96, 135, Avpu.A, 1, 36.8));
        SendPreAlert.Outcome outcome = send("pa-1", "KS", alert);
        assertThat(outcome.repeated()).isFalse();
        assertThat(centre.journal).hasSize(before + 1);
        assertThat(centre.journal.getLast().event()).isEqualTo(new PreAlertSent("pa-1", "A1", "I1", "KS", alert, centre.now));
        assertThat(centre.state.preAlerts()).containsExactly(outcome.sent());
    }

    @Test
    void withoutAHospitalItGoesToTheChosenDestinationAndWithoutOneItIsRefused() {
        assertThatThrownBy(() -> send("pa-1", null, alert(null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no destination is chosen")
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("hospitalId"));
        centre.run(new ChooseDestination("A1", "SOS"));
        assertThat(send("pa-1", null, alert(null)).sent().hospitalId()).isEqualTo("SOS");
    }

    @Test
    void sentAgainItIsRecordedOnceAndWithOtherContentRefused() {
        PreAlert alert = alert(null);
        SendPreAlert.Outcome first = send("pa-1", "KS", alert);
        int after = centre.journal.size();
        centre.advance(Duration.ofSeconds(40));
        SendPreAlert.Outcome again = send("pa-1", "KS", alert);
        assertThat(again.repeated()).isTrue();
        assertThat(again.sent()).isEqualTo(first.sent());
        assertThat(centre.journal).hasSize(after);
        assertThatThrownBy(() -> send("pa-1", "KS", alert(new VitalSigns(null, null, 130, null, null, null, null))))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("preAlertId"));
        assertThatThrownBy(() -> send("pa-1", "SOS", alert)).isInstanceOf(ConflictException.class);
        assertThat(centre.journal).hasSize(after);
    }

    @Test
    void aCorrectionIsANewPreAlertAndBothAreKept() {
        send("pa-1", "KS", alert(new VitalSigns(null, null, 96, null, null, null, null)));
        centre.advance(Duration.ofMinutes(3));
        send("pa-2", "KS", alert(new VitalSigns(null, null, 120, null, null, null, null)));
        assertThat(centre.state.preAlerts()).extracting(PreAlertSent::preAlertId).containsExactly("pa-1", "pa-2");
    }

    @Test
    void onlyTheUnitOnTheIncidentSendsOneAndOnlyToAHospitalThatExists() {
        int before = centre.journal.size();
        assertThatThrownBy(() -> centre.run(new SendPreAlert("pa-1", "A2", "I1", "KS", alert(null))))
                .as("another unit's incident").isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("incidentId"));
        centre.status("A2", CLEAR);
        assertThatThrownBy(() -> centre.run(new SendPreAlert("pa-1", "A2", null, "KS", alert(null))))
                .as("a unit without an incident").isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("unitId"));
        assertThatThrownBy(() -> centre.run(new SendPreAlert("pa-1", "NOPE", null, "KS", alert(null))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> send("pa-1", "NOWHERE", alert(null))).isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("hospitalId"));
        assertThat(centre.journal).as("only A2's clear report").hasSize(before + 1);
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of(new VitalSigns(81, null, null, null, null, null, null), "vitals.respiratoryRate"),
                Arguments.of(new VitalSigns(-1, null, null, null, null, null, null), "vitals.respiratoryRate"),
                Arguments.of(new VitalSigns(null, 101, null, null, null, null, null), "vitals.spo2"),
                Arguments.of(new VitalSigns(null, 29, null, null, null, null, null), "vitals.spo2"),
                Arguments.of(new VitalSigns(null, null, 301, null, null, null, null), "vitals.pulse"),
                Arguments.of(new VitalSigns(null, null, null, 301, null, null, null), "vitals.systolicBp"),
                Arguments.of(new VitalSigns(null, null, null, null, null, 0, null), "vitals.rls"),
                Arguments.of(new VitalSigns(null, null, null, null, null, 9, null), "vitals.rls"),
                Arguments.of(new VitalSigns(null, null, null, null, null, null, 24.9), "vitals.temperature"),
                Arguments.of(new VitalSigns(null, null, null, null, null, null, 45.1), "vitals.temperature"),
                Arguments.of(new VitalSigns(null, null, null, null, null, null, Double.NaN), "vitals.temperature"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("outOfRange")
    void aVitalSignOutsideItsPhysicalRangeIsRefusedNamingTheField(VitalSigns vitals, String field) {
        int before = centre.journal.size();
        assertThatThrownBy(() -> send("pa-1", "KS", alert(vitals))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo(field));
        assertThat(centre.journal).hasSize(before);
    }

    @Test
    void theEdgesOfEachRangeAreTaken() {
        send("pa-low", "KS", alert(new VitalSigns(0, 30, 0, 0, Avpu.U, 8, 25.0)));
        send("pa-high", "KS", alert(new VitalSigns(80, 100, 300, 300, Avpu.A, 1, 45.0)));
        assertThat(centre.state.preAlerts()).hasSize(2);
    }

    static Stream<Arguments> badFields() {
        Instant in10 = Centre.NOON.plus(Duration.ofMinutes(10));
        return Stream.of(
                Arguments.of(new PreAlert(new PatientAge(126, PatientAge.Unit.YEARS), null, 1, null, null, null, in10), "age.value"),
                Arguments.of(new PreAlert(new PatientAge(24, PatientAge.Unit.MONTHS), null, 1, null, null, null, in10), "age.value"),
                Arguments.of(new PreAlert(new PatientAge(-1, PatientAge.Unit.YEARS), null, 1, null, null, null, in10), "age.value"),
                Arguments.of(new PreAlert(new PatientAge(3, null), null, 1, null, null, null, in10), "age.unit"),
                Arguments.of(new PreAlert(null, null, 0, null, null, null, in10), "priority"),
                Arguments.of(new PreAlert(null, null, 5, null, null, null, in10), "priority"),
                Arguments.of(new PreAlert(null, null, 1, "x".repeat(201), null, null, in10), "criterion"),
                Arguments.of(new PreAlert(null, null, 1, "två\nrader", null, null, in10), "criterion"),
                Arguments.of(new PreAlert(null, null, 1, null, null, "x".repeat(501), in10), "note"),
                Arguments.of(new PreAlert(null, null, 1, null, null, "rtl \u202E", in10), "note"),
                Arguments.of(new PreAlert(null, null, 1, null, null, null, null), "expectedArrivalAt"),
                Arguments.of(new PreAlert(null, null, 1, null, null, null, Centre.NOON.minus(Duration.ofMinutes(6))), "expectedArrivalAt"),
                Arguments.of(new PreAlert(null, null, 1, null, null, null, Centre.NOON.plus(Duration.ofHours(7))), "expectedArrivalAt"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badFields")
    void aBadFieldIsRefusedNamingItAndNothingIsRecorded(PreAlert alert, String field) {
        int before = centre.journal.size();
        assertThatThrownBy(() -> send("pa-1", "KS", alert)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo(field));
        assertThat(centre.journal).hasSize(before);
    }

    @Test
    void badIdsAreRefusedNamingTheField() {
        for (String bad : new String[]{null, "", "has space", "../x"}) {
            assertThatThrownBy(() -> send(bad, "KS", alert(null))).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("preAlertId"));
        }
    }

    @Test
    void anInfantsAgeInMonthsAndAnUnknownSexAreKept() {
        PreAlert infant = new PreAlert(new PatientAge(7, PatientAge.Unit.MONTHS), null, 1, null, null, null,
                centre.now.plusSeconds(300));
        PreAlertSent sent = send("pa-1", "KS", infant).sent();
        assertThat(sent.preAlert().age()).isEqualTo(new PatientAge(7, PatientAge.Unit.MONTHS));
        assertThat(sent.preAlert().sex()).isEqualTo(PatientSex.UNKNOWN);
        assertThat(sent.preAlert().vitals()).isEqualTo(VitalSigns.NONE);
    }

    @Test
    void thePreAlertsSurviveAReplay() {
        send("pa-1", "KS", alert(null));
        DispatchState replayed = new DispatchState();
        centre.journal.forEach(replayed::apply);
        assertThat(replayed.preAlerts()).containsExactlyElementsOf(centre.state.preAlerts());
        assertThat(replayed.preAlert("A1", "pa-1")).isPresent();
    }
}
