package se.larmcentral.server.auth.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.LarmServer;
import se.larmcentral.server.TestAccounts;
import se.larmcentral.server.TestHttp;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.web.auth.session.Sessions;
import se.larmcentral.config.SettingsLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on through the real server ({@link LarmServer#start} with {@code auth.oidc.enabled}) against the fake
 * provider of {@link OidcLoginTest}, the browser's redirects followed by hand: the session cookie then works like a
 * local login's (roles from the group mapping, actor {@code oidc:<sub>} in the journal, CSRF on changes, a
 * municipality administrator kept to their municipality, logout), and the session the browser had before is ended.
 */
class OidcEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private FakeIdentityProvider idp;
    private LarmServer server;

    @BeforeEach
    void start() throws Exception {
        idp = new FakeIdentityProvider();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, String> env = new HashMap<>();
        env.put("LARM_DATA_DIR", dir.toString());
        env.put("LARM_HTTP_PORT", Integer.toString(port));
        env.put("LARM_GEO_GRAPH_CACHE", dir.resolve("graph-cache").toString());
        env.put("LARM_AUTH_OIDC_ENABLED", "true");
        env.put("LARM_AUTH_OIDC_ISSUER", idp.issuer());
        env.put("LARM_AUTH_OIDC_CLIENT_ID", FakeIdentityProvider.CLIENT_ID);
        env.put("LARM_AUTH_OIDC_CLIENT_SECRET", FakeIdentityProvider.CLIENT_SECRET);
        env.put("LARM_AUTH_OIDC_REDIRECT_URI", "http://127.0.0.1:" + port + "/auth/oidc/callback");
        env.put("LARM_AUTH_OIDC_GROUP_ROLES", "[{group: larm-supervisors, role: SUPERVISOR},"
                + " {group: kommun-varmdo-admin, role: MUNICIPALITY_ADMIN, municipalities: ['0120']}]");
        server = LarmServer.start(SettingsLoader.load(null, env), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.close();
        idp.close();
    }

    @Test
    void aSupervisorSignedInByTheProviderActsWithASessionThatNeedsCsrfAndIsRecordedAsTheOidcPrincipal() {
        idp.user = new FakeIdentityProvider.User("u-1001", "anna.berg", List.of("larm-supervisors", "unmapped"));
        Browser anna = signIn();

        JsonNode session = anna.json(anna.get("/api/session"), 200);
        assertThat(session.get("username").asText()).isEqualTo("oidc:u-1001");
        assertThat(session.get("roles").toString()).isEqualTo("[\"SUPERVISOR\"]");
        assertThat(session.get("municipalities")).isEmpty();
        String csrf = session.get("csrfToken").asText();
        assertThat(csrf).hasSizeGreaterThanOrEqualTo(40);

        long before = server.centre().loop().lastSequence();
        String note = "{\"text\": \"Telia fault in Värmdö\"}";
        anna.json(anna.send("POST", "/api/shift-log", note, null), 403);
        anna.json(anna.send("POST", "/api/shift-log", note, "not-the-token"), 403);
        assertThat(server.centre().loop().lastSequence()).as("nothing recorded without the CSRF token").isEqualTo(before);
        anna.json(anna.send("POST", "/api/shift-log", note, csrf), 201);

        JsonNode written = TestHttp.allEvents(path -> anna.json(anna.get(path), 200)).getLast();
        assertThat(written.get("type").asText()).isEqualTo("server.EntryWritten");
        assertThat(written.get("actor").asText()).isEqualTo("oidc:u-1001");
        assertThat(written.get("actorKind").asText()).isEqualTo("PERSON");
        // a supervisor is not an account administrator
        anna.json(anna.get("/api/accounts"), 403);

        anna.json(anna.send("DELETE", "/api/session", null, null), 403);
        assertThat(anna.send("DELETE", "/api/session", null, csrf).statusCode()).isEqualTo(204);
        anna.json(anna.get("/api/session"), 401);
        anna.json(anna.get("/api/shift-log"), 401);
    }

    @Test
    void aMunicipalityAdministratorFromAGroupIsKeptToTheirMunicipality() {
        idp.user = new FakeIdentityProvider.User("u-2002", "bo.ek", List.of("kommun-varmdo-admin"));
        Browser bo = signIn();
        JsonNode session = bo.json(bo.get("/api/session"), 200);
        assertThat(session.get("roles").toString()).isEqualTo("[\"MUNICIPALITY_ADMIN\"]");
        assertThat(session.get("municipalities").toString()).isEqualTo("[\"0120\"]");
        String csrf = session.get("csrfToken").asText();

        bo.json(bo.get("/api/social/municipalities/0120"), 200);
        bo.json(bo.get("/api/social/municipalities/0180"), 403);
        bo.json(bo.get("/api/calls/queue"), 403);
        // the journal: only their municipality's social events (EventVisibilityTest)
        bo.json(bo.get("/api/events"), 200).get("events")
                .forEach(e -> assertThat(e.get("type").asText()).startsWith("social."));
        long before = server.centre().loop().lastSequence();
        bo.json(bo.send("POST", "/api/social/direct-numbers", "{\"number\": \"08-465 004 97\", \"municipality\": \"0180\"}",
                csrf), 403);
        assertThat(server.centre().loop().lastSequence()).isEqualTo(before);
        bo.json(bo.send("POST", "/api/social/direct-numbers", "{\"number\": \"08-465 004 95\", \"municipality\": \"0120\"}",
                csrf), 201);
        assertThat(server.centre().loop().journal().readAfter(before, 10)).singleElement()
                .satisfies(row -> assertThat(row.actorId()).isEqualTo("oidc:u-2002"));
    }

    @Test
    void theSessionTheBrowserHadBeforeEndsWhenSingleSignOnOpensANewOne() {
        // A local session first (an account the test makes), then single sign-on in the same browser. The provider's
        // redirect back is cross-site, so a real browser does not send the SameSite=Strict session cookie with the
        // callback: the session must be ended from what the browser sent when it started the sign-on.
        TestAccounts.createAccount(server, "carl", "correct horse battery", EnumSet.of(Role.DISPATCHER), Set.of(), null);
        Browser browser = new Browser();
        HttpResponse<String> local = browser.send(HttpRequest.newBuilder(uri("/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"carl\", \"password\": \"correct horse battery\"}")));
        assertThat(local.statusCode()).as(local.body()).isEqualTo(200);
        String oldCookie = browser.sessionCookie();

        String atProvider = location(browser.get("/auth/oidc/login"));
        String callback = location(browser.send(HttpRequest.newBuilder(URI.create(atProvider)).GET()));
        HttpResponse<String> done = browser.withoutSessionCookie(HttpRequest.newBuilder(URI.create(callback)).GET());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
        assertThat(browser.sessionCookie()).isNotEqualTo(oldCookie);
        assertThat(browser.json(browser.get("/api/session"), 200).get("username").asText()).isEqualTo("oidc:u-1001");

        HttpResponse<String> withOld = TestHttp.send(HttpClient.newHttpClient(), HttpRequest.newBuilder(uri("/api/session"))
                .header("Cookie", Sessions.COOKIE + "=" + oldCookie).GET().build());
        assertThat(withOld.statusCode()).as("the local session before single sign-on").isEqualTo(401);
    }

    /** Login at the centre, at the provider, and the callback: a browser with the new session. */
    private Browser signIn() {
        Browser browser = new Browser();
        String atProvider = location(browser.get("/auth/oidc/login"));
        String callback = location(browser.send(HttpRequest.newBuilder(URI.create(atProvider)).GET()));
        HttpResponse<String> done = browser.send(HttpRequest.newBuilder(URI.create(callback)).GET());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
        assertThat(location(done)).isEqualTo("/console/");
        assertThat(done.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith(Sessions.COOKIE + "=").contains("HttpOnly", "SameSite=Strict"));
        return browser;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String location(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isBetween(301, 303);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    /** A browser: a cookie jar, no redirects followed by itself, this site as Origin on changes. */
    private final class Browser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        /** A change from the console's page: same origin, with the CSRF token when given. */
        HttpResponse<String> send(String method, String path, String json, String csrf) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Origin", "http://127.0.0.1:" + server.port())
                    .header("Sec-Fetch-Site", "same-origin");
            if (csrf != null) {
                request.header("X-CSRF-Token", csrf);
            }
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json)));
        }

        HttpResponse<String> send(HttpRequest.Builder request) {
            return TestHttp.send(http, request.build());
        }

        /** As a browser sends a cross-site redirect: the SameSite=Strict session cookie stays behind, the rest goes. */
        HttpResponse<String> withoutSessionCookie(HttpRequest.Builder request) {
            String others = String.join("; ", cookies.getCookieStore().getCookies().stream()
                    .filter(c -> !c.getName().equals(Sessions.COOKIE)).map(c -> c.getName() + "=" + c.getValue()).toList());
            HttpResponse<String> answer = TestHttp.send(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .build(), request.header("Cookie", others).build());
            try {
                cookies.put(answer.uri(), answer.headers().map());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return answer;
        }

        String sessionCookie() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(Sessions.COOKIE))
                    .map(java.net.HttpCookie::getValue).findFirst().orElseThrow();
        }

        JsonNode json(HttpResponse<String> answer, int status) {
            assertThat(answer.statusCode()).as("%s %s: %s", answer.request().method(), answer.request().uri(),
                    answer.body()).isEqualTo(status);
            try {
                return JSON.readTree(answer.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
