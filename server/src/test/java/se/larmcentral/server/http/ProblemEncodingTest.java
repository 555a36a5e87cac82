package se.larmcentral.server.http;




import se.larmcentral.web.Route;
import se.larmcentral.web.Problem;
import se.larmcentral.web.ApiServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.web.auth.Access;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Problems name Swedish places and words: they reach the client as the UTF-8 JSON they are. */
class ProblemEncodingTest {

    @Test
    void aProblemWithSwedishLettersArrivesAsUtf8() throws Exception {
        List<Route> routes = List.of(Route.get("/refuse").access(Access.PUBLIC).summary("refuses")
                .handle(ctx -> {
                    throw new InvalidInputException("kommun", "Värmdö (0120) är inte din kommun; försök Åre");
                }));
        try (ApiServer api = new ApiServer("127.0.0.1", 0, new ObjectMapper(), List.of(() -> routes), "test",
                request -> Optional.empty(), (request, route, principal) -> { }).start()) {
            HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + api.port() + "/refuse")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith(Problem.CONTENT_TYPE);
            String body = new String(answer.body(), StandardCharsets.UTF_8);
            assertThat(body).contains("Värmdö (0120) är inte din kommun; försök Åre").contains("\"field\":\"kommun\"");
        }
    }
}
