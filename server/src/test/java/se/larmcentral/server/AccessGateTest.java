package se.larmcentral.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import se.larmcentral.web.auth.Access;
import se.larmcentral.web.auth.AccessGate;
import se.larmcentral.web.auth.UnauthenticatedException;
import se.larmcentral.web.ApiServer;
import se.larmcentral.web.Route;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint, reads included, passes the access gate with its route before its handler runs. */
class AccessGateTest {

    @Test
    void theGateSeesEveryRequestWithItsRouteAndCanRefuseIt() throws Exception {
        List<String> seen = new ArrayList<>();
        AccessGate gate = (ctx, route, principal) -> {
            seen.add(route.method() + " " + route.path());
            if (route.path().startsWith("/secret")) {
                throw new UnauthenticatedException("no entry");
            }
        };
        List<Route> routes = List.of(
                Route.get("/open").access(Access.PUBLIC).summary("open").handle(ctx -> ctx.result("ok")),
                Route.get("/secret/{id}").access(Access.AUTHENTICATED).summary("closed").handle(ctx -> ctx.result("leaked")));
        try (ApiServer api = new ApiServer("127.0.0.1", 0, new ObjectMapper(), List.of(() -> routes), "test", request -> java.util.Optional.empty(), gate).start()) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> open = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/open")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> secret = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/secret/7")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(open.body()).isEqualTo("ok");
            assertThat(secret.statusCode()).isEqualTo(401);
            assertThat(secret.body()).doesNotContain("leaked");
            assertThat(seen).containsExactly("GET /open", "GET /secret/{id}");
        }
    }
}
