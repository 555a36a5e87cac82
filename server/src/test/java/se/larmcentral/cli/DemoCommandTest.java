package se.larmcentral.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.config.Settings;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.core.PhoneNumber;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's own settings: what a first-time user gets from ./larm demo. */
class DemoCommandTest {

    @TempDir
    Path home;

    @Test
    void theDemoNamesThe116000OrganisationSoAReportCanBeHandedOver() {
        Settings settings = SettingsLoader.load(null, DemoCommand.environment(home, 8112, Map.of()));

        assertThat(settings.calls().missingChildrenOrganisation()).isNotBlank();
        assertThat(PhoneNumber.parse("number", settings.calls().missingChildrenNumber()).e164()).startsWith("+46");
        assertThat(settings.dataDir()).isEqualTo(home.resolve("data"));
    }

    @Test
    void theUsersOwnSettingsWin() {
        Settings settings = SettingsLoader.load(null, DemoCommand.environment(home, 8112,
                Map.of("LARM_CALLS_MISSING_CHILDREN_NUMBER", "08-123 456 78", "LARM_HTTP_PORT", "9000")));

        assertThat(PhoneNumber.parse("number", settings.calls().missingChildrenNumber()).e164()).isEqualTo("+46812345678");
        assertThat(settings.http().port()).isEqualTo(9000);
    }
}
