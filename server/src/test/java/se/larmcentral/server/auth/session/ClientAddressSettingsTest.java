package se.larmcentral.server.auth.session;

import org.junit.jupiter.api.Test;
import se.larmcentral.config.InvalidSettingException;
import se.larmcentral.config.SettingsLoader;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code auth.trustedProxies}: addresses and ranges, never a host name (that would be looked up, and could change). */
class ClientAddressSettingsTest {

    @Test
    void addressesAndRangesAreTakenAndTheDefaultTrustsNoProxy() {
        assertThat(SettingsLoader.load(null, Map.of()).auth().trustedProxies()).isEmpty();
        assertThat(SettingsLoader.load(null, Map.of("LARM_AUTH_TRUSTED_PROXIES", "[10.0.0.5, 192.168.0.0/16, '::1', 'fd00::/8']"))
                .auth().trustedProxies()).containsExactly("10.0.0.5", "192.168.0.0/16", "::1", "fd00::/8");
    }

    @Test
    void aHostNameOrABadRangeIsRefusedNamingTheLine() {
        for (String bad : List.of("proxy.example.se", "10.0.0.256", "10.0.0.0/33", "10.0.0.0/x", "", "fd00::/129")) {
            assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_AUTH_TRUSTED_PROXIES", "[10.0.0.5, '" + bad + "']")))
                    .as(bad).isInstanceOf(InvalidSettingException.class).hasMessageContaining("auth.trustedProxies[2]");
        }
    }
}
