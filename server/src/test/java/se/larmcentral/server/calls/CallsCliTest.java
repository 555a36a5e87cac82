package se.larmcentral.server.calls;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.CliRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.CliRun.larm;

/** {@code larm calls figures} on a stored centre and {@code larm calls aml parse}. */
class CallsCliTest {

    @TempDir
    Path dir;

    @Test
    void figuresAreReadFromTheStoredCentre() throws IOException {
        Path data = dir.resolve("data");
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        try (CallsCentre centre = new CallsCentre(data, now.minus(Duration.ofMinutes(10)))) {
            centre.intake("CLI-1", "+46701234567");
            centre.clock.advance(Duration.ofSeconds(12));
            centre.write("/api/calls/CLI-1/answer", "{}", 200);
        }
        Path config = Files.writeString(dir.resolve("larm.yaml"), "dataDir: " + data + "\n");
        CliRun run = larm("calls", "figures", "--config", config.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode figures = run.json().get("figures");
        assertThat(run.json().get("lines").asText()).isEqualTo("112");
        assertThat(figures.get("calls").asInt()).isEqualTo(1);
        assertThat(figures.get("meanAnswerSeconds").asDouble()).isEqualTo(12.0);
        assertThat(figures.at("/targets/0/verdict").asText()).isEqualTo("MISSED");
    }

    @Test
    void amlParsePrintsEveryFieldAndProblem() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), CallLocationApiTest.SMS_STOCKHOLM);
        CliRun parsed = larm("calls", "aml", "parse", good.toString());
        assertThat(parsed.exit()).as(parsed.err()).isZero();
        assertThat(parsed.json().at("/message/fields/si").asText()).isEqualTo("240011234567890");
        assertThat(parsed.json().at("/message/location/latitude").asDouble()).isEqualTo(59.33456);
        assertThat(parsed.json().at("/position/uncertaintyMetres").asDouble()).isEqualTo(10.0);
        assertThat(parsed.json().at("/message/problems")).isEmpty();

        Path bad = Files.writeString(dir.resolve("bad.txt"), "A\"ML=1;lt=+91;lg=+018.06321;pm=G;ml=3");
        CliRun problems = larm("calls", "aml", "parse", bad.toString());
        assertThat(problems.exit()).isEqualTo(1);
        assertThat(problems.json().at("/message/problems").findValuesAsText("field")).contains("lt", "rd", "ml");
        assertThat(problems.json().get("position").isNull()).isTrue();

        CliRun missing = larm("calls", "aml", "parse", dir.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("FILE", "nope.txt");
    }

    @Test
    void figuresPerHourAndPerDayAreReadFromTheStoredCentreAndBadDaysNameTheOption() throws IOException {
        Path data = dir.resolve("data");
        Instant start = Instant.parse("2025-06-10T08:00:00Z");
        try (CallsCentre centre = new CallsCentre(data, start)) {
            centre.intake("H-1", "+46701234567");
            centre.clock.advance(Duration.ofSeconds(20));
            centre.write("/api/calls/H-1/answer", "{}", 200);
        }
        Path config = Files.writeString(dir.resolve("larm.yaml"), "dataDir: " + data + "\n");

        CliRun hourly = larm("calls", "figures", "--config", config.toString(), "--hourly", "2025-06-10");
        assertThat(hourly.exit()).as(hourly.err()).isZero();
        assertThat(hourly.json().get("periods")).hasSize(24);
        assertThat(hourly.json().at("/periods/10/calls").asInt()).as("08:00Z is 10:00 in Stockholm").isEqualTo(1);
        assertThat(hourly.json().at("/periods/10/meanAnswerSeconds").asDouble()).isEqualTo(20.0);
        assertThat(hourly.json().at("/periods/9/calls").asInt()).isZero();

        CliRun daily = larm("calls", "figures", "--config", config.toString(), "--daily", "2025-06-09", "2025-06-11");
        assertThat(daily.exit()).as(daily.err()).isZero();
        assertThat(daily.json().get("periods").findValuesAsText("calls")).containsExactly("0", "1", "0");

        CliRun bad = larm("calls", "figures", "--config", config.toString(), "--hourly", "10 June");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("--hourly");
        CliRun backwards = larm("calls", "figures", "--config", config.toString(), "--daily", "2025-06-11", "2025-06-09");
        assertThat(backwards.exit()).isNotZero();
        assertThat(backwards.err()).contains("--daily");
    }

    @Test
    void crisisMessagesAndTopicsAreReadFromTheStoredCentre() throws IOException {
        Path data = dir.resolve("data");
        try (CallsCentre centre = new CallsCentre(data, Instant.parse("2025-06-10T08:00:00Z"))) {
            centre.write("/api/crisis-messages", "{\"messageId\": \"storm-1\", \"topic\": \"Storm\", \"text\":"
                    + " \"Stay indoors\", \"areaCodes\": [\"01\"], \"validFrom\": \"2025-06-10T09:00+02:00\","
                    + " \"validTo\": \"2025-06-11T09:00+02:00\", \"approvedBy\": \"Länsstyrelsen\"}", 201);
            for (String id : new String[] {"K-1", "K-2"}) {
                centre.write("/api/calls", "{\"callId\": \"" + id + "\", \"dialled\": \"113 13\"}", 201);
                centre.write("/api/calls/" + id + "/answer", "{}", 200);
                centre.write("/api/calls/" + id + "/classify", "{\"classification\": \"CRISIS_INFORMATION_113_13\","
                        + " \"crisisTopic\": \"Storm\"}", 200);
            }
        }
        Path config = Files.writeString(dir.resolve("larm.yaml"), "dataDir: " + data + "\n");

        CliRun messages = larm("calls", "crisis-messages", "--config", config.toString(), "--at", "2025-06-10T12:00+02:00",
                "--area", "0180");
        assertThat(messages.exit()).as(messages.err()).isZero();
        assertThat(messages.json().get("messages").findValuesAsText("id")).containsExactly("storm-1");
        CliRun elsewhere = larm("calls", "crisis-messages", "--config", config.toString(), "--at", "2025-06-10T12:00+02:00",
                "--area", "12");
        assertThat(elsewhere.json().get("messages")).isEmpty();
        CliRun badArea = larm("calls", "crisis-messages", "--config", config.toString(), "--area", "1");
        assertThat(badArea.exit()).isNotZero();
        assertThat(badArea.err()).contains("--area");

        CliRun topics = larm("calls", "crisis-topics", "--config", config.toString(), "--from", "2025-06-10T00:00+02:00",
                "--to", "2025-06-11T00:00+02:00");
        assertThat(topics.exit()).as(topics.err()).isZero();
        assertThat(topics.json().get("calls").asInt()).isEqualTo(2);
        assertThat(topics.json().at("/topics/0/topic").asText()).isEqualTo("Storm");
        CliRun backwards = larm("calls", "crisis-topics", "--config", config.toString(), "--from", "2025-06-11T00:00Z",
                "--to", "2025-06-10T00:00Z");
        assertThat(backwards.exit()).isNotZero();
        assertThat(backwards.err()).contains("--to");
    }

    @Test
    void pidfLoParsePrintsTheLocationOrTheReason() throws IOException {
        Path good = Files.writeString(dir.resolve("point.xml"), CallLocationApiTest.PIDF_HEAD
                + "<gml:Point srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>59.85856 17.63893</gml:pos></gml:Point>"
                + CallLocationApiTest.PIDF_TAIL);
        CliRun parsed = larm("calls", "pidf-lo", "parse", good.toString());
        assertThat(parsed.exit()).as(parsed.err()).isZero();
        assertThat(parsed.json().at("/point/lat").asDouble()).isEqualTo(59.85856);

        Path entity = Files.writeString(dir.resolve("xxe.xml"), "<?xml version=\"1.0\"?><!DOCTYPE presence ["
                + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]><presence>&x;</presence>");
        CliRun refused = larm("calls", "pidf-lo", "parse", entity.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("pidfLo", "DOCTYPE");
        assertThat(refused.out()).isEmpty();

        CliRun missing = larm("calls", "pidf-lo", "parse", dir.resolve("nope.xml").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("FILE", "nope.xml");
    }
}
