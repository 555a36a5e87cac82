package se.larmcentral.server.crisis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.calls.CallsCentre;
import se.larmcentral.server.CliRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.CliRun.larm;

/** {@code larm crisis incidents declare | list | end} on a stored centre. */
class MajorIncidentCliTest {

    @TempDir
    Path dir;

    @Test
    void aMajorIncidentIsDeclaredListedAndEndedOnTheStoredCentre() throws IOException {
        Path config = Files.writeString(dir.resolve("larm.yaml"), "dataDir: " + dir.resolve("data") + "\n");
        String end = Instant.now().plus(Duration.ofHours(5)).toString();
        CliRun declared = larm("crisis", "incidents", "declare", "--config", config.toString(), "--type", "storm",
                "--municipalities", "0180,0184", "--expected-end", end, "--call-taker-text", "Stormen Hilde",
                "--caller-text", "Vi har många samtal om stormen.");
        assertThat(declared.exit()).as(declared.err()).isZero();
        assertThat(declared.json().get("id").asText()).isEqualTo("major-1");
        assertThat(declared.json().get("typeName").asText()).isEqualTo("Storm eller oväder");

        CliRun refused = larm("crisis", "incidents", "declare", "--config", config.toString(), "--type", "storm",
                "--municipalities", "18", "--expected-end", end, "--call-taker-text", "a", "--caller-text", "b");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("area.municipalities[0]").doesNotContain("Exception");

        CliRun listed = larm("crisis", "incidents", "list", "--config", config.toString());
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.json().get("incidents").findValuesAsText("id")).containsExactly("major-1");

        CliRun ended = larm("crisis", "incidents", "end", "major-1", "--reason", "over", "--config", config.toString());
        assertThat(ended.exit()).as(ended.err()).isZero();
        assertThat(ended.json().get("endReason").asText()).isEqualTo("over");
        assertThat(larm("crisis", "incidents", "list", "--config", config.toString()).json().get("incidents")).isEmpty();
        assertThat(larm("crisis", "incidents", "list", "--ended", "--config", config.toString()).json()
                .get("incidents")).hasSize(1);
    }
}
