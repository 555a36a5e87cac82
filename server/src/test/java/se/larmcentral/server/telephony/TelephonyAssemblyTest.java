package se.larmcentral.server.telephony;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.TestServer;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The assembly starts the telephony front when enabled, and a front that cannot start leaves the console running. */
class TelephonyAssemblyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void whenEnabledTheFrontAnswersSipBesideTheConsole() throws Exception {
        int port = freePort();
        try (TestServer centre = new TestServer(dir, Map.of("LARM_TELEPHONY_ENABLED", "true",
                "LARM_TELEPHONY_PORT", Integer.toString(port), "LARM_TELEPHONY_ALLOWED_PEERS", "[127.0.0.1]"))) {
            assertThat(centre.server.telephony()).isPresent();
            JsonNode health = JSON.readTree(centre.get("/health").body());
            assertThat(health.get("status").asText()).isEqualTo("UP");
            assertThat(health.get("degraded")).isEmpty();

            assertThat(options(port)).startsWith("SIP/2.0 200 OK").contains("Allow: INVITE");
        }
    }

    @Test
    void aFrontThatCannotListenIsReportedDegradedAndTheConsoleRunsOn() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            try (TestServer centre = new TestServer(dir, Map.of("LARM_TELEPHONY_ENABLED", "true",
                    "LARM_TELEPHONY_PORT", Integer.toString(taken.getLocalPort()),
                    "LARM_TELEPHONY_ALLOWED_PEERS", "[127.0.0.1]"))) {
                assertThat(centre.server.telephony()).isEmpty();
                HttpResponse<String> health = centre.get("/health");
                assertThat(health.statusCode()).isEqualTo(200);
                JsonNode body = JSON.readTree(health.body());
                assertThat(body.get("status").asText()).isEqualTo("DEGRADED");
                assertThat(body.get("degraded").get(0).asText()).contains("telephony")
                        .contains(Integer.toString(taken.getLocalPort())).contains("telephony.port");
                HttpResponse<String> ready = centre.get("/ready");
                assertThat(ready.statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(ready.body()).get("degraded").get(0).asText()).contains("telephony");
                assertThat(centre.post("/api/shift-log", "{\"text\": \"SIP trunk down\"}").statusCode()).isEqualTo(201);
            }
        }
    }

    @Test
    void offByDefault() {
        try (TestServer centre = new TestServer(dir)) {
            assertThat(centre.server.telephony()).isEmpty();
        }
    }

    /** A SIP OPTIONS over UDP from the loopback address, as a trunk's keep-alive; the answer's text. */
    private static String options(int port) throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(5000);
            int local = socket.getLocalPort();
            String request = "OPTIONS sip:127.0.0.1:" + port + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + local + ";branch=z9hG4bK-larm-options-1\r\n"
                    + "From: <sip:trunk@127.0.0.1:" + local + ">;tag=t1\r\n"
                    + "To: <sip:127.0.0.1:" + port + ">\r\n"
                    + "Call-ID: options-1@127.0.0.1\r\n"
                    + "CSeq: 1 OPTIONS\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "Content-Length: 0\r\n\r\n";
            byte[] bytes = request.getBytes(StandardCharsets.US_ASCII);
            socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
            DatagramPacket answer = new DatagramPacket(new byte[4096], 4096);
            socket.receive(answer);
            return new String(answer.getData(), 0, answer.getLength(), StandardCharsets.US_ASCII);
        }
    }

    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                 ServerSocket tcp = new ServerSocket(udp.getLocalPort(), 1, InetAddress.getLoopbackAddress())) {
                return udp.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no port free for both UDP and TCP");
    }
}
