package se.larmcentral.calls;

import org.junit.jupiter.api.Test;
import se.larmcentral.calls.CallEvent.*;
import se.larmcentral.core.Actor;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.Recorded;
import se.larmcentral.core.ServiceNumber;
import se.larmcentral.journal.EventCodec;
import se.larmcentral.journal.StoredEvent;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event survives the journal's JSON codec unchanged, under the name {@code calls.<Record>}. */
class JournalCodecTest {

    static final Instant T = Instant.parse("2025-01-01T12:00:00.123Z");
    static final PhoneNumber CALLER = PhoneNumber.parse("caller", "070-123 45 67");

    static List<CallEvent> samples() {
        ReportedPosition aml = new ReportedPosition(new GeoPoint(59.33456, 18.06321), 10.0, 68, PositionSource.AML_SMS,
                "GNSS", T, null);
        ReportedPosition civic = new ReportedPosition(null, null, null, PositionSource.PIDF_LO, "Manual", null,
                new CivicAddress(Map.of("country", "SE", "RD", "Sveavägen", "HNO", "44")));
        return List.of(
                new CallQueued("c1", DialledLine.service(ServiceNumber.EMERGENCY_112), CALLER, T, T),
                new CallQueued("c2", DialledLine.direct(PhoneNumber.parse("l", "08-508 000 00"), "0180"), null, T, T),
                new CallAnswered("c1", T),
                new CallAbandoned("c2", T),
                new CallClassified("c1", Classification.CRISIS_INFORMATION_113_13, "note", "Storm", "m1", T),
                new CallEvent.CallReclassified("c1", Classification.SOCIAL, Classification.CARE, "pills", "note", "", "", T),
                new CaseLinked("c1", CaseLinkKind.SOCIAL_DECISION, "d-1", "connect to 08-123 456 78", T),
                new PositionReported("c1", aml, new MunicipalityLocation("0180", "Stockholm", "in 0180"), T),
                new PositionReported("c1", aml, new MunicipalityLocation("0180", "Stockholm", "nearest", 26), T),
                new PositionReported("c1", civic, MunicipalityLocation.notFound("civic only"), T),
                new PositionCorrected("c1", new GeoPoint(59.3, 18.0), "caller says", MunicipalityLocation.notFound("x"), T),
                new MunicipalityChosen("c1", "0184", "Solna", "", T),
                new CallHandled("c1", "done", T),
                new CallClosed("c1", T),
                new MissingChildReported("c3", new MissingChildReport("Elsa", 9, "blue jacket", "Slussen", T, "Karin",
                        CALLER), T),
                new MissingChildReportHandedOver("c3", "Hotline", PhoneNumber.parse("o", "08-123 456 78"), T),
                new CrisisMessagePublished("m1", "Storm", "Stay indoors", List.of("01", "0180"), T, T.plusSeconds(3600),
                        "Eva Berg", T),
                new CrisisMessageWithdrawn("m1", "superseded", T));
    }

    @Test
    void everyEventTypeHasASampleAndRoundTrips() {
        EventCodec codec = new EventCodec().register(CallEvent.class);
        List<CallEvent> samples = samples();
        assertThat(samples.stream().map(Object::getClass).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(CallEvent.class.getPermittedSubclasses()));
        long sequence = 0;
        for (CallEvent event : samples) {
            StoredEvent stored = codec.encode(++sequence, T, Actor.person("anna"), event);
            assertThat(stored.type()).isEqualTo("calls." + event.getClass().getSimpleName());
            Recorded back = codec.decode(stored);
            assertThat(back.event()).as(stored.payload()).isEqualTo(event);
        }
    }

    @Test
    void aWholeCallLifeTakesAFewHundredBytesOfPayload() {
        EventCodec codec = new EventCodec().register(CallEvent.class);
        List<DomainEvent> life = List.of(
                new CallQueued("c-000123", DialledLine.service(ServiceNumber.EMERGENCY_112), CALLER, T, T),
                new CallAnswered("c-000123", T), new CallClassified("c-000123", Classification.POLICE, "", "", "", T),
                new CallHandled("c-000123", "connected to the police", T), new CallClosed("c-000123", T));
        int bytes = life.stream().mapToInt(e -> codec.encode(1, T, Actor.person("anna"), e).payload().length()).sum();
        assertThat(bytes).isBetween(200, 800);
    }
}
