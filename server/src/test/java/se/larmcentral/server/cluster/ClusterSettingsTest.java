package se.larmcentral.server.cluster;

import org.junit.jupiter.api.Test;
import se.larmcentral.config.InvalidSettingException;
import se.larmcentral.config.Settings;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.journal.ClusterSettings;
import se.larmcentral.server.LarmServer;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code cluster.*}: the defaults, the node's lease settings, and bad values refused naming the setting. */
class ClusterSettingsTest {

    @Test
    void defaultsToThisProcessWithAThreeSecondLease() {
        Settings settings = SettingsLoader.load(null, Map.of());
        ClusterSettings cluster = LarmServer.clusterSettings(settings);
        assertThat(cluster.nodeId()).isEqualTo(ClusterSettings.defaultNodeId()).endsWith("-" + ProcessHandle.current().pid());
        assertThat(cluster.advertiseUrl()).isNull();
        assertThat(cluster.lease()).isEqualTo(Duration.ofSeconds(3));
        assertThat(cluster.renewEvery()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void takesTheNodeItsUrlAndTimes() {
        ClusterSettings cluster = LarmServer.clusterSettings(SettingsLoader.load(null, Map.of(
                "LARM_CLUSTER_NODE_ID", "larm-b", "LARM_CLUSTER_ADVERTISE_URL", "https://larm-b.example:8112",
                "LARM_CLUSTER_LEASE_SECONDS", "5", "LARM_CLUSTER_RENEW_MILLIS", "1000")));
        assertThat(cluster.nodeId()).isEqualTo("larm-b");
        assertThat(cluster.advertiseUrl()).isEqualTo("https://larm-b.example:8112");
        assertThat(cluster.lease()).isEqualTo(Duration.ofSeconds(5));
        assertThat(cluster.renewEvery()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void refusesBadValuesNamingTheSetting() {
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_CLUSTER_LEASE_SECONDS", "0")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("'cluster.leaseSeconds'");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_CLUSTER_RENEW_MILLIS", "2000")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("'cluster.renewMillis'")
                .hasMessageContaining("half of cluster.leaseSeconds (1500 ms)");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_CLUSTER_RENEW_MILLIS", "10")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("'cluster.renewMillis'");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_CLUSTER_NODE_ID", "node a/1")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("'cluster.nodeId'")
                .hasMessageContaining("'node a/1'");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_CLUSTER_ADVERTISE_URL", "larm-a:8112")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("'cluster.advertiseUrl'")
                .hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_CLUSTER_LEASE_SECONDS", "three")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("cluster.leaseSeconds");
    }
}
