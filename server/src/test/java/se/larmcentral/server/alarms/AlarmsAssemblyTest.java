package se.larmcentral.server.alarms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.alarms.AlarmLog;
import se.larmcentral.server.TestServer;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The assembly starts the alarm receiving when enabled; one that cannot start leaves the console running. */
class AlarmsAssemblyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void whenEnabledAMessageIsRecordedAndAcknowledgedBesideTheConsole() throws Exception {
        try (TestServer centre = new TestServer(dir, Map.of("LARM_ALARMS_ENABLED", "true", "LARM_ALARMS_TCP_PORT", "0",
                "LARM_ALARMS_UDP_PORT", "-1", "LARM_ALARMS_ACCOUNTS", "[{account: \"1234\", supervisionSeconds: 90}]"))) {
            assertThat(centre.server.alarms()).isPresent();
            assertThat(JSON.readTree(centre.get("/health").body()).get("status").asText()).isEqualTo("UP");
            // a plain link test without timestamp: "NULL"0001L0#1234[]
            String message = "\"NULL\"0001L0#1234[]";
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", centre.server.alarms().get().tcpPort()), 2000);
                socket.setSoTimeout(5000);
                socket.getOutputStream().write(("\n" + String.format("%04X", crc(message)) + String.format("%04X",
                        message.length()) + message + "\r").getBytes(StandardCharsets.US_ASCII));
                assertThat(answer(socket.getInputStream())).endsWith("\"ACK\"0001L0#1234[]\r");
            }
            long received = centre.server.centre().read(state -> state.extension(AlarmLog.class).received());
            assertThat(received).isEqualTo(1);
        }
    }

    @Test
    void aFrontWhoseKeyIsMissingIsReportedDegradedAndTheConsoleRunsOn() throws Exception {
        try (TestServer centre = new TestServer(dir, Map.of("LARM_ALARMS_ENABLED", "true", "LARM_ALARMS_TCP_PORT", "0",
                "LARM_ALARMS_UDP_PORT", "0",
                "LARM_ALARMS_ACCOUNTS", "[{account: \"5678\", keyEnv: LARM_ALARM_TEST_UNSET_KEY}]"))) {
            assertThat(centre.server.alarms()).isEmpty();
            JsonNode health = JSON.readTree(centre.get("/health").body());
            assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
            assertThat(health.get("degraded").get(0).asText()).startsWith("alarms: not running")
                    .contains("LARM_ALARM_TEST_UNSET_KEY is not set");
            assertThat(centre.post("/api/shift-log", "{\"text\": \"alarm receiver down\"}").statusCode()).isEqualTo(201);
        }
    }

    @Test
    void offByDefault() {
        try (TestServer centre = new TestServer(dir)) {
            assertThat(centre.server.alarms()).isEmpty();
        }
    }

    private static String answer(InputStream in) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            out.write(b);
            if (b == '\r') {
                break;
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static int crc(String message) {
        int crc = 0;
        for (byte b : message.getBytes(StandardCharsets.US_ASCII)) {
            crc ^= b & 0xFF;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        return crc;
    }
}
