package se.larmcentral.server.alarms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.alarms.receiver.AlarmAccount;
import se.larmcentral.alarms.receiver.AlarmSettings;
import se.larmcentral.config.InvalidSettingException;
import se.larmcentral.config.Settings;
import se.larmcentral.config.SettingsLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code alarms.*} settings: off by default with DC-09's window; read from the file; bad values named. */
class AlarmsSettingsTest {

    @TempDir
    Path dir;

    @Test
    void offByDefaultWithTheStandardsWindow() {
        AlarmSettings off = SettingsLoader.load(null, Map.of()).alarms().checked();
        assertThat(off.enabled()).isFalse();
        assertThat(off.window().ahead()).isEqualTo(Duration.ofSeconds(20));
        assertThat(off.window().behind()).isEqualTo(Duration.ofSeconds(40));
        assertThat(off.accounts()).isEmpty();
    }

    @Test
    void accountsAreReadWithTheVariableOfTheirKeyNeverTheKey() throws Exception {
        Path file = dir.resolve("alarms.yaml");
        Files.writeString(file, "alarms:\n  enabled: true\n  tcpPort: 7000\n  udpPort: -1\n  accounts:\n"
                + "    - {account: \"1234\", supervisionSeconds: 90}\n"
                + "    - {account: 5678AB, keyEnv: LARM_ALARM_5678AB_KEY, keyForm: TEXT}\n");
        Settings.Alarms on = SettingsLoader.load(file, Map.of("LARM_ALARMS_TCP_PORT", "7001")).alarms();
        AlarmSettings checked = on.checked();
        assertThat(checked.tcpPort()).isEqualTo(7001);
        assertThat(checked.udpPort()).isEqualTo(-1);
        assertThat(checked.accounts()).containsExactly(
                new AlarmAccount("1234", "", AlarmAccount.KeyForm.HEX, 90),
                new AlarmAccount("5678AB", "LARM_ALARM_5678AB_KEY", AlarmAccount.KeyForm.TEXT, 0));
        assertThat(checked.supervision()).isEqualTo(Map.of("1234", Duration.ofSeconds(90)));

        Files.writeString(file, "alarms:\n  accounts:\n    - {account: \"1234\", keyEnv: '000102030405060708090A0B0C0D0E0F'}\n");
        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of()))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("alarms.accounts")
                .hasMessageContaining("keyEnv must name an environment variable");
        Files.writeString(file, "alarms:\n  accounts:\n    - {account: \"1234\"}\n    - {account: \"1234\"}\n");
        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of()))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("account 1234 is named twice");
    }

    @Test
    void badValuesAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_ALARMS_TIMESTAMP_BEHIND_SECONDS", "-5")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("alarms.timestampBehindSeconds")
                .hasMessageContaining("between 0 and 3600");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_ALARMS_QUEUE_PER_SOURCE", "0")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("alarms.queuePerSource");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_ALARMS_ENABLED", "true",
                "LARM_ALARMS_TCP_PORT", "-1", "LARM_ALARMS_UDP_PORT", "-1")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("nothing to listen on");
    }
}
