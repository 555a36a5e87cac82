package se.larmcentral.server.social;


import se.larmcentral.centre.social.ConfigurationImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.centre.Centre;
import se.larmcentral.cli.OfflineCentre;
import se.larmcentral.social.DefineJour;
import se.larmcentral.social.Jour;
import se.larmcentral.social.SocialState;
import se.larmcentral.social.file.PlacedCommand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The import is one command: every part stored together, or, on any refusal, nothing. */
class ConfigurationImportTest {

    @TempDir
    Path dir;

    private static PlacedCommand jour(int index, String id) {
        return new PlacedCommand("jours[" + index + "]", new DefineJour(new Jour(id, "Socialjour " + id, null, false, null, null)));
    }

    /** A part the centre refuses however the file was checked before: as a concurrent change would make it. */
    private static PlacedCommand refusedByTheCentre(int index) {
        Command<SocialState, String> command = (state, now) -> {
            throw new ConflictException("id", "the stored state changed after the check");
        };
        return new PlacedCommand("jours[" + index + "]", command);
    }

    private Centre open() throws IOException {
        Path settings = dir.resolve("larmcentral.yaml");
        if (!Files.exists(settings)) {
            Files.writeString(settings, "dataDir: " + dir.resolve("data") + "\n");
        }
        return OfflineCentre.open(OfflineCentre.settings(settings));
    }

    private static List<String> storedJours(Centre centre) {
        return centre.loop().read(s -> s.social().jours().stream().map(Jour::id).toList());
    }

    @Test
    void everyPartIsStoredTogether() throws IOException {
        try (Centre centre = open()) {
            long before = centre.loop().lastSequence();
            List<String> applied = new ConfigurationImport(centre).apply(List.of(jour(0, "first"), jour(1, "second")), Actor.SYSTEM);
            assertThat(applied).containsExactly("jours[0]", "jours[1]");
            assertThat(storedJours(centre)).containsExactly("first", "second");
            assertThat(centre.loop().lastSequence()).isEqualTo(before + 2);
        }
        try (Centre reopened = open()) {
            assertThat(storedJours(reopened)).as("durable").containsExactly("first", "second");
        }
    }

    @Test
    void aPartRefusedByTheCentreStoresNothingAndNamesItsPlace() throws IOException {
        try (Centre centre = open()) {
            ConfigurationImport load = new ConfigurationImport(centre);
            List<PlacedCommand> commands = List.of(jour(0, "first"), refusedByTheCentre(1), jour(2, "third"));
            assertThatThrownBy(() -> load.apply(commands, Actor.SYSTEM))
                    .isInstanceOfSatisfying(ConfigurationImport.DoesNotFit.class, refused -> {
                        assertThat(refused.getMessage()).contains("jours[1]", "changed after the check");
                        assertThat(refused.cause.field()).startsWith("jours[1]");
                    });
            assertThat(storedJours(centre)).as("nothing stored, not even jours[0]").isEmpty();
            assertThat(centre.loop().lastSequence()).isZero();
        }
    }

    @Test
    void aFileThatClashesWithWhatIsStoredStoresNothing() throws IOException {
        try (Centre centre = open()) {
            ConfigurationImport load = new ConfigurationImport(centre);
            load.apply(List.of(jour(0, "first")), Actor.SYSTEM);
            long before = centre.loop().lastSequence();
            assertThatThrownBy(() -> load.apply(List.of(jour(0, "third"), jour(1, "first"), jour(2, "fourth")), Actor.SYSTEM))
                    .isInstanceOf(ConfigurationImport.DoesNotFit.class).hasMessageContaining("jours[1]").hasMessageContaining("first");
            assertThat(storedJours(centre)).containsExactly("first");
            assertThat(centre.loop().lastSequence()).isEqualTo(before);
        }
    }
}
