package se.larmcentral.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.larmcentral.config.Settings;
import se.larmcentral.server.CliAccessFile;
import se.larmcentral.server.calls.CallsCentre;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's reads go to the running centre's API when one runs on the configured journal, and to the journal
 * itself when none does, with the same output; its writes are refused while a centre runs.
 */
class CliThroughRunningCentreTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2026-03-10T09:00:00Z");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run larm(Path config, String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--config";
        all[args.length + 1] = config.toString();
        return new Run(cli.execute(all), out.toString(), err.toString());
    }

    private static final List<List<String>> READS = List.of(
            List.of("calls", "show", "C-1"),
            List.of("calls", "show", "C-2"),
            List.of("calls", "queue"),
            List.of("dispatch", "incidents"),
            List.of("dispatch", "incidents", "--open", "--priority", "1"),
            List.of("dispatch", "incident", "INC-2"),
            List.of("audit", "--subject", "accounts"),
            List.of("calls", "figures", "--daily", "2026-03-10", "2026-03-10", "--all-lines"),
            List.of("calls", "figures", "--hourly", "2026-03-10"),
            List.of("calls", "crisis-topics", "--from", "2026-03-10T00:00+01:00", "--to", "2026-03-11T00:00+01:00"),
            List.of("calls", "crisis-messages", "--at", "2026-03-10T12:00+01:00"));

    @Test
    void readsAnswerTheSameThroughTheRunningCentreAndFromTheJournal() throws Exception {
        Path data = dir.resolve("data");
        Path config = Files.writeString(dir.resolve("larmcentral.yaml"), "dataDir: " + data + "\n");
        Map<String, String> running = new LinkedHashMap<>();
        try (CallsCentre centre = new CallsCentre(data, START)) {
            centre.intake("C-1", "+46701234567");
            centre.clock.advance(java.time.Duration.ofSeconds(7));
            centre.write("/api/calls/C-1/answer", "{}", 200);
            centre.intake("C-2", "+46701234568");
            centre.clock.advance(java.time.Duration.ofSeconds(3));
            centre.write("/api/calls/C-2/answer", "{}", 200);
            for (int i = 1; i <= 3; i++) {
                centre.write("/api/dispatch/incidents", "{\"incidentId\": \"INC-" + i + "\", \"position\": {\"lat\":"
                        + " 59.3250, \"lon\": 18.0700}, \"priority\": " + (i == 2 ? 1 : 2) + "}", 201);
                centre.clock.advance(java.time.Duration.ofSeconds(2));
            }

            Path access = data.resolve(CliAccessFile.NAME);
            assertThat(Files.getPosixFilePermissions(access)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            for (List<String> read : READS) {
                Run run = larm(config, read.toArray(String[]::new));
                assertThat(run.exit()).as("%s: %s", read, run.err()).isZero();
                running.put(String.join(" ", read), run.out());
            }
            // The embedded journal is held by the running centre: these answers came from its API.
            assertThat(running.get("calls show C-1")).contains("\"C-1\"");
            assertThat(JSON.readTree(running.get("dispatch incidents")).get("total").asInt()).isEqualTo(3);

            Run missing = larm(config, "calls", "show", "C-404");
            assertThat(missing.exit()).isEqualTo(2);
            assertThat(missing.err()).contains("larm calls show", "C-404").doesNotContain("Exception");

            Run write = larm(config, "user", "add", "someone", "--role", "DISPATCHER", "--no-password");
            assertThat(write.exit()).isEqualTo(1);
            assertThat(write.err()).contains("a centre is running on this journal", "one writer");

            String token = CliAccessFile.read(data).orElseThrow().token();
            HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + centre.server.port() + "/api/calls"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"callId\": \"X-1\", \"dialled\": \"112\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).as(post.body()).isEqualTo(403);
            assertThat(post.body()).contains("reads only");
        }
        assertThat(data.resolve(CliAccessFile.NAME)).as("removed when the centre stops").doesNotExist();

        for (List<String> read : READS) {
            Run run = larm(config, read.toArray(String[]::new));
            assertThat(run.exit()).as("%s: %s", read, run.err()).isZero();
            String key = String.join(" ", read);
            assertThat(withoutAskedAt(run.out())).as(key).isEqualTo(withoutAskedAt(running.get(key)));
        }
    }

    @Test
    void aStaleAccessFileFromACrashedCentreFallsBackToTheJournal() throws IOException {
        Path data = dir.resolve("data");
        Path config = Files.writeString(dir.resolve("larmcentral.yaml"), "dataDir: " + data + "\n");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CliAccessFile.write(data, "http://127.0.0.1:" + closedPort, CliAccessFile.newToken());
        Run run = larm(config, "dispatch", "incidents");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("total").asInt()).isZero();
        Settings settings = OfflineCentre.settings(config);
        assertThat(RunningCentre.find(settings, null)).isEmpty();
    }

    @Test
    void aPersonalTokenInLarmTokenIsUsedAndAWrongOneIsRefusedClearly() throws IOException {
        Path data = dir.resolve("data");
        Path config = Files.writeString(dir.resolve("larmcentral.yaml"), "dataDir: " + data + "\n");
        try (CallsCentre centre = new CallsCentre(data, START)) {
            centre.intake("C-1", "+46701234567");
            Settings settings = OfflineCentre.settings(config);
            RunningCentre personal = RunningCentre.find(settings, centre.token).orElseThrow();
            assertThat(personal.get("/api/calls/C-1", Map.of()).get("call").get("id").asText()).isEqualTo("C-1");
            RunningCentre wrong = RunningCentre.find(settings, "not-a-token").orElseThrow();
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> wrong.get("/api/calls/C-1", Map.of())))
                    .isInstanceOf(RunningCentre.CentreAnswered.class)
                    .hasMessageContaining("API token is not valid").hasMessageContaining(RunningCentre.TOKEN_VARIABLE);
        }
    }

    /** The instant a figure or a queue was asked at differs between two asks; everything else must not. */
    private static String withoutAskedAt(String json) throws IOException {
        JsonNode tree = JSON.readTree(json);
        if (tree instanceof ObjectNode object) {
            object.remove(List.of("at", "now"));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }
}
