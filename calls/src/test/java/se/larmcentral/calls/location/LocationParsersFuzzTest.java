package se.larmcentral.calls.location;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.fuzz.Fuzzing;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 8: the AML messages (SMS and HTTPS form) and PIDF-LO bodies under seeded mutations of real ones.
 * AML never throws (a handset does not resend: what was usable is kept); PIDF-LO refuses with the field pidfLo.
 */
class LocationParsersFuzzTest {

    @Test
    @Timeout(120)
    void amlSmsNeverThrows() {
        Fuzzing.Tally tally = Fuzzing.run("calls AmlParser (SMS)",
                List.of(AmlParserTest.SMS_STOCKHOLM, AmlParserTest.SMS_GOTHENBURG_CELL), 3_000, Set.of(),
                text -> AmlParser.parse(text).position());
        assertThat(tally.accepted()).isEqualTo(tally.inputs());
    }

    @Test
    @Timeout(120)
    void amlHttpsNeverThrows() {
        Fuzzing.Tally tally = Fuzzing.run("calls AmlParser (HTTPS)", List.of(AmlParserTest.HTTPS_STOCKHOLM), 2_000,
                Set.of(), text -> AmlParser.parseHttps(text).position());
        assertThat(tally.accepted()).isEqualTo(tally.inputs());
    }

    @Test
    @Timeout(120)
    void pidfLoIsReadOrRefusedNamingTheBody() {
        List<String> samples = List.of(
                PidfLoParserTest.pidf("<gml:Point srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>59.33 18.06</gml:pos>"
                        + "</gml:Point>"),
                PidfLoParserTest.pidf("""
                        <gs:Circle srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>59.3326 18.0649</gml:pos>
                        <gs:radius uom="urn:ogc:def:uom:EPSG::9001">850</gs:radius></gs:Circle>
                        <ca:civicAddress><ca:country>SE</ca:country><ca:A1>Stockholm</ca:A1><ca:RD>Drottninggatan</ca:RD>
                        <ca:HNO>1</ca:HNO></ca:civicAddress>"""));
        Fuzzing.Tally tally = Fuzzing.run("calls PidfLoParser", samples, 2_000, Set.of(InvalidInputException.class),
                text -> {
                    try {
                        PidfLoParser.parse(text);
                    } catch (InvalidInputException e) {
                        assertThat(e.field()).isEqualTo("pidfLo");
                        throw e;
                    }
                });
        assertThat(tally.refused()).isPositive();
    }
}
