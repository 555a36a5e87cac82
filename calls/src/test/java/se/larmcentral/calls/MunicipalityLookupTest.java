package se.larmcentral.calls;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.larmcentral.calls.location.AmlParser;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The municipality from a position over SCB's boundaries in {@code ../shared/data/geo/kommuner.geojson}. */
class MunicipalityLookupTest {

    static MunicipalityLookup lookup;

    @BeforeAll
    static void readBoundaries() {
        String shared = System.getProperty("larm.sharedData", "../shared/data");
        Path file = Path.of(shared, "geo", "kommuner.geojson");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing " + file.toAbsolutePath()
                    + ": the SCB municipality boundaries (see ../shared/data/README.md)");
        }
        lookup = MunicipalityLookup.fromGeoJson(file);
    }

    @Test
    void findsTheMunicipalityOfAPosition() {
        MunicipalityLocation sergelsTorg = lookup.locate(new GeoPoint(59.3326, 18.0649));
        assertThat(sergelsTorg.code()).isEqualTo("0180");
        assertThat(sergelsTorg.name()).isEqualTo("Stockholm");
        assertThat(sergelsTorg.explanation()).isEqualTo("in 0180 Stockholm by the SCB boundaries (kommuner.geojson)");
        assertThat(lookup.locate(new GeoPoint(57.7065, 11.9670)).code()).isEqualTo("1480");
        assertThat(lookup.locate(new GeoPoint(55.6050, 13.0038)).code()).isEqualTo("1280");
    }

    @Test
    void stortorgetOutsideTheGeneralisedBoundaryIsStockholmMarkedAsNearest() {
        MunicipalityLocation stortorget = lookup.locate(new GeoPoint(59.3250, 18.0700));
        assertThat(stortorget.code()).isEqualTo("0180");
        assertThat(stortorget.outsideMetres()).isBetween(1, 100);
        assertThat(stortorget.explanation()).startsWith("nearest municipality: 0180 Stockholm, ").contains("check with the caller");
        assertThat(lookup.locate(new GeoPoint(59.3326, 18.0649)).outsideMetres()).as("inside").isNull();
        MunicipalityLocation strict = MunicipalityLookup.fromGeoJson(Path.of(System.getProperty("larm.sharedData",
                "../shared/data"), "geo", "kommuner.geojson"), 0).locate(new GeoPoint(59.3250, 18.0700));
        assertThat(strict.found()).as("with the fallback off").isFalse();
    }

    @Test
    void atSeaOrWithoutBoundariesTheOperatorPicks() {
        MunicipalityLocation baltic = lookup.locate(new GeoPoint(57.0, 19.5));
        assertThat(baltic.found()).isFalse();
        assertThat(baltic.explanation()).contains("at sea or abroad").contains("the operator picks");
        MunicipalityLocation none = MunicipalityLookup.none().locate(new GeoPoint(59.3326, 18.0649));
        assertThat(none.found()).isFalse();
        assertThat(none.explanation()).isEqualTo("no municipality boundaries configured: the operator picks the municipality");
        ReportedPosition civicOnly = new ReportedPosition(null, null, null, PositionSource.PIDF_LO, "", null,
                new CivicAddress(Map.of("country", "SE", "A3", "Solna")));
        assertThat(lookup.locate(civicOnly).explanation()).contains("civic address without a point");
    }

    @Test
    void anAmlSmsBecomesAPositionInStockholmOnTheCall() {
        Harness h = new Harness(Instant.parse("2025-01-01T12:00:10Z"));
        PhoneNumber caller = PhoneNumber.parse("caller", "070-123 45 67");
        h.run(new IntakeCall("c1", DialledLine.service(ServiceNumber.EMERGENCY_112), caller, h.now.minusSeconds(4)));
        var message = AmlParser.parse("A\"ML=1;lt=+59.33456;lg=+018.06321;rd=10;top=20250101120000;lc=68;pm=G;"
                + "si=240011234567890;ei=356938035643809;mcc=240;mnc=01;ml=129");
        ReportedPosition position = message.position().orElseThrow();
        Call call = h.state.latestOpenCallFrom(caller, h.now).orElseThrow();
        h.run(new AttachPosition(call.id(), position, lookup.locate(position)));
        Call located = h.state.requireCall("callId", "c1");
        assertThat(located.municipalityCode()).contains("0180");
        assertThat(located.position().latestReport().orElseThrow().position().source()).isEqualTo(PositionSource.AML_SMS);
    }
}
