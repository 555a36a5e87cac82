package se.larmcentral.server.demo;

import org.junit.jupiter.api.Test;
import se.larmcentral.config.InvalidSettingException;
import se.larmcentral.config.Settings;
import se.larmcentral.config.SettingsLoader;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo callers' settings: defaults that leave calls to people a while, overridable, bad values refused. */
class DemoCallersSettingsTest {

    @Test
    void byDefaultTheCallersRunAndLeaveCallsToPeopleForTwentySeconds() {
        Settings.DemoCallers callers = SettingsLoader.load(null, Map.of()).demoCallers();
        assertThat(callers).isEqualTo(new Settings.DemoCallers(true, 20, 5));
    }

    @Test
    void theEnvironmentSwitchesThemOffOrChangesTheThreshold() {
        assertThat(SettingsLoader.load(null, Map.of("LARM_DEMO_CALLERS_ENABLED", "false")).demoCallers().enabled()).isFalse();
        Settings.DemoCallers callers = SettingsLoader.load(null, Map.of("LARM_DEMO_CALLERS_ANSWER_AFTER_SECONDS", "0",
                "LARM_DEMO_CALLERS_ASSIGN_AFTER_MINUTES", "0")).demoCallers();
        assertThat(callers.answerAfterSeconds()).isZero();
        assertThat(callers.assignAfterMinutes()).isZero();
    }

    @Test
    void aBadValueStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_DEMO_CALLERS_ANSWER_AFTER_SECONDS", "-1")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("demoCallers.answerAfterSeconds").hasMessageContaining("between 0 and 3600");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_DEMO_CALLERS_ASSIGN_AFTER_MINUTES", "100000")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("demoCallers.assignAfterMinutes");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_DEMO_CALLERS_ANSWER_AFTER_SECONDS", "soon")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("demoCallers.answerAfterSeconds");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_DEMO_CALLERS_ENABLED", "perhaps")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("demoCallers.enabled");
    }
}
