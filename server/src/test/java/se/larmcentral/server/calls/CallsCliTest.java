package se.larmcentral.server.calls;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.larmcentral.server.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code larm calls figures} on a stored centre and {@code larm calls aml parse}. */
class CallsCliTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
        JsonNode json() {
            return CallsCentre.parse(out);
        }
    }

    private static Run larm(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

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
        Run run = larm("calls", "figures", "--config", config.toString());
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
        Run parsed = larm("calls", "aml", "parse", good.toString());
        assertThat(parsed.exit()).as(parsed.err()).isZero();
        assertThat(parsed.json().at("/message/fields/si").asText()).isEqualTo("240011234567890");
        assertThat(parsed.json().at("/message/location/latitude").asDouble()).isEqualTo(59.33456);
        assertThat(parsed.json().at("/position/uncertaintyMetres").asDouble()).isEqualTo(10.0);
        assertThat(parsed.json().at("/message/problems")).isEmpty();

        Path bad = Files.writeString(dir.resolve("bad.txt"), "A\"ML=1;lt=+91;lg=+018.06321;pm=G;ml=3");
        Run problems = larm("calls", "aml", "parse", bad.toString());
        assertThat(problems.exit()).isEqualTo(1);
        assertThat(problems.json().at("/message/problems").findValuesAsText("field")).contains("lt", "rd", "ml");
        assertThat(problems.json().get("position").isNull()).isTrue();

        Run missing = larm("calls", "aml", "parse", dir.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("FILE", "nope.txt");
    }
}
