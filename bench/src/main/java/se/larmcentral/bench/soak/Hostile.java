package se.larmcentral.bench.soak;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * Issue 13's hostile requests, one at a time: a poisoned instant, the iCalendar bomb, JSON nested 2,000 deep, an event
 * stream from Last-Event-ID 0 that leaves after its first bytes, a body over the size limit, duplicate keys, ids with
 * NUL, ../ and bidi overrides, and a client trickling header lines. Each answers the status it got (0: the
 * connection ended without an answer; for the slow headers 1: closed by the server, -1: still held after 24 s).
 */
final class Hostile {

    static final List<String> KINDS = List.of("poisoned-instant", "ical-bomb", "deep-json", "sse-leaves", "oversized",
            "duplicate-keys", "bad-id", "slow-headers");

    private static final String BOMB = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//soak//EN",
            "BEGIN:VEVENT", "UID:bomb@soak", "DTSTART:20251201T000000Z", "DTEND:20251201T001500Z",
            "RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=" + range(1, 31) + ";BYHOUR=" + range(0, 23)
                    + ";BYMINUTE=" + range(0, 59) + ";BYSECOND=" + range(0, 59),
            "ATTENDEE;CN=Bo Ek:tel:+46702222222", "END:VEVENT", "END:VCALENDAR", "");

    private final HttpClient http;
    private final int port;
    private final String token;

    Hostile(HttpClient http, int port, String token) {
        this.http = http;
        this.port = port;
        this.token = token;
    }

    int send(String kind, Random random, int n) throws IOException, InterruptedException {
        return switch (kind) {
            case "poisoned-instant" -> post("/api/calls", "{\"callId\": \"H-" + n + "\", \"dialled\": \"112\", \"queuedAt\": \""
                    + (random.nextBoolean() ? "-999999999-01-01T00:00:00Z" : "0001-01-01T00:00:00Z") + "\"}", "application/json");
            case "ical-bomb" -> send(request("/api/social/jours/stockholm/roster?from=2025-12-01&to=2026-01-01")
                    .header("Content-Type", "text/calendar").PUT(HttpRequest.BodyPublishers.ofString(BOMB)).build());
            case "deep-json" -> post("/api/calls", "[".repeat(2_000) + "]".repeat(2_000), "application/json");
            case "sse-leaves" -> streamThenLeave();
            case "oversized" -> post("/api/calls", "{\"callId\": \"H-" + n + "\", \"note\": \"" + "x".repeat(2_000_000)
                    + "\"}", "application/json");
            case "duplicate-keys" -> post("/api/calls", "{\"callId\": \"H-" + n + "\", \"callId\": \"H-" + n
                    + "b\", \"dialled\": \"112\"}", "application/json");
            case "bad-id" -> post("/api/calls", "{\"callId\": \"" + List.of("..\\/etc", "C\\u0000-1", "C-\\u202E1",
                    "C\\u200B1").get(random.nextInt(4)) + "\", \"dialled\": \"112\"}", "application/json");
            default -> slowHeaders();
        };
    }

    private int post(String path, String body, String type) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }

    private int send(HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        }
    }

    private int streamThenLeave() throws InterruptedException {
        HttpRequest request = request("/api/events/stream").header("Last-Event-ID", "0").GET().build();
        try {
            HttpResponse<InputStream> answer = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = answer.body()) {
                in.readNBytes(4_096);
            }
            return answer.statusCode();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * A header line every 2 s, never the blank line that ends them: the server's header deadline
     * (http.headerTimeoutMillis, 10 s) must close the connection. Answers 1 when it did (an answer or end of stream
     * within 24 s), -1 when the connection was still held open.
     */
    private int slowHeaders() throws InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(2_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write("GET /api/calls/queue HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 12; i++) {
                try {
                    in.read();
                    return 1; // an answer (408/400) or the end of the stream: the server let go
                } catch (java.net.SocketTimeoutException stillOpen) {
                    out.write(("X-Slow-" + i + ": 1\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            }
            return -1;
        } catch (IOException e) {
            return 1; // reset or refused while writing: closed by the server
        }
    }

    private static String range(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i <= to; i++) {
            out.append(i == from ? "" : ",").append(i);
        }
        return out.toString();
    }
}
