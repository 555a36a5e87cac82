package se.larmcentral.server.auth.oidc;


import se.larmcentral.web.auth.oidc.OidcRoutes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.larmcentral.server.TestClock;
import se.larmcentral.server.TestHttp;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.web.auth.SessionStarter;
import se.larmcentral.config.Settings;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.web.ApiServer;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a fake identity provider, the browser's redirects followed by hand: a whole login, the group
 * mapping, and every refusal (state wrong, replayed, expired or from another browser; nonce, issuer, audience, expiry
 * or signature of the ID token wrong; no mapped group; the provider refusing or down). A refused login opens nothing.
 */
class OidcLoginTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeIdentityProvider idp;
    private ApiServer api;
    private TestClock clock;
    private final List<Principal> started = new CopyOnWriteArrayList<>();

    /** Until local accounts' sessions are in the build: records whom a session was opened for. */
    private final SessionStarter recorder = (ctx, principal) -> {
        started.add(principal);
        ctx.cookie("larm_session", "session-of-" + principal.actor().id());
        return "csrf-token";
    };

    @BeforeEach
    void start() throws Exception {
        idp = new FakeIdentityProvider();
        clock = new TestClock(Instant.now());
        api = startCentre(idp.issuer());
    }

    private ApiServer startCentre(String issuer) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, String> env = new HashMap<>();
        env.put("LARM_AUTH_OIDC_ENABLED", "true");
        env.put("LARM_AUTH_OIDC_ISSUER", issuer);
        env.put("LARM_AUTH_OIDC_CLIENT_ID", FakeIdentityProvider.CLIENT_ID);
        env.put("LARM_AUTH_OIDC_CLIENT_SECRET", FakeIdentityProvider.CLIENT_SECRET);
        env.put("LARM_AUTH_OIDC_REDIRECT_URI", "http://127.0.0.1:" + port + "/auth/oidc/callback");
        env.put("LARM_AUTH_OIDC_PROVIDER_TIMEOUT_MILLIS", "2000");
        env.put("LARM_AUTH_OIDC_GROUP_ROLES", "[{group: larm-supervisors, role: SUPERVISOR},"
                + " {group: larm-auditors, role: AUDITOR},"
                + " {group: kommun-varmdo-admin, role: MUNICIPALITY_ADMIN, municipalities: ['0120']},"
                + " {group: sydost-admin, role: MUNICIPALITY_ADMIN, municipalities: ['0182', '0138']}]");
        Settings settings = SettingsLoader.load(null, env);
        return new ApiServer("127.0.0.1", port, JSON, List.of(new OidcRoutes(settings.auth().oidc(), recorder, clock)),
                "test").start();
    }

    @AfterEach
    void stop() {
        api.close();
        idp.close();
    }

    /** A browser: keeps cookies, follows no redirect by itself. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient browser, String url) {
        return TestHttp.send(browser, HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private String centre(String path) {
        return "http://127.0.0.1:" + api.port() + path;
    }

    private static String location(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isBetween(301, 303);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    /** Login at the centre and at the provider: the URL of the callback the provider sends the browser to. */
    private String callbackFor(HttpClient browser) {
        String atProvider = location(get(browser, centre("/auth/oidc/login")));
        return location(get(browser, atProvider));
    }

    private static JsonNode problem(HttpResponse<String> answer, int status) throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain(FakeIdentityProvider.CLIENT_SECRET);
        return JSON.readTree(answer.body());
    }

    @Test
    void aWholeLoginOpensASessionForTheMappedRolesAndSendsTheBrowserToTheConsole() {
        HttpClient browser = browser();
        HttpResponse<String> login = get(browser, centre("/auth/oidc/login"));
        URI atProvider = URI.create(location(login));
        assertThat(login.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c ->
                assertThat(c).startsWith("larm_oidc_login=").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(atProvider.toString()).startsWith(idp.issuer() + "/authorize?");
        Map<String, String> request = FakeIdentityProvider.query(atProvider);
        assertThat(request).containsEntry("response_type", "code").containsEntry("client_id", "larm-test")
                .containsEntry("code_challenge_method", "S256").containsKeys("state", "nonce", "code_challenge");
        assertThat(request.get("scope").split(" ")).contains("openid");
        assertThat(request.get("redirect_uri")).isEqualTo(centre("/auth/oidc/callback"));

        HttpResponse<String> done = get(browser, location(get(browser, atProvider.toString())));

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(location(done)).isEqualTo("/console/");
        assertThat(done.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("larm_session="));
        assertThat(started).singleElement().satisfies(p -> {
            assertThat(p.actor().id()).isEqualTo("oidc:u-1001");
            assertThat(p.actor().kind()).hasToString("PERSON");
            assertThat(p.roles()).containsExactly(Role.SUPERVISOR);
            assertThat(p.municipalities()).isEmpty();
            assertThat(p.unitId()).isNull();
        });
        // the code was redeemed once, with the verifier and the client's secret (the fake provider checks both)
        assertThat(idp.tokenRequests).singleElement().asString().contains("code_verifier=");
    }

    @Test
    void groupsMapToRolesAndAMunicipalityAdministratorGetsTheMunicipalitiesOfEachOfTheirGroups() {
        idp.user = new FakeIdentityProvider.User("u-2002", "kim", List.of("kommun-varmdo-admin", "sydost-admin",
                "larm-auditors", "some-other-group"));
        HttpClient browser = browser();
        HttpResponse<String> done = get(browser, callbackFor(browser));
        assertThat(location(done)).isEqualTo("/console/");
        assertThat(started).singleElement().satisfies(p -> {
            assertThat(p.roles()).containsExactlyInAnyOrder(Role.MUNICIPALITY_ADMIN, Role.AUDITOR);
            assertThat(p.municipalities()).containsExactlyInAnyOrder("0120", "0182", "0138");
        });
    }

    @Test
    void aUserWithNoMappedGroupIsRefusedAndNothingIsOpened() throws Exception {
        idp.user = new FakeIdentityProvider.User("u-3003", "outsider", List.of("cafeteria", "parking"));
        HttpClient browser = browser();
        JsonNode problem = problem(get(browser, callbackFor(browser)), 403);
        assertThat(problem.get("detail").asText()).contains("oidc:u-3003", "cafeteria", "auth.oidc.groupRoles",
                "nothing was opened");
        assertThat(started).isEmpty();
    }

    @Test
    void aUserWithoutTheGroupsClaimIsRefused() throws Exception {
        idp.tweak = claims -> claims.claim("groups", null);
        HttpClient browser = browser();
        JsonNode problem = problem(get(browser, callbackFor(browser)), 403);
        assertThat(problem.get("detail").asText()).contains("'groups' is empty or missing");
        assertThat(started).isEmpty();
    }

    @Test
    void aWrongStateIsRefused() throws Exception {
        HttpClient browser = browser();
        String callback = callbackFor(browser);
        String forged = callback.replaceAll("state=[^&]+", "state=forged-state");
        JsonNode problem = problem(get(browser, forged), 400);
        assertThat(problem.get("field").asText()).isEqualTo("state");
        assertThat(problem.get("detail").asText()).contains("unknown, expired or already used", "/auth/oidc/login");
        assertThat(problem(get(browser, callback.replaceAll("[?&]state=[^&]+", "")), 400).get("field").asText())
                .isEqualTo("state");
        assertThat(started).isEmpty();
        assertThat(idp.tokenRequests).as("no code is redeemed for an unknown state").isEmpty();
    }

    @Test
    void aStateWorksOnceSoAReplayedCallbackIsRefused() throws Exception {
        HttpClient browser = browser();
        String callback = callbackFor(browser);
        assertThat(location(get(browser, callback))).isEqualTo("/console/");
        JsonNode problem = problem(get(browser, callback), 400);
        assertThat(problem.get("detail").asText()).contains("already used");
        assertThat(started).hasSize(1);
    }

    @Test
    void aStateExpiresAfterTheLoginTimeout() throws Exception {
        HttpClient browser = browser();
        String callback = callbackFor(browser);
        clock.advance(Duration.ofSeconds(301));
        assertThat(problem(get(browser, callback), 400).get("detail").asText()).contains("expired");
        assertThat(started).isEmpty();
    }

    @Test
    void aCallbackInAnotherBrowserThanTheOneThatStartedTheLoginIsRefused() throws Exception {
        String callback = callbackFor(browser());
        JsonNode problem = problem(get(browser(), callback), 400);
        assertThat(problem.get("detail").asText()).contains("another browser");
        assertThat(started).isEmpty();
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() throws Exception {
        idp.tweak = claims -> claims.claim("nonce", "someone-elses-nonce");
        assertRefusedToken("nonce");
    }

    @Test
    void anIdTokenFromAnotherIssuerIsRefused() throws Exception {
        idp.tweak = claims -> claims.issuer("https://evil.example");
        assertRefusedToken("issuer");
    }

    @Test
    void anIdTokenForAnotherClientIsRefused() throws Exception {
        idp.tweak = claims -> claims.audience("some-other-client");
        assertRefusedToken("audience");
    }

    @Test
    void anExpiredIdTokenIsRefused() throws Exception {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        idp.tweak = claims -> claims.issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofMinutes(5))));
        assertRefusedToken("expired");
    }

    @Test
    void anIdTokenSignedWithAnotherKeyIsRefused() throws Exception {
        idp.signWithImpostorKey = true;
        assertRefusedToken("signature");
    }

    private void assertRefusedToken(String reason) throws IOException {
        HttpClient browser = browser();
        JsonNode problem = problem(get(browser, callbackFor(browser)), 401);
        assertThat(problem.get("detail").asText()).containsIgnoringCase("ID token is not accepted")
                .containsIgnoringCase(reason);
        assertThat(started).isEmpty();
    }

    @Test
    void theProviderRefusingTheLoginIsSaidAndOpensNothing() throws Exception {
        HttpClient browser = browser();
        String atProvider = location(get(browser, centre("/auth/oidc/login")));
        String state = FakeIdentityProvider.query(URI.create(atProvider)).get("state");
        JsonNode problem = problem(get(browser, centre("/auth/oidc/callback?error=access_denied&error_description=user+cancelled&state=" + state)), 401);
        assertThat(problem.get("detail").asText()).contains("access_denied", "user cancelled");
        assertThat(started).isEmpty();
    }

    @Test
    void aProviderThatIsDownGivesA503NamingItAndNoStackTrace() throws Exception {
        String issuer = idp.issuer();
        idp.close();
        JsonNode problem = problem(get(browser(), centre("/auth/oidc/login")), 503);
        assertThat(problem.get("detail").asText()).contains(issuer, "cannot be reached");
        assertThat(started).isEmpty();
    }

    @Test
    void aProviderThatGoesDownDuringTheLoginGivesA503AndTheLoginCanBeStartedAgainOnceItIsBack() throws Exception {
        HttpClient browser = browser();
        String callback = callbackFor(browser);
        idp.close();
        JsonNode problem = problem(get(browser, callback), 503);
        assertThat(problem.get("detail").asText()).contains("token endpoint", "cannot be reached", "/auth/oidc/login");
        assertThat(started).isEmpty();
        // a provider that never answered at first: the metadata is fetched again on the next login
        api.close();
        idp = new FakeIdentityProvider();
        api = startCentre("http://127.0.0.1:" + freePortNobodyListensOn());
        assertThat(problem(get(browser, centre("/auth/oidc/login")), 503).get("title").asText()).isEqualTo("Unavailable");
    }

    private static int freePortNobodyListensOn() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    @Test
    void theClientSecretIsNeitherInTheSettingsPrintoutNorSentToTheBrowser() {
        Settings settings = SettingsLoader.load(null, Map.of("LARM_AUTH_OIDC_CLIENT_SECRET", "do-not-print-me"));
        assertThat(settings.auth().oidc().clientSecret()).isEqualTo("do-not-print-me");
        assertThat(settings.toString()).doesNotContain("do-not-print-me").contains("clientSecret=(set)");
        HttpClient browser = browser();
        HttpResponse<String> login = get(browser, centre("/auth/oidc/login"));
        assertThat(location(login)).doesNotContain(FakeIdentityProvider.CLIENT_SECRET);
    }
}
