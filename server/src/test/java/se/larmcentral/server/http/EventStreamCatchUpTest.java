package se.larmcentral.server.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import se.larmcentral.server.calls.CallsCentre;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients asking the event stream for the whole journal ({@code Last-Event-ID: 0}) and leaving at once: each
 * stream stops at the first page after its client left, logs at most a line, and the centre goes on answering.
 */
class EventStreamCatchUpTest {

    private static final int EVENTS = 4000;
    private static final int CLIENTS = 20;

    @TempDir
    Path dir;

    private CallsCentre centre;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void start() {
        // the journal is filled faster than an account may send changes
        centre = new CallsCentre(dir, Instant.parse("2025-06-10T08:00:00Z"), java.util.Map.of(
                "LARM_HTTP_COMMANDS_PER_SECOND_PER_ACCOUNT", "100000", "LARM_HTTP_COMMAND_BURST_PER_ACCOUNT", "100000",
                "LARM_HTTP_COMMANDS_PER_SECOND_PER_ADDRESS", "100000", "LARM_HTTP_COMMAND_BURST_PER_ADDRESS", "100000"));
    }

    @AfterEach
    void stop() {
        root.detachAppender(log);
        centre.close();
    }

    @Test
    void clientsThatLeaveStopTheirCatchUpAndLogAtMostALineEach() throws Exception {
        fillJournal();
        long journal = centre.lastSequence();
        assertThat(journal).isGreaterThanOrEqualTo(EVENTS);
        double readBefore = metric("larm_events_stream_rows_read_total");
        log.start();
        root.addAppender(log);

        for (int i = 0; i < CLIENTS; i++) {
            openAndLeave();
        }
        // every stream has noticed its client left (its next write failed) and stopped
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (metric("larm_events_streams_open") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(metric("larm_events_streams_open")).as("streams still open").isZero();
        double read = metric("larm_events_stream_rows_read_total") - readBefore;
        // a client that stayed would have cost the whole journal; one that left costs what was sent before it left
        // (the socket buffers) and a page or two
        assertThat(read).as("journal rows read by %s streams of a journal of %s", CLIENTS, journal)
                .isLessThan(CLIENTS * journal / 4.0);
        long warnings = log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).count();
        assertThat(warnings).as("log lines: %s", log.list.stream().limit(5).map(ILoggingEvent::getFormattedMessage).toList())
                .isLessThanOrEqualTo(CLIENTS);
        centre.intake("C-after", "070-123 45 67");
    }

    /** A raw client with a small receive window: reads the stream's first event, then resets the connection. */
    private void openAndLeave() throws Exception {
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096);
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", centre.server.port()));
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/events/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + centre.token
                    + "\r\nAccept: text/event-stream\r\nLast-Event-ID: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder seen = new StringBuilder();
            byte[] buffer = new byte[1024];
            while (!seen.toString().contains("\nid:") && !seen.toString().contains("\nid: ")) {
                int n = in.read(buffer);
                assertThat(n).as("the stream answered: %s", seen).isPositive();
                seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            assertThat(seen.toString()).startsWith("HTTP/1.1 200");
            socket.setSoLinger(true, 0);
        }
    }

    private void fillJournal() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Semaphore inFlight = new Semaphore(16);
        List<CompletableFuture<HttpResponse<Void>>> sent = new ArrayList<>();
        String at = Instant.parse("2025-06-10T08:00:00Z").toString();
        for (int i = 0; i < EVENTS; i++) {
            inFlight.acquire();
            HttpRequest request = HttpRequest.newBuilder(uri("/api/calls"))
                    .header("Authorization", "Bearer " + centre.token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"callId\": \"C-" + i + "\", \"dialled\": \"112\","
                            + " \"callerNumber\": \"+46701234567\", \"queuedAt\": \"" + at + "\"}")).build();
            sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> inFlight.release()));
        }
        for (CompletableFuture<HttpResponse<Void>> answer : sent) {
            assertThat(answer.get().statusCode()).isEqualTo(201);
        }
    }

    private double metric(String name) throws Exception {
        String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/metrics"))
                .header("Authorization", "Bearer " + centre.token).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(text);
        assertThat(m.find()).as("metric %s in %s", name, text.length() > 500 ? text.substring(0, 500) : text).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + centre.server.port() + path);
    }
}
