package se.larmcentral.calls.location;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.larmcentral.calls.FieldProblem;
import se.larmcentral.calls.PositionSource;
import se.larmcentral.calls.ReportedPosition;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.PhoneNumber;

import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class AmlParserTest {

    static final String SMS_STOCKHOLM = "A\"ML=1;lt=+59.33456;lg=+018.06321;rd=10;top=20250101120000;lc=68;pm=G;"
            + "si=240011234567890;ei=356938035643809;mcc=240;mnc=01;ml=129";
    static final String SMS_GOTHENBURG_CELL = "A\"ML=1;lt=+57.70887;lg=+011.97456;rd=1500;top=20251224183005;lc=90;"
            + "pm=C;si=240080000000001;ei=3569380356438091;mcc=240;mnc=08;ml=132";

    static final String HTTPS_STOCKHOLM = "v=3&thunderbird_version=2.1&emergency_number=112&source=call&time=1735732795000"
            + "&location_latitude=59.32938&location_longitude=18.06871&location_time=1735732800000"
            + "&location_altitude=24.5&location_floor=3&location_source=gps&location_accuracy=12.5"
            + "&location_vertical_accuracy=4.0&location_confidence=0.68&location_bearing=90.0&location_speed=1.2"
            + "&device_number=%2B46701234567&device_model=Pixel+8&device_os=AOS&device_imsi=240011234567890"
            + "&device_imei=356938035643809&device_iccid=8946011234567890123&device_languages=sv-SE%2Cen-GB"
            + "&cell_carrier=Telia&cell_home_mcc=240&cell_home_mnc=01&cell_network_mcc=240&cell_network_mnc=01"
            + "&cell_id=0213454321&hmac=3f1a9c&gt_location_latitude=59.3294&gt_location_longitude=18.0687";

    @Test
    void readsEveryFieldOfTheSmsForm() {
        AmlMessage message = AmlParser.parse(SMS_STOCKHOLM);
        assertThat(message.form()).isEqualTo(AmlForm.SMS);
        assertThat(message.problems()).isEmpty();
        assertThat(message.unknownFields()).isEmpty();
        assertThat(message.info().version()).isEqualTo("1");
        assertThat(message.info().declaredLength()).isEqualTo(129);
        AmlLocation location = message.location();
        assertThat(location.latitude()).isEqualTo(59.33456);
        assertThat(location.longitude()).isEqualTo(18.06321);
        assertThat(location.radiusMetres()).isEqualTo(10.0);
        assertThat(location.positionedAt()).isEqualTo(Instant.parse("2025-01-01T12:00:00Z"));
        assertThat(location.confidencePercent()).isEqualTo(68);
        assertThat(location.method()).isEqualTo(AmlPositioningMethod.GNSS);
        assertThat(message.handset().imsi()).isEqualTo("240011234567890");
        assertThat(message.handset().imei()).isEqualTo("356938035643809");
        assertThat(message.network().networkMcc()).isEqualTo("240");
        assertThat(message.network().networkMnc()).isEqualTo("01");
        assertThat(message.fields()).containsKeys("A\"ML", "lt", "lg", "rd", "top", "lc", "pm", "si", "ei", "mcc", "mnc", "ml");
        assertThat(message.position()).contains(new ReportedPosition(new GeoPoint(59.33456, 18.06321), 10.0, 68,
                PositionSource.AML_SMS, "GNSS", Instant.parse("2025-01-01T12:00:00Z"), null));
    }

    @Test
    void readsACellPositionWithASixteenDigitImeiSv() {
        AmlMessage message = AmlParser.parseSms(SMS_GOTHENBURG_CELL);
        assertThat(message.problems()).isEmpty();
        assertThat(message.location().method()).isEqualTo(AmlPositioningMethod.CELL);
        assertThat(message.location().radiusMetres()).isEqualTo(1500.0);
        assertThat(message.handset().imei()).isEqualTo("3569380356438091");
        assertThat(message.position().orElseThrow().point()).isEqualTo(new GeoPoint(57.70887, 11.97456));
    }

    @Test
    void badSmsFieldsAreReportedAndTheRestIsKept() {
        String text = "A\"ML=1;lt=+59.33456;lg=east;rd=-5;top=20251332120000;lc=120;pm=X;si=24001;ei=12ab;mcc=24;"
                + "mnc=1;ml=999;xx=7";
        AmlMessage message = AmlParser.parseSms(text);
        assertThat(message.problems()).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("pm", "lg", "rd", "lc", "top", "ei", "mcc", "mnc", "ml");
        assertThat(message.problems()).filteredOn(p -> p.field().equals("pm")).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("G (satellites), W (Wi-Fi), C (cell) or N"));
        assertThat(message.problems()).filteredOn(p -> p.field().equals("ml")).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("declares 999 characters but the message has "
                        + text.length() + " (truncated or altered in transit?)"));
        assertThat(message.problems()).filteredOn(p -> p.field().equals("top")).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualTo("20251332120000"));
        assertThat(message.location().latitude()).isEqualTo(59.33456);
        assertThat(message.location().longitude()).isNull();
        assertThat(message.handset().imsi()).isEqualTo("24001");
        assertThat(message.unknownFields()).containsExactly("xx");
        assertThat(message.fields()).containsEntry("xx", "7");
        assertThat(message.position()).isEmpty();
    }

    @Test
    void aTruncatedSmsKeepsItsPositionAndSaysWhatIsMissing() {
        AmlMessage message = AmlParser.parseSms("A\"ML=1;lt=+59.33456;lg=+018.06321;rd=10;top=2025010112");
        assertThat(message.problems()).extracting(FieldProblem::toString).containsExactlyInAnyOrder(
                "lc: is missing", "pm: is missing", "top '2025010112': is not a UTC time as YYYYMMDDhhmmss",
                "ml: is missing");
        assertThat(message.position()).map(ReportedPosition::point).contains(new GeoPoint(59.33456, 18.06321));
    }

    @Test
    void noPositionWhenTheHandsetHadNone() {
        String text = "A\"ML=1;pm=N;si=240011234567890;ei=356938035643809;mcc=240;mnc=01;ml=";
        text = text + (text.length() + 2);
        AmlMessage message = AmlParser.parseSms(text);
        assertThat(message.problems()).isEmpty();
        assertThat(message.location().method()).isEqualTo(AmlPositioningMethod.NONE);
        assertThat(message.position()).isEmpty();
    }

    @Test
    void repeatedFieldsAndPartsWithoutValueAreReported() {
        AmlMessage message = AmlParser.parseSms("A\"ML=1;lt=+59.1;lt=+60.0;junk;lg=+18.0;rd=5;top=20250101120000;lc=50;pm=W;ml=1");
        assertThat(message.problems()).extracting(FieldProblem::toString).contains(
                "lt '+60.0': appears twice; the first value is kept", "message 'junk': part 4 is not key=value");
        assertThat(message.location().latitude()).isEqualTo(59.1);
    }

    @Test
    void textThatIsNoAmlMessageGivesOneClearProblem() {
        assertThat(AmlParser.parseSms("Hello, I need help").problems()).extracting(FieldProblem::toString)
                .containsExactly("message 'Hello, I need help': is not an AML SMS: it must start with A\"ML=1");
        assertThat(AmlParser.parse("").problems()).extracting(FieldProblem::toString).containsExactly("message: is empty");
        assertThat(AmlParser.parse(null).problems()).hasSize(1);
        assertThat(AmlParser.parse("x".repeat(AmlParser.MAX_LENGTH + 1)).problems().getFirst().reason())
                .contains("more than the 8192");
        assertThat(AmlParser.parseSms("A\"ML=2;lt=1;lg=1;rd=1;top=20250101120000;lc=1;pm=G;ml=56").problems())
                .extracting(FieldProblem::toString).containsExactly("A\"ML '2': version must be 1");
    }

    @Test
    void readsEveryFieldOfTheHttpsForm() {
        AmlMessage message = AmlParser.parse(HTTPS_STOCKHOLM);
        assertThat(message.form()).isEqualTo(AmlForm.HTTPS);
        assertThat(message.problems()).isEmpty();
        assertThat(message.unknownFields()).isEmpty();
        assertThat(message.info()).isEqualTo(new AmlMessageInfo("3", "2.1", "112", "call",
                Instant.ofEpochMilli(1735732795000L), null, "3f1a9c"));
        assertThat(message.location()).isEqualTo(new AmlLocation(59.32938, 18.06871, 12.5, 68,
                Instant.ofEpochMilli(1735732800000L), AmlPositioningMethod.GNSS, 24.5, 4.0, "3", 90.0, 1.2));
        assertThat(message.handset()).isEqualTo(new AmlHandset("240011234567890", "356938035643809",
                "8946011234567890123", new PhoneNumber("+46701234567"), "Pixel 8", "AOS", "sv-SE,en-GB"));
        assertThat(message.network()).isEqualTo(new AmlNetwork("240", "01", "240", "01", "0213454321", "Telia"));
        assertThat(message.position().orElseThrow().source()).isEqualTo(PositionSource.AML_HTTPS);
        assertThat(message.position().orElseThrow().uncertaintyMetres()).isEqualTo(12.5);
        assertThat(message.fields()).hasSize(32);
    }

    @Test
    void readsTheOlderHttpsNamesCertaintyImsiAndImei() {
        AmlMessage message = AmlParser.parseHttps("v=3&device_number=%2B46701234567&location_latitude=55.60587"
                + "&location_longitude=13.00073&location_time=1476189444435&location_accuracy=10.4&location_source=GPS"
                + "&location_certainty=83&imsi=240011234567890&imei=356938035643809&cell_carrier=");
        assertThat(message.problems()).isEmpty();
        assertThat(message.location().confidencePercent()).isEqualTo(83);
        assertThat(message.location().method()).isEqualTo(AmlPositioningMethod.GNSS);
        assertThat(message.handset().imsi()).isEqualTo("240011234567890");
        assertThat(message.handset().imei()).isEqualTo("356938035643809");
        assertThat(message.network().carrier()).isNull();
    }

    @Test
    void badHttpsFieldsAreReportedAndTheRestIsKept() {
        AmlMessage message = AmlParser.parseHttps("v=3&location_latitude=95.1&location_longitude=18.0"
                + "&location_time=yesterday&location_source=bluetooth&location_accuracy=-3&location_confidence=68"
                + "&device_number=12&source=push&cell_home_mcc=2400&device_imsi=abc&bad=%zz&flag&extra_field=1");
        assertThat(message.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("bad", "flag",
                "source", "location_latitude", "location_accuracy", "location_confidence", "location_time",
                "location_source", "device_imsi", "device_number", "cell_home_mcc");
        assertThat(message.problems()).filteredOn(p -> p.field().equals("location_latitude")).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("must be -90 to 90 degrees"));
        assertThat(message.location().longitude()).isEqualTo(18.0);
        assertThat(message.position()).isEmpty();
        assertThat(message.unknownFields()).containsExactly("extra_field");
    }

    @Test
    void anHttpsBodyWithoutFieldsSaysWhatWasExpected() {
        assertThat(AmlParser.parseHttps("&&&").problems()).extracting(FieldProblem::field).containsExactly("message");
        assertThat(AmlParser.parseHttps("v=3").problems()).extracting(FieldProblem::toString)
                .containsExactly("location_latitude: is missing", "location_longitude: is missing");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 99, 2024, 555555})
    void neverThrowsOnMangledMessages(long seed) {
        Random random = new Random(seed);
        String alphabet = "A\"ML=1;ltgrdopcmsiemn&%+-.0123456789_xyz \n";
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? SMS_STOCKHOLM : HTTPS_STOCKHOLM);
            int edits = 1 + random.nextInt(6);
            for (int e = 0; e < edits && !text.isEmpty(); e++) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String mangled = text.toString();
            assertThatCode(() -> {
                AmlMessage message = AmlParser.parse(mangled);
                message.position();
                assertThat(message.problems()).allSatisfy(p -> {
                    assertThat(p.field()).isNotBlank();
                    assertThat(p.reason()).isNotBlank();
                });
                if (message.problems().isEmpty()) {
                    assertThat(message.fields()).isNotEmpty();
                }
            }).as(mangled).doesNotThrowAnyException();
        }
    }
}
