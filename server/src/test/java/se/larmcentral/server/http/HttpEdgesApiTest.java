package se.larmcentral.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.server.TestAccounts;
import se.larmcentral.server.calls.CallsCentre;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.calls.CallsCentre.assertProblem;

/**
 * The server's edge: Jetty's own refusals are problems with the security headers, the Host header is checked, slow
 * and greedy clients are closed, and changes are rate-limited per account with 429 and Retry-After.
 */
class HttpEdgesApiTest {

    private static final Instant START = Instant.parse("2025-06-10T08:00:00Z");

    @TempDir
    Path dir;

    private CallsCentre centre;

    private CallsCentre start(Map<String, String> environment) {
        centre = new CallsCentre(dir, START, environment);
        return centre;
    }

    @AfterEach
    void stop() {
        if (centre != null) {
            centre.close();
        }
    }

    /** The raw answer to raw bytes: status line, headers and body as text. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", centre.server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertProblemWithHeaders(String answer, String status) {
        String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase();
        assertThat(answer).as(answer).startsWith("HTTP/1.1 " + status);
        assertThat(head).as(answer).contains("content-type: application/problem+json")
                .contains("x-content-type-options: nosniff").contains("content-security-policy:");
        assertThat(answer).doesNotContain("<html").doesNotContain("Exception").doesNotContain("at org.eclipse");
        assertThat(CallsCentre.parse(answer.substring(answer.indexOf("\r\n\r\n") + 4)).get("status").asInt())
                .isEqualTo(Integer.parseInt(status));
    }

    /**
     * A request Jetty cannot read (NUL in the path, a URI or header beyond its limits) ends the connection: the answer
     * says so (RFC 9112 §9.6), so a client does not send its next request into a socket about to close. The requests
     * ask to keep the connection; {@code raw} reads to the end, so a connection left open would time out here.
     */
    @Test
    void aRequestJettyCannotReadIsAnsweredWithConnectionClose() throws IOException {
        start(Map.of());
        for (String request : new String[] {
                "GET /api/calls/\u0000x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
                "GET /api/calls/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
                "GET /api/calls HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n",
                "NOT A REQUEST LINE\r\n\r\n"}) {
            String answer = raw(request);
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase();
            assertThat(answer).as(answer).startsWith("HTTP/1.1 4");
            assertThat(head).as(answer).contains("connection: close").contains("content-type: application/problem+json");
        }
    }

    @Test
    void jettysOwnRefusalsAreProblemsWithTheSecurityHeaders() throws IOException {
        start(Map.of());
        assertProblemWithHeaders(raw("NOT A REQUEST LINE\r\n\r\n"), "400");
        assertProblemWithHeaders(raw("GET /api/calls HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"), "431");
        assertProblemWithHeaders(raw("GET /api/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), "400");
    }

    @Test
    void aHostNotAllowedIsRefusedAndTheAllowedOnesAnswer() throws IOException {
        start(Map.of("LARM_HTTP_ALLOWED_HOSTS", "[larm.example.se]"));
        String refused = raw("GET /health HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertProblemWithHeaders(refused, "400");
        assertThat(refused).contains("\"field\":\"Host\"").contains("evil.example");
        assertThat(raw("GET /health HTTP/1.1\r\nHost: larm.example.se:8112\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200");
    }

    @Test
    void byDefaultOnlyThisMachinesNamesAreServed() throws IOException {
        start(Map.of());
        assertThat(raw("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
        assertThat(raw("GET /health HTTP/1.1\r\nHost: rebound.example\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400");
    }

    @Test
    void aClientTricklingHeaderLinesIsClosedAtTheHeaderDeadline() throws Exception {
        start(Map.of("LARM_HTTP_HEADER_TIMEOUT_MILLIS", "1000"));
        try (Socket socket = new Socket("127.0.0.1", centre.server.port())) {
            socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            boolean closed = false;
            // a header line every 300 ms for up to 30 lines (9 s): the idle timeout alone would never end this
            for (int line = 0; line < 30 && !closed; line++) {
                Thread.sleep(300);
                try {
                    socket.getOutputStream().write(("X-Slow-" + line + ": 1\r\n").getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    socket.setSoTimeout(1);
                    closed = socket.getInputStream().read() == -1;
                } catch (java.net.SocketTimeoutException e) {
                    // still open
                } catch (SocketException e) {
                    closed = true;
                }
            }
            assertThat(closed).as("the server closed the trickling connection").isTrue();
        }
        assertThat(centre.read("/health").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void anEventStreamOutlivesTheHeaderDeadline() throws Exception {
        start(Map.of("LARM_HTTP_HEADER_TIMEOUT_MILLIS", "1000"));
        try (Socket socket = new Socket("127.0.0.1", centre.server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /api/events/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + centre.token + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            assertThat(readUntil(in, "\r\n\r\n")).startsWith("HTTP/1.1 200");
            Thread.sleep(3_000); // three header deadlines: a stream whose request is complete is not cut off
            centre.intake("C-live", "070-123 45 67");
            assertThat(readUntil(in, "C-live")).contains("calls.CallQueued");
        }
    }

    private static String readUntil(InputStream in, String wanted) throws IOException {
        StringBuilder seen = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (!seen.toString().contains(wanted)) {
            int n = in.read(buffer);
            assertThat(n).as("the stream is still open; so far: %s", seen).isPositive();
            seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return seen.toString();
    }

    @Test
    void connectionsBeyondThePerAddressCapAreClosed() throws Exception {
        start(Map.of("LARM_HTTP_MAX_CONNECTIONS_PER_ADDRESS", "8"));
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", centre.server.port()));
                held.add(s);
            }
            Thread.sleep(200); // the server has counted them
            try (Socket extra = new Socket("127.0.0.1", centre.server.port())) {
                extra.setSoTimeout(10_000);
                extra.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                InputStream in = extra.getInputStream();
                int first;
                try {
                    first = in.read();
                } catch (SocketException e) {
                    first = -1;
                }
                assertThat(first).as("the ninth connection from one address is closed unanswered").isEqualTo(-1);
            }
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
        // the cap counts open connections: once the held ones are closed, the address is served again
        String answer = "";
        for (int i = 0; i < 50 && !answer.startsWith("HTTP/1.1 200"); i++) {
            Thread.sleep(100);
            try {
                answer = raw("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            } catch (IOException e) {
                answer = e.toString();
            }
        }
        assertThat(answer).startsWith("HTTP/1.1 200");
    }

    @Test
    void anAccountOverItsRateIsAnswered429WithRetryAfterAndNothingIsRecorded() {
        Map<String, String> environment = new HashMap<>();
        environment.put("LARM_HTTP_COMMANDS_PER_SECOND_PER_ACCOUNT", "1");
        environment.put("LARM_HTTP_COMMAND_BURST_PER_ACCOUNT", "3");
        start(environment);
        for (int i = 0; i < 3; i++) {
            centre.intake("C-" + i, "070-123 45 67");
        }
        long before = centre.lastSequence();
        HttpResponse<String> refused = centre.post("/api/calls", "{\"callId\": \"C-9\", \"dialled\": \"112\","
                + " \"callerNumber\": \"+46701234567\", \"queuedAt\": \"" + START + "\"}");
        assertProblem(refused, 429, "");
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L)).isPositive();
        assertThat(refused.body()).contains("retry in");
        assertThat(centre.lastSequence()).isEqualTo(before);
        // reads are not limited, and another account has its own allowance
        JsonNode queue = centre.read("/api/calls/queue");
        assertThat(queue).isNotNull();
        String other = TestAccounts.tokenFor(centre.server, "other-call-taker", java.util.Set.of(Role.CALL_TAKER),
                java.util.Set.of(), null);
        HttpResponse<String> theirs = centre.postAs(other, "/api/calls", "{\"callId\": \"C-10\", \"dialled\": \"112\","
                + " \"callerNumber\": \"+46701234567\", \"queuedAt\": \"" + START + "\"}");
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(201);
    }
}
