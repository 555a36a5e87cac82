package se.larmcentral.server.auth.oidc;


import se.larmcentral.web.auth.oidc.GroupMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.config.InvalidSettingException;
import se.larmcentral.config.Settings;
import se.larmcentral.config.SettingsLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The auth.oidc settings: off by default, checked at start-up naming the setting, the secret only from the environment. */
class OidcSettingsTest {

    @TempDir
    Path dir;

    private static Map<String, String> enabled(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        env.put("LARM_AUTH_OIDC_ENABLED", "true");
        env.put("LARM_AUTH_OIDC_ISSUER", "https://login.example.se/realms/larm");
        env.put("LARM_AUTH_OIDC_CLIENT_ID", "larm");
        env.put("LARM_AUTH_OIDC_REDIRECT_URI", "https://larm.example.se/auth/oidc/callback");
        env.put("LARM_AUTH_OIDC_GROUP_ROLES", "[{group: larm-auditors, role: AUDITOR}]");
        env.putAll(extra);
        return env;
    }

    @Test
    void singleSignOnIsOffByDefaultWithTheGroupsClaimNamedGroups() {
        Settings.Oidc oidc = SettingsLoader.load(null, Map.of()).auth().oidc();
        assertThat(oidc.enabled()).isFalse();
        assertThat(oidc.groupsClaim()).isEqualTo("groups");
        assertThat(oidc.groupRoles()).isEmpty();
        assertThat(oidc.clientSecret()).isEmpty();
    }

    @Test
    void aWholeSettingsFileIsReadWithTheMappingAndTheSecretFromTheEnvironment() throws Exception {
        Path file = dir.resolve("larm.yaml");
        Files.writeString(file, """
                auth:
                  oidc:
                    enabled: true
                    issuer: https://login.example.se/realms/larm
                    clientId: larm
                    redirectUri: https://larm.example.se/auth/oidc/callback
                    groupRoles:
                      - {group: larm-supervisors, role: SUPERVISOR}
                      - {group: kommun-varmdo-admin, role: MUNICIPALITY_ADMIN, municipalities: ["0120"]}
                """);
        Settings.Oidc oidc = SettingsLoader.load(file, Map.of("LARM_AUTH_OIDC_CLIENT_SECRET", "from-env")).auth().oidc();
        assertThat(oidc.clientSecret()).isEqualTo("from-env");
        assertThat(oidc.groupRoles()).containsExactly(new Settings.GroupRole("larm-supervisors", "SUPERVISOR", List.of()),
                new Settings.GroupRole("kommun-varmdo-admin", "MUNICIPALITY_ADMIN", List.of("0120")));
        assertThat(new GroupMapping(oidc.groupRoles()).grant(List.of("kommun-varmdo-admin")).orElseThrow())
                .isEqualTo(new GroupMapping.Grant(java.util.Set.of(Role.MUNICIPALITY_ADMIN), java.util.Set.of("0120")));
        assertThat(new GroupMapping(oidc.groupRoles()).grant(List.of("nobody-knows"))).isEmpty();
    }

    @Test
    void aClientSecretInTheFileIsRefusedNamingTheEnvironmentVariable() throws Exception {
        Path file = dir.resolve("secret.yaml");
        Files.writeString(file, "auth:\n  oidc:\n    clientSecret: hunter2\n");
        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("'auth.oidc.clientSecret'").hasMessageContaining("LARM_AUTH_OIDC_CLIENT_SECRET")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void aBadIssuerStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> SettingsLoader.load(null, enabled(Map.of("LARM_AUTH_OIDC_ISSUER", "login.example.se"))))
                .hasMessageContaining("'auth.oidc.issuer'").hasMessageContaining("absolute https URL");
        assertThatThrownBy(() -> SettingsLoader.load(null, enabled(Map.of("LARM_AUTH_OIDC_ISSUER", "http://login.example.se"))))
                .hasMessageContaining("'auth.oidc.issuer'").hasMessageContaining("https");
        assertThatThrownBy(() -> SettingsLoader.load(null, enabled(Map.of("LARM_AUTH_OIDC_ISSUER", "https://bad host/"))))
                .hasMessageContaining("'auth.oidc.issuer'");
        assertThat(SettingsLoader.load(null, enabled(Map.of("LARM_AUTH_OIDC_ISSUER", "http://127.0.0.1:9000"))).auth()
                .oidc().issuer()).as("http to this machine, for trials").isEqualTo("http://127.0.0.1:9000");
    }

    @Test
    void otherMissingOrBadSettingsAreNamed() {
        assertThatThrownBy(() -> SettingsLoader.load(null, enabled(Map.of("LARM_AUTH_OIDC_CLIENT_ID", " "))))
                .hasMessageContaining("'auth.oidc.clientId'");
        assertThatThrownBy(() -> SettingsLoader.load(null, enabled(Map.of("LARM_AUTH_OIDC_REDIRECT_URI", "/auth/oidc/callback"))))
                .hasMessageContaining("'auth.oidc.redirectUri'");
        assertThatThrownBy(() -> SettingsLoader.load(null, enabled(Map.of("LARM_AUTH_OIDC_SCOPES", "profile email"))))
                .hasMessageContaining("'auth.oidc.scopes'").hasMessageContaining("openid");
        assertThatThrownBy(() -> SettingsLoader.load(null, enabled(Map.of("LARM_AUTH_OIDC_GROUP_ROLES", "[]"))))
                .hasMessageContaining("'auth.oidc.groupRoles'").hasMessageContaining("nobody could sign in");
        assertThatThrownBy(() -> SettingsLoader.load(null, enabled(Map.of("LARM_AUTH_OIDC_GROUP_ROLES", "larm-auditors"))))
                .hasMessageContaining("'auth.oidc.groupRoles'").hasMessageContaining("YAML list");
        assertThatThrownBy(() -> SettingsLoader.load(null, enabled(Map.of("LARM_AUTH_OIDC_LOGIN_TIMEOUT_SECONDS", "5"))))
                .hasMessageContaining("'auth.oidc.loginTimeoutSeconds'");
    }

    @Test
    void anUnknownRoleInTheMappingStopsStartUpEvenWhileSingleSignOnIsOff() {
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_AUTH_OIDC_GROUP_ROLES",
                "[{group: a, role: AUDITOR}, {group: b, role: SUPERVISER}]")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("'auth.oidc.groupRoles[1].role'").hasMessageContaining("'SUPERVISER' is not a role")
                .hasMessageContaining("SUPERVISOR");
    }

    @Test
    void municipalityAdministratorLinesNameRealMunicipalitiesAndOnlyTheyNameAny() {
        assertThatThrownBy(() -> SettingsLoader.load(null, enabled(Map.of("LARM_AUTH_OIDC_GROUP_ROLES",
                "[{group: varmdo, role: MUNICIPALITY_ADMIN}]"))))
                .hasMessageContaining("'auth.oidc.groupRoles[0].municipalities'");
        assertThatThrownBy(() -> SettingsLoader.load(null, enabled(Map.of("LARM_AUTH_OIDC_GROUP_ROLES",
                "[{group: varmdo, role: MUNICIPALITY_ADMIN, municipalities: ['0120', '9999']}]"))))
                .hasMessageContaining("'auth.oidc.groupRoles[0].municipalities[1]'").hasMessageContaining("'9999'");
        assertThatThrownBy(() -> SettingsLoader.load(null, enabled(Map.of("LARM_AUTH_OIDC_GROUP_ROLES",
                "[{group: sup, role: SUPERVISOR, municipalities: ['0120']}]"))))
                .hasMessageContaining("'auth.oidc.groupRoles[0].municipalities'").hasMessageContaining("only a MUNICIPALITY_ADMIN");
        assertThatThrownBy(() -> SettingsLoader.load(null, enabled(Map.of("LARM_AUTH_OIDC_GROUP_ROLES",
                "[{group: cars, role: UNIT_DEVICE}]"))))
                .hasMessageContaining("'auth.oidc.groupRoles[0].role'").hasMessageContaining("API token");
        assertThatThrownBy(() -> SettingsLoader.load(null, enabled(Map.of("LARM_AUTH_OIDC_GROUP_ROLES",
                "[{group: akuten, role: HOSPITAL}]"))))
                .hasMessageContaining("'auth.oidc.groupRoles[0].role'").hasMessageContaining("--hospital");
    }
}
