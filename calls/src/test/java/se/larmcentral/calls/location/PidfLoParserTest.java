package se.larmcentral.calls.location;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.calls.PositionSource;
import se.larmcentral.calls.ReportedPosition;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PidfLoParserTest {

    static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <presence xmlns="urn:ietf:params:xml:ns:pidf"
                      xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10"
                      xmlns:gml="http://www.opengis.net/gml"
                      xmlns:gs="http://www.opengis.net/pidflo/1.0"
                      xmlns:ca="urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr"
                      xmlns:dm="urn:ietf:params:xml:ns:pidf:data-model"
                      entity="pres:+46701234567@ims.example.se">
              <dm:device id="handset">
                <gp:geopriv>
                  <gp:location-info>
            """;
    static final String TAIL = """
                  </gp:location-info>
                  <gp:usage-rules/>
                  <gp:method>GPS</gp:method>
                </gp:geopriv>
                <dm:deviceID>mac:00005e0053ff</dm:deviceID>
                <dm:timestamp>2025-01-01T13:00:05+01:00</dm:timestamp>
              </dm:device>
            </presence>
            """;

    static String pidf(String locationInfo) {
        return HEAD + locationInfo + TAIL;
    }

    @Test
    void readsAPoint() {
        PidfLoLocation location = PidfLoParser.parse(pidf("""
                <gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>59.33456 18.06321</gml:pos></gml:Point>
                """));
        assertThat(location.entity()).isEqualTo("pres:+46701234567@ims.example.se");
        assertThat(location.point()).isEqualTo(new GeoPoint(59.33456, 18.06321));
        assertThat(location.radiusMetres()).isNull();
        assertThat(location.method()).isEqualTo("GPS");
        assertThat(location.timestamp()).isEqualTo(Instant.parse("2025-01-01T12:00:05Z"));
        assertThat(location.notes()).isEmpty();
        assertThat(location.toReportedPosition()).isEqualTo(new ReportedPosition(new GeoPoint(59.33456, 18.06321),
                null, null, PositionSource.PIDF_LO, "GPS", Instant.parse("2025-01-01T12:00:05Z"), null));
    }

    @Test
    void readsACircleWithItsRadiusInMetres() {
        PidfLoLocation location = PidfLoParser.parse(pidf("""
                <gs:Circle srsName="urn:ogc:def:crs:EPSG::4326">
                  <gml:pos>57.70887 11.97456</gml:pos>
                  <gs:radius uom="urn:ogc:def:uom:EPSG::9001">850.24</gs:radius>
                </gs:Circle>
                """));
        assertThat(location.point()).isEqualTo(new GeoPoint(57.70887, 11.97456));
        assertThat(location.radiusMetres()).isEqualTo(850.24);
        assertThat(location.toReportedPosition().uncertaintyMetres()).isEqualTo(850.24);
    }

    @Test
    void readsA3dPoint() {
        PidfLoLocation location = PidfLoParser.parse(pidf("""
                <gml:Point srsName="urn:ogc:def:crs:EPSG::4979"><gml:pos>59.3 18.1 42.5</gml:pos></gml:Point>
                """));
        assertThat(location.point()).isEqualTo(new GeoPoint(59.3, 18.1));
        assertThat(location.altitudeMetres()).isEqualTo(42.5);
    }

    @Test
    void readsACivicAddressWithEveryElement() {
        PidfLoLocation location = PidfLoParser.parse(pidf("""
                <ca:civicAddress xml:lang="sv">
                  <ca:country>SE</ca:country>
                  <ca:A1>Stockholms län</ca:A1>
                  <ca:A2>Stockholm</ca:A2>
                  <ca:A3>Stockholm</ca:A3>
                  <ca:A4>Vasastaden</ca:A4>
                  <ca:RD>Sveavägen</ca:RD>
                  <ca:STS>gata</ca:STS>
                  <ca:HNO>44</ca:HNO>
                  <ca:HNS>B</ca:HNS>
                  <ca:FLR>3</ca:FLR>
                  <ca:UNIT>1102</ca:UNIT>
                  <ca:NAM>Café Sveavägen</ca:NAM>
                  <ca:PC>11134</ca:PC>
                  <ca:LMK>near Odenplan</ca:LMK>
                </ca:civicAddress>
                """));
        assertThat(location.point()).isNull();
        assertThat(location.civicAddress().elements()).hasSize(14)
                .containsEntry("country", "SE").containsEntry("A1", "Stockholms län").containsEntry("RD", "Sveavägen")
                .containsEntry("HNO", "44").containsEntry("HNS", "B").containsEntry("PC", "11134")
                .containsEntry("LMK", "near Odenplan");
        assertThat(PidfLoParser.CIVIC_ELEMENTS).containsAll(location.civicAddress().elements().keySet());
        assertThat(location.civicAddress().oneLine()).isEqualTo("Sveavägen 44B, 11134 Stockholm, SE");
        assertThat(location.toReportedPosition().civicAddress()).isEqualTo(location.civicAddress());
    }

    @Test
    void readsAPointAndACivicAddressTogetherAndNotesWhatItIgnores() {
        PidfLoLocation location = PidfLoParser.parse(pidf("""
                <gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>59.3 18.1</gml:pos></gml:Point>
                <gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>60.0 18.1</gml:pos></gml:Point>
                <gs:Ellipse srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>59.3 18.1</gml:pos></gs:Ellipse>
                <ca:civicAddress><ca:country>SE</ca:country><ca:A3>Solna</ca:A3></ca:civicAddress>
                """));
        assertThat(location.point()).isEqualTo(new GeoPoint(59.3, 18.1));
        assertThat(location.civicAddress().element("A3")).isEqualTo("Solna");
        assertThat(location.notes()).containsExactly("a second gml:Point was ignored",
                "unsupported location gs:Ellipse was ignored (supported: gml:Point, gs:Circle, ca:civicAddress)");
    }

    @Test
    void refusesAnExternalEntityWithAClearReason(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE presence [ <!ENTITY xxe SYSTEM "%s"> ]>
                <presence xmlns="urn:ietf:params:xml:ns:pidf" entity="&xxe;"/>
                """.formatted(secret.toUri());
        assertThatThrownBy(() -> PidfLoParser.parse(xxe))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("pidfLo: contains a DOCTYPE declaration, which is refused: no DTD or entity (internal or"
                        + " external) is read")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void refusesAnEntityExpansionBomb() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <presence xmlns="urn:ietf:params:xml:ns:pidf" entity="&lol2;"/>
                """;
        assertThatThrownBy(() -> PidfLoParser.parse(bomb)).hasMessageContaining("DOCTYPE declaration, which is refused");
    }

    @Test
    void refusesMalformedXmlNamingWhere() {
        assertThatThrownBy(() -> PidfLoParser.parse(pidf("<gml:Point><gml:pos>59 18</gml:Point>")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("pidfLo: is not well-formed XML (line 12");
        assertThatThrownBy(() -> PidfLoParser.parse("  ")).hasMessage("pidfLo: is empty");
        assertThatThrownBy(() -> PidfLoParser.parse("not xml")).hasMessageContaining("is not well-formed XML");
    }

    @Test
    void refusesWhatIsNotAUsableLocation() {
        assertThatThrownBy(() -> PidfLoParser.parse("<presence xmlns=\"urn:example\"/>"))
                .hasMessageContaining("is not PIDF: the root element must be presence in urn:ietf:params:xml:ns:pidf");
        assertThatThrownBy(() -> PidfLoParser.parse("<presence xmlns=\"urn:ietf:params:xml:ns:pidf\" entity=\"pres:x@y\"/>"))
                .hasMessage("pidfLo: has no gp:location-info: no location was sent");
        assertThatThrownBy(() -> PidfLoParser.parse(pidf(
                "<gml:Polygon srsName=\"urn:ogc:def:crs:EPSG::4326\"/>")))
                .hasMessage("pidfLo: has only unsupported locations [gml:Polygon]; supported: gml:Point, gs:Circle, ca:civicAddress");
        assertThatThrownBy(() -> PidfLoParser.parse(pidf(
                "<gml:Point srsName=\"urn:ogc:def:crs:EPSG::3006\"><gml:pos>6580000 674000</gml:pos></gml:Point>")))
                .hasMessageContaining("srsName 'urn:ogc:def:crs:EPSG::3006'; only urn:ogc:def:crs:EPSG::4326");
        assertThatThrownBy(() -> PidfLoParser.parse(pidf(
                "<gml:Point srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>95.3 18.06</gml:pos></gml:Point>")))
                .hasMessageContaining("is not latitude (-90 to 90) then longitude");
        assertThatThrownBy(() -> PidfLoParser.parse(pidf(
                "<gml:Point srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>59.3</gml:pos></gml:Point>")))
                .hasMessageContaining("gml:pos must hold 2 numbers");
        assertThatThrownBy(() -> PidfLoParser.parse(pidf("""
                <gs:Circle srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>59.3 18.1</gml:pos>
                <gs:radius uom="urn:ogc:def:uom:EPSG::9093">3</gs:radius></gs:Circle>""")))
                .hasMessageContaining("gs:radius has uom 'urn:ogc:def:uom:EPSG::9093'; only metres");
        assertThatThrownBy(() -> PidfLoParser.parse(pidf("""
                <gs:Circle srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>59.3 18.1</gml:pos>
                <gs:radius uom="urn:ogc:def:uom:EPSG::9001">-3</gs:radius></gs:Circle>""")))
                .hasMessageContaining("is not a distance of 0 metres or more");
    }
}
