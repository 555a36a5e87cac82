package se.larmcentral.server.auth.oidc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.TestServer;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The centre serves /auth/oidc/... only when auth.oidc.enabled. */
class OidcRouteGroupTest {

    @TempDir
    Path dir;

    @Test
    void theSingleSignOnRoutesExistOnlyWhenEnabled() {
        try (TestServer off = new TestServer(dir.resolve("off"))) {
            assertThat(off.get("/openapi.json").body()).doesNotContain("/auth/oidc/");
            assertThat(off.get("/auth/oidc/login").statusCode()).isEqualTo(404);
        }
        try (TestServer on = new TestServer(dir.resolve("on"), Map.of(
                "LARM_AUTH_OIDC_ENABLED", "true",
                "LARM_AUTH_OIDC_ISSUER", "http://127.0.0.1:1",
                "LARM_AUTH_OIDC_CLIENT_ID", "larm",
                "LARM_AUTH_OIDC_REDIRECT_URI", "http://127.0.0.1:8112/auth/oidc/callback",
                "LARM_AUTH_OIDC_PROVIDER_TIMEOUT_MILLIS", "500",
                "LARM_AUTH_OIDC_GROUP_ROLES", "[{group: g, role: AUDITOR}]"))) {
            assertThat(on.get("/openapi.json").body()).contains("/auth/oidc/login", "/auth/oidc/callback");
            // nothing listens on port 1: a clear 503, not a stack trace
            assertThat(on.get("/auth/oidc/login").statusCode()).isEqualTo(503);
        }
    }
}
