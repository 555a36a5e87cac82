package se.larmcentral.server.triage;


import se.larmcentral.server.TriageSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.config.InvalidSettingException;
import se.larmcentral.config.SettingsLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code triage.indexFile} and {@code triage.responseRulesFile}: a region's own files, refused with their problems. */
class TriageSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aCentreAssessesWithTheIndexItsSettingsName() throws IOException {
        Path index = Files.writeString(dir.resolve("region-index.yaml"),
                IndexFiles.shipped().replace("version: generic-2025.1", "version: region-test-2"));
        try (TriageCentre centre = new TriageCentre(dir.resolve("centre"),
                Map.of("LARM_TRIAGE_INDEX_FILE", index.toString()))) {
            assertThat(centre.get("/api/triage/index").body().get("version").asText()).isEqualTo("region-test-2");
            TriageCentre.Answer started = centre.post("/api/triage/assessments", "{\"caseId\": \"c1\"}");
            assertThat(started.body().at("/assessment/indexVersion").asText()).isEqualTo("region-test-2");
        }
    }

    @Test
    void anIndexWithProblemsStopsStartUpNamingTheSettingAndEachPlace() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), IndexFiles.BROKEN);
        assertThatThrownBy(() -> new TriageCentre(dir.resolve("centre"),
                Map.of("LARM_TRIAGE_INDEX_FILE", broken.toString())))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("'triage.indexFile'")
                .hasMessageContaining("line 28, column 18: chapters[chest-pain].references[0]")
                .hasMessageContaining("chapters[chest-pain].criteria[1].priority: priority 5");

        // the failed start released the journal: a centre starts on the same folder
        try (TriageCentre centre = new TriageCentre(dir.resolve("centre"))) {
            assertThat(centre.get("/api/triage/index").status()).isEqualTo(200);
        }
    }

    @Test
    void rulesWhoseScaleTheIndexDoesNotFitNameTheRulesSetting() throws IOException {
        Path rules = Files.writeString(dir.resolve("three-levels.yaml"), IndexFiles.THREE_LEVEL_RULES);
        assertThatThrownBy(() -> TriageSettings.config(SettingsLoader.load(null,
                Map.of("LARM_TRIAGE_RESPONSE_RULES_FILE", rules.toString())).triage()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("'triage.responseRulesFile'")
                .hasMessageContaining("shipped medical index does not fit")
                .hasMessageContaining("priority 4 is outside the region's scale [1, 2, 3]");
    }

    @Test
    void aMissingFileIsNamedByItsSetting() {
        assertThatThrownBy(() -> SettingsLoader.load(null,
                Map.of("LARM_TRIAGE_INDEX_FILE", dir.resolve("no-such-index.yaml").toString())))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("'triage.indexFile'").hasMessageContaining("does not exist");
        assertThatThrownBy(() -> SettingsLoader.load(null,
                Map.of("LARM_TRIAGE_RESPONSE_RULES_FILE", dir.resolve("no-such-rules.yaml").toString())))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("'triage.responseRulesFile'").hasMessageContaining("does not exist");
    }
}
