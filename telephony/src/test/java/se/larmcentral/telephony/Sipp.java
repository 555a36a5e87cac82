package se.larmcentral.telephony;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's SIPp ({@code scripts/ensure-sipp} installs it; {@code LARM_SIPP} names another binary) as the
 * caller: one call of a scenario from {@code src/test/resources/sipp} against the front, its keys substituted.
 * SIPp's exit status says whether every message came as the scenario expects (0) or not.
 */
final class Sipp {

    /**
     * What a run gave: SIPp's exit status, its output and logs for the failure message, and the first line of each
     * message it received, in order.
     */
    record Run(int exitCode, String output, List<String> received) {

        boolean passed() {
            return exitCode == 0;
        }
    }

    private final String scenario;
    private final Map<String, String> keys = new LinkedHashMap<>();
    private final List<String> extra = new ArrayList<>();
    private String transport = "u1";
    private String localIp = "127.0.0.1";
    private int localPort;
    private final String runId = "larm-" + Long.toHexString(System.nanoTime());

    private Sipp(String scenario) {
        this.scenario = scenario;
    }

    /** The SIP Call-ID of the run's (first) call: SIPp is told to make it so ({@code -cid_str}). */
    String sipCallId() {
        return runId + "-1@" + localIp;
    }

    static Sipp scenario(String name) {
        return new Sipp(name);
    }

    Sipp key(String name, String value) {
        keys.put(name, value);
        return this;
    }

    Sipp overTcp() {
        transport = "t1";
        return this;
    }

    Sipp from(String ip) {
        localIp = ip;
        return this;
    }

    /** SIPp's own SIP port (a desk phone registers it, then answers on it); else a free one. */
    Sipp on(int port) {
        localPort = port;
        return this;
    }

    Sipp with(String... arguments) {
        extra.addAll(List.of(arguments));
        return this;
    }

    Run against(int port) throws IOException, InterruptedException {
        return start(port).finish();
    }

    /** SIPp running in the background (a desk phone waiting for its call). */
    final class Running {
        private final Process process;
        private final List<String> command;
        private final Path output;
        private final Path errors;
        private final Path messages;

        Running(Process process, List<String> command, Path output, Path errors, Path messages) {
            this.process = process;
            this.command = command;
            this.output = output;
            this.errors = errors;
            this.messages = messages;
        }

        Run finish() throws IOException, InterruptedException {
            if (!process.waitFor(45, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("SIPp did not finish " + scenario + " in 45 s");
            }
            String log = Files.readString(output) + (Files.exists(errors) ? "\n--- errors ---\n" + Files.readString(errors) : "")
                    + (Files.exists(messages) ? "\n--- messages ---\n" + Files.readString(messages) : "");
            return new Run(process.exitValue(), String.join(" ", command) + "\n" + tail(log), received(messages));
        }
    }

    Running start(int port) throws IOException {
        Path file = resource(scenario);
        Path work = Files.createDirectories(Path.of("target", "sipp")).toAbsolutePath();
        String run = scenario.replace(".xml", "") + "-" + System.nanoTime();
        Path errors = work.resolve(run + "-errors.log");
        Path messages = work.resolve(run + "-messages.log");
        List<String> command = new ArrayList<>(List.of(binary(), "127.0.0.1:" + port, "-sf", file.toString(),
                "-m", "1", "-l", "1", "-t", transport, "-i", localIp, "-p", Integer.toString(localPort > 0 ? localPort : freePort()),
                "-nostdin", "-cid_str", runId + "-%u@%s", "-timeout", "30s", "-timeout_error", "-trace_err", "-error_file", errors.toString(), "-trace_msg", "-message_file", messages.toString()));
        keys.forEach((name, value) -> command.addAll(List.of("-key", name, value)));
        command.addAll(extra);
        Path output = work.resolve(run + ".out");
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        return new Running(process, command, output, errors, messages);
    }

    /** In SIPp's message log, each received message follows a line "... message received ...:" and a blank line. */
    private static List<String> received(Path messages) throws IOException {
        List<String> firstLines = new ArrayList<>();
        if (!Files.exists(messages)) {
            return firstLines;
        }
        List<String> lines = Files.readAllLines(messages, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("message received")) {
                int first = i + 1;
                while (first < lines.size() && lines.get(first).isBlank()) {
                    first++;
                }
                if (first < lines.size()) {
                    firstLines.add(lines.get(first));
                }
            }
        }
        return firstLines;
    }

    private static String tail(String text) {
        return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
    }

    static String binary() {
        String configured = System.getenv("LARM_SIPP");
        return configured == null || configured.isBlank() ? "sipp" : configured;
    }

    private static Path resource(String name) {
        try {
            return Path.of(Sipp.class.getResource("/sipp/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("no scenario sipp/" + name + " in the test resources");
        }
    }

    /** A port free for both UDP and TCP on the loopback address (SIP listens on both). */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                int port = udp.getLocalPort();
                try (ServerSocket tcp = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                    return port;
                } catch (IOException taken) {
                    // try another
                }
            }
        }
        throw new IOException("no port free for both UDP and TCP");
    }
}
