package se.larmcentral.server.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.TestServer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A keyed change retried after the node restarted (its memory of answers gone, as on the node that takes over) gets
 * the first answer from the journal's database, here the embedded one: same status, same body, recorded once.
 */
class FirstAnswerAfterRestartTest {

    @TempDir
    Path dir;

    private static HttpResponse<String> post(TestServer node, String json, String key) {
        return node.send(HttpRequest.newBuilder(node.uri("/api/shift-log")).header("Authorization", "Bearer " + node.token)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Test
    void theRetryAfterARestartGetsTheFirstAnswerAndIsRecordedOnce() {
        HttpResponse<String> first;
        try (TestServer node = new TestServer(dir)) {
            first = post(node, "{\"text\": \"handed over at 07:00\"}", "restart-1");
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        }
        try (TestServer node = new TestServer(dir)) {
            HttpResponse<String> retried = post(node, "{\"text\": \"handed over at 07:00\"}", "restart-1");
            assertThat(retried.statusCode()).isEqualTo(201);
            assertThat(retried.headers().firstValue("Idempotent-Replayed")).contains("true");
            assertThat(retried.body()).isEqualTo(first.body());
            HttpResponse<String> again = post(node, "{\"text\": \"handed over at 07:00\"}", "restart-1");
            assertThat(again.body()).as("then from this node's memory").isEqualTo(first.body());
            HttpResponse<String> other = post(node, "{\"text\": \"something else\"}", "restart-1");
            assertThat(other.statusCode()).isEqualTo(400);
            assertThat(node.get("/api/shift-log").body().split("handed over at 07:00", -1)).hasSize(2);
        }
    }
}
