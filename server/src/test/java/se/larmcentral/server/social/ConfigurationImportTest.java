package se.larmcentral.server.social;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.server.centre.Centre;
import se.larmcentral.server.cli.OfflineCentre;
import se.larmcentral.social.DefineJour;
import se.larmcentral.social.Jour;
import se.larmcentral.social.SocialState;
import se.larmcentral.social.file.MunicipalityRegistryFile;
import se.larmcentral.social.file.PlacedCommand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The import's two refusals: before anything is stored, and part-way (saying what was applied). */
class ConfigurationImportTest {

    private static final Instant CHECKED_AT = Instant.parse("2020-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private static PlacedCommand jour(int index, String id) {
        return new PlacedCommand("jours[" + index + "]", new DefineJour(new Jour(id, "Socialjour " + id, null, false, null, null)));
    }

    /** Passes when tried at the check's instant, refused when the centre decides it later: a change in between. */
    private static PlacedCommand refusedAfterTheCheck(int index) {
        Command<SocialState, String> command = (state, now) -> {
            if (now.isAfter(CHECKED_AT)) {
                throw new ConflictException("id", "the stored state changed after the check");
            }
            return new DefineJour(new Jour("late", "Socialjour late", null, false, null, null)).decide(state, now);
        };
        return new PlacedCommand("jours[" + index + "]", command);
    }

    @Test
    void stopsAtTheFirstRefusedCommandSayingWhichWereApplied() throws IOException {
        Path settings = Files.writeString(dir.resolve("larmcentral.yaml"), "dataDir: " + dir.resolve("data") + "\n");
        try (Centre centre = OfflineCentre.open(OfflineCentre.settings(settings))) {
            ConfigurationImport load = new ConfigurationImport(centre, MunicipalityRegistryFile.standard(),
                    Clock.fixed(CHECKED_AT, ZoneOffset.UTC));
            List<PlacedCommand> commands = List.of(jour(0, "first"), refusedAfterTheCheck(1), jour(2, "third"));
            assertThatThrownBy(() -> load.apply(commands, Actor.SYSTEM))
                    .isInstanceOfSatisfying(ConfigurationImport.Stopped.class, stopped -> {
                        assertThat(stopped.applied).containsExactly("jours[0]");
                        assertThat(stopped.refused.place()).isEqualTo("jours[1]");
                        assertThat(stopped.getMessage()).contains("jours[1]", "changed after the check");
                    });
            List<String> stored = centre.loop().read(s -> s.social().jours().stream().map(Jour::id).toList());
            assertThat(stored).containsExactly("first");

            assertThatThrownBy(() -> load.apply(List.of(jour(0, "third"), jour(1, "first")), Actor.SYSTEM))
                    .isInstanceOf(ConfigurationImport.DoesNotFit.class).hasMessageContaining("jours[1]").hasMessageContaining("first");
            int jours = centre.loop().read(s -> s.social().jours().size());
            assertThat(jours).as("nothing stored").isEqualTo(1);
        }
    }
}
