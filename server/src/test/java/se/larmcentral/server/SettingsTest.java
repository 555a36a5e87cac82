package se.larmcentral.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.config.InvalidSettingException;
import se.larmcentral.config.Settings;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.telephony.DeskPhone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsAreSafe() {
        Settings settings = SettingsLoader.load(null, Map.of());
        assertThat(settings.http().host()).isEqualTo("127.0.0.1");
        assertThat(settings.http().port()).isEqualTo(8112);
        assertThat(settings.journal().url()).isEmpty();
        assertThat(settings.demo()).isFalse();
    }

    @Test
    void theFileOverridesDefaultsAndTheEnvironmentOverridesTheFile() throws Exception {
        Path file = dir.resolve("larm.yaml");
        Files.writeString(file, "http:\n  port: 9000\n  maxRequestBytes: 4096\njournal:\n  maxBatch: 64\n");
        Settings settings = SettingsLoader.load(file, Map.of("LARM_HTTP_PORT", "9100", "LARM_JOURNAL_MAX_BATCH", "32"));
        assertThat(settings.http().port()).isEqualTo(9100);
        assertThat(settings.http().maxRequestBytes()).isEqualTo(4096);
        assertThat(settings.journal().maxBatch()).isEqualTo(32);
    }

    @Test
    void environmentNamesFollowTheSettingPath() {
        assertThat(SettingsLoader.environmentName("http.maxRequestBytes")).isEqualTo("LARM_HTTP_MAX_REQUEST_BYTES");
        assertThat(SettingsLoader.environmentName("journal.url")).isEqualTo("LARM_JOURNAL_URL");
    }

    @Test
    void aBadValueStopsStartUpNamingTheSetting() throws Exception {
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_HTTP_PORT", "eighty")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("'http.port'");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_HTTP_PORT", "70000")))
                .hasMessageContaining("'http.port'").hasMessageContaining("65535");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_JOURNAL_URL", "mysql://x")))
                .hasMessageContaining("'journal.url'");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_GEO_OSM_EXTRACT", "/no/such/file.pbf")))
                .hasMessageContaining("'geo.osmExtract'").hasMessageContaining("does not exist");
        Path file = dir.resolve("typo.yaml");
        Files.writeString(file, "http:\n  prot: 80\n");
        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of()))
                .hasMessageContaining("'http.prot'").hasMessageContaining("not a setting");
        Files.writeString(file, "http: [unclosed\n");
        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of()))
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> SettingsLoader.load(dir.resolve("missing.yaml"), Map.of()))
                .hasMessageContaining("does not exist");
    }

    @Test
    void roadSpeedsDefaultToTheGeoModulesAndEveryNumberCanBeSet() throws Exception {
        assertThat(SettingsLoader.load(null, Map.of()).geo().speeds()).isEqualTo(se.larmcentral.geo.RoadSpeeds.DEFAULT);

        Path file = dir.resolve("speeds.yaml");
        Files.writeString(file, "geo:\n  speeds:\n    urbanLimitKmh: 40\n    factors:\n      primary: 1.3\n");
        Settings settings = SettingsLoader.load(file, Map.of("LARM_GEO_SPEEDS_FACTORS_OTHER", "0.4"));
        assertThat(settings.geo().speeds().urbanLimitKmh()).isEqualTo(40);
        assertThat(settings.geo().speeds().ruralLimitKmh()).isEqualTo(70);
        assertThat(settings.geo().speeds().factors().primary()).isEqualTo(1.3);
        assertThat(settings.geo().speeds().factors().motorway()).isEqualTo(1.1);
        assertThat(settings.geo().speeds().factors().other()).isEqualTo(0.4);
    }

    @Test
    void aBadRoadSpeedStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_GEO_SPEEDS_FACTORS_MOTORWAY", "0")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("setting 'geo.speeds.factors.motorway': must be between 0.1 and 3, was 0");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_GEO_SPEEDS_MAX_KMH", "fast")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("'geo.speeds.maxKmh'");
    }

    @Test
    void theTelephonyFrontIsOffByDefaultAndItsSettingsAreRead() throws Exception {
        Settings.Telephony off = SettingsLoader.load(null, Map.of()).telephony();
        assertThat(off.enabled()).isFalse();
        assertThat(off.transports()).containsExactly("UDP", "TCP");
        assertThat(off.allowedPeers()).isEmpty();
        assertThat(off.announcements()).endsWith("announcements");
        Path file = dir.resolve("sip.yaml");
        Files.writeString(file, "telephony:\n  enabled: true\n  host: 192.0.2.1\n  port: 5070\n  transports: [TCP]\n"
                + "  allowedPeers: [192.0.2.10, '2001:db8::10']\n  outboundProxy: sbc.example.net:5060\n"
                + "dataDir: data\n");
        Settings.Telephony on = SettingsLoader.load(file, Map.of("LARM_TELEPHONY_PORT", "5080")).telephony();
        assertThat(on.enabled()).isTrue();
        assertThat(on.port()).isEqualTo(5080);
        assertThat(on.checked().transports()).containsExactly("TCP");
        assertThat(on.checked().allowedPeers()).containsExactly("192.0.2.10", "2001:db8::10");
        assertThat(on.checked().outboundProxy()).isEqualTo("sbc.example.net:5060");
        assertThat(on.checked().announcements()).isEqualTo(dir.resolve("data").resolve("announcements"));
        assertThat(on.checked().desks()).isEmpty();
    }

    @Test
    void connectingOnAndTheQueueMessageHaveDefaultsAndRefuseValuesOutOfRangeNamingTheSetting() throws Exception {
        Path file = dir.resolve("telephony-times.yaml");
        Files.writeString(file, "telephony:\n  outboundProxy: sbc.example.net\n");
        Settings.Telephony on = SettingsLoader.load(file, Map.of()).telephony();
        assertThat(on.checked().connectRingSeconds()).isEqualTo(30);
        assertThat(on.checked().queueMessageSeconds()).isEqualTo(20);
        assertThat(SettingsLoader.load(file, Map.of("LARM_TELEPHONY_QUEUE_MESSAGE_SECONDS", "0")).telephony().checked()
                .queueMessageSeconds()).as("0: never").isZero();
        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of("LARM_TELEPHONY_CONNECT_RING_SECONDS", "2")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("telephony.connectRingSeconds")
                .hasMessageContaining("between 5 and 300");
        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of("LARM_TELEPHONY_QUEUE_MESSAGE_SECONDS", "-1")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("telephony.queueMessageSeconds")
                .hasMessageContaining("between 0 (never) and 600");
    }

    @Test
    void deskPhonesNameTheVariableOfTheirSecretNeverTheSecret() throws Exception {
        Path file = dir.resolve("desks.yaml");
        Files.writeString(file, "telephony:\n  desks:\n    - {desk: desk-1, user: desk-1, secretEnv: LARM_DESK_1_SECRET}\n"
                + "    - {desk: desk-2, user: phone-2, secretEnv: LARM_DESK_2_SECRET}\n");
        Settings.Telephony on = SettingsLoader.load(file, Map.of()).telephony();
        assertThat(on.checked().deskRingSeconds()).isEqualTo(15);
        assertThat(SettingsLoader.load(file, Map.of("LARM_TELEPHONY_DESK_RING_SECONDS", "8")).telephony().checked()
                .deskRingSeconds()).isEqualTo(8);
        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of("LARM_TELEPHONY_DESK_RING_SECONDS", "0")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("telephony.deskRingSeconds")
                .hasMessageContaining("between 1 and 120");
        assertThat(on.checked().desks()).extracting(DeskPhone::desk, DeskPhone::user, DeskPhone::secretEnv)
                .containsExactly(tuple("desk-1", "desk-1", "LARM_DESK_1_SECRET"),
                        tuple("desk-2", "phone-2", "LARM_DESK_2_SECRET"));
        Files.writeString(file, "telephony:\n  desks:\n    - {desk: desk-1, user: desk-1, secretEnv: 'hunter2 in the file'}\n");
        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of()))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("telephony.desks.secretEnv")
                .hasMessageContaining("must name an environment variable");
    }

    @Test
    void sipOverTlsIsOffByDefaultItsKeyStoreIsFoundBesideTheFileAndBadValuesAreRefusedNamingTheSetting() throws Exception {
        assertThat(SettingsLoader.load(null, Map.of()).telephony().checked().tls().enabled()).isFalse();
        Path file = dir.resolve("tls.yaml");
        Files.writeString(file, "telephony:\n  tls:\n    enabled: true\n    keyStore: keys/sip.p12\n");
        se.larmcentral.telephony.TelephonyTls tls = SettingsLoader.load(file, Map.of()).telephony().checked().tls();
        assertThat(tls.enabled()).isTrue();
        assertThat(tls.port()).isEqualTo(5061);
        assertThat(tls.keyStore()).isEqualTo(dir.resolve("keys/sip.p12"));
        assertThat(tls.keyStorePasswordEnv()).isEqualTo("LARM_SIP_TLS_PASSWORD");
        assertThat(tls.protocols()).containsExactly("TLSv1.3", "TLSv1.2");
        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of("LARM_TELEPHONY_TLS_PROTOCOLS", "[TLSv1]")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("telephony.tls.protocols")
                .hasMessageContaining("'TLSv1' is not one of");
        Files.writeString(file, "telephony:\n  tls:\n    enabled: true\n");
        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of()))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("telephony.tls.keyStore");
    }

    @Test
    void aBadTelephonySettingStopsStartUpNamingIt() {
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_TELEPHONY_PORT", "70000")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("'telephony.port'")
                .hasMessageContaining("65535");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_TELEPHONY_TRANSPORTS", "[UDP, SCTP]")))
                .hasMessageContaining("'telephony.transports'").hasMessageContaining("'SCTP' is not one of UDP, TCP");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_TELEPHONY_ALLOWED_PEERS", "[sbc.example.net]")))
                .hasMessageContaining("'telephony.allowedPeers'").hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_TELEPHONY_OUTBOUND_PROXY", "sip:sbc;x")))
                .hasMessageContaining("'telephony.outboundProxy'");
    }

    @Test
    void fileProblemsNameTheSettingLineAndColumnInPlainWords() throws Exception {
        Path file = dir.resolve("larm.yaml");
        Files.writeString(file, "http:\n  port: 80\n  port: 81\n");
        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of()))
                .hasMessageContaining("'http.port'").hasMessageContaining("duplicate key 'port'")
                .hasMessageContaining("(line 3, column 3)");
        Files.writeString(file, "http:\n  port: eighty\n");
        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of()))
                .hasMessageContaining("'http.port'").hasMessageContaining("'eighty' is not a whole number (line 2, column 9)")
                .hasMessageNotContaining("int").hasMessageNotContaining("deserialize");
        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of("LARM_HTTP_PORT", "ninety")))
                .hasMessageContaining("'ninety' is not a whole number (from LARM_HTTP_PORT)");
        Files.writeString(file, "http:\n  prot: 80\n");
        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of())).hasMessageContaining("(line 2, column 3)");
    }

    @Test
    void relativePathsAreReadAgainstTheSettingsFilesFolderAndTheGraphCacheFollowsTheDataDir() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("etc"));
        Path file = folder.resolve("larm.yaml");
        Files.writeString(file, "dataDir: store\n");
        Settings settings = SettingsLoader.load(file, Map.of());
        assertThat(settings.dataDir()).isEqualTo(folder.resolve("store").toAbsolutePath());
        assertThat(settings.geo().graphCache()).isEqualTo(folder.resolve("store/graph-cache").toAbsolutePath());
    }

    @Test
    void aMisspeltEnvironmentVariableStopsStartUpNamingIt() {
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_HTTP_PROT", "80")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("LARM_HTTP_PROT").hasMessageContaining("LARM_HTTP_PORT");
        // the test suite's own variables are not settings
        assertThat(SettingsLoader.load(null, Map.of("LARM_TEST_PG_PORT", "5432")).http().port()).isEqualTo(8112);
    }

    @Test
    void anH2JournalThatWouldLoseAcknowledgedCommandsIsRefused() {
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_JOURNAL_URL", "jdbc:h2:mem:x")))
                .hasMessageContaining("'journal.url'").hasMessageContaining("in-memory");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_JOURNAL_URL", "jdbc:h2:file:/tmp/j;WRITE_DELAY=500")))
                .hasMessageContaining("'journal.url'").hasMessageContaining("WRITE_DELAY");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_JOURNAL_URL", "jdbc:h2:tcp://db:9092/journal")))
                .hasMessageContaining("'journal.url'").hasMessageContaining("jdbc:postgresql:");
        assertThat(SettingsLoader.load(null, Map.of("LARM_JOURNAL_URL", "jdbc:h2:file:/tmp/j;WRITE_DELAY=0")).journal().url())
                .endsWith("WRITE_DELAY=0");
    }
}
