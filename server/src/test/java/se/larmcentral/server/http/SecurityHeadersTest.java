package se.larmcentral.server.http;


import se.larmcentral.web.SecurityHeaders;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.TestServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every answer carries the security headers: API, problems, unknown paths, static files. */
class SecurityHeadersTest {

    @TempDir
    Path dir;

    private static void assertSecured(HttpResponse<String> answer) {
        String csp = answer.headers().firstValue("content-security-policy").orElse("");
        assertThat(csp).as("%s", answer.uri()).contains("default-src 'self'", "frame-ancestors 'none'",
                "img-src 'self' data:", "script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(answer.headers().firstValue("x-frame-options")).hasValue("DENY");
        assertThat(answer.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("referrer-policy")).hasValue("no-referrer");
        assertThat(answer.headers().firstValue("strict-transport-security")).as("plain HTTP").isEmpty();
    }

    @Test
    void apiAnswersProblemsAndUnknownPathsAreSecuredAndApiAnswersNotCached() {
        try (TestServer centre = new TestServer(dir)) {
            for (HttpResponse<String> answer : List.of(centre.get("/api/shift-log"), centre.get("/api/events?after=x"),
                    centre.get("/api/session", "wrong-token"), centre.get("/no/such/page"), centre.get("/health"),
                    centre.post("/api/shift-log", "{"))) {
                assertSecured(answer);
                if (answer.uri().getPath().startsWith("/api/")) {
                    assertThat(answer.headers().firstValue("cache-control")).as("%s", answer.uri()).hasValue("no-store");
                }
            }
            assertThat(centre.get("/no/such/page").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void staticFilesAreSecuredToo() throws IOException, InterruptedException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>console</title>");
        SecurityHeaders headers = SecurityHeaders.defaults();
        Javalin app = Javalin.create(config -> {
            config.staticFiles.add(site.toString(), Location.EXTERNAL);
            config.routes.before(headers::apply);
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.startup.showJavalinBanner = false;
        }).start();
        try {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/index.html")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("console");
            assertSecured(page);
        } finally {
            app.stop();
        }
    }

    @Test
    void extraImageOriginsJoinThePolicy() {
        SecurityHeaders headers = new SecurityHeaders(List.of("https://tiles.example.org"), false);
        assertThat(headers.contentSecurityPolicy()).contains("img-src 'self' data: https://tiles.example.org;");
        assertThat(SecurityHeaders.defaults().contentSecurityPolicy()).contains("img-src 'self' data:;");
    }
}
