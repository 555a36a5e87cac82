package se.larmcentral.server.fuzz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.config.InvalidSettingException;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.core.fuzz.Fuzzing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 8: the settings file (./larm serve --config) under seeded mutations of the shipped example and the
 * built-in defaults: read, or refused naming the setting, never a start-up that fails with a Java exception.
 */
class SettingsFileFuzzTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void everyMutatedSettingsFileIsReadOrRefusedNamingTheSetting() throws IOException {
        String example = Files.readString(Path.of("..", "larmcentral.example.yaml"));
        String defaults;
        try (InputStream in = SettingsFileFuzzTest.class.getResourceAsStream("/larmcentral-defaults.yaml")) {
            defaults = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = dir.resolve("larmcentral.yaml");
        Fuzzing.Tally tally = Fuzzing.run("server SettingsLoader (settings file)", List.of(example, defaults), 1_000,
                Set.of(InvalidSettingException.class), text -> {
                    try {
                        Files.write(file, text.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes ?
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    SettingsLoader.load(file, Map.of());
                });
        assertThat(tally.accepted()).isPositive();
        assertThat(tally.refused()).isPositive();
    }
}
