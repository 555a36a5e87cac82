package se.larmcentral.server;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Sends a test's request and gives the answer as text, with I/O failures as unchecked exceptions. */
public final class TestHttp {

    private TestHttp() {
    }

    /** Every journal event, oldest first, read page by page through {@code read} (a GET answering JSON). */
    public static List<JsonNode> allEvents(Function<String, JsonNode> read) {
        List<JsonNode> all = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = read.apply("/api/events?after=" + after + "&limit=5000");
            page.get("events").forEach(all::add);
            after = page.get("next").asLong();
            if (!page.get("more").asBoolean()) {
                return all;
            }
        }
    }

    public static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
