package se.larmcentral.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.larmcentral.server.TestServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What the authentication tests share: a raw login, JSON, problem checks. */
final class AuthTesting {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Wednesday 2025-03-12 12:00 Swedish time. */
    static final Instant START = Instant.parse("2025-03-12T11:00:00Z");
    static final String PASSWORD = "correct horse battery";

    private AuthTesting() {
    }

    static HttpResponse<String> login(TestServer centre, String username, String password) {
        return login(centre, username, password, null);
    }

    static HttpResponse<String> login(TestServer centre, String username, String password, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(centre.uri("/api/session"))
                .header("Content-Type", "application/json");
        if (origin != null) {
            request.header("Origin", origin);
        }
        return centre.send(request.POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + username
                + "\", \"password\": \"" + password + "\"}")).build());
    }

    static JsonNode json(HttpResponse<String> answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode ok(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as("%s %s: %s", answer.request().method(), answer.request().uri(), answer.body())
                .isEqualTo(status);
        return json(answer);
    }

    /** An RFC 9457 problem with this status naming {@code field} (null: none named). */
    static JsonNode assertProblem(HttpResponse<String> answer, int status, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json(answer);
        if (field != null) {
            assertThat(problem.path("field").asText()).as(answer.body()).isEqualTo(field);
        }
        return problem;
    }

    static long lastSequence(TestServer centre) {
        return centre.server.centre().loop().lastSequence();
    }
}
