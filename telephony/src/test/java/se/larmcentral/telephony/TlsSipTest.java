package se.larmcentral.telephony;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.centre.Centre;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.ServiceNumber;
import se.larmcentral.journal.InMemoryJournal;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SIP over TLS (telephony.tls). Debian's SIPp is built without OpenSSL ("To use a TLS transport you must compile SIPp
 * with OpenSSL"), so the caller here is a SIP client written in the test over Java's own TLS sockets. The centre's
 * key store is made at test time with keytool (a fresh key each run, nothing committed).
 */
class TlsSipTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final String PASSWORD_ENV = "LARM_TEST_SIP_TLS_PASSWORD";

    @TempDir
    static Path dir;

    private static Path keyStore;
    private static String password;
    private Centre centre;
    private SipFront front;
    private int tlsPort;

    @BeforeAll
    static void keyStore() throws Exception {
        byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        password = HexFormat.of().formatHex(secret);
        keyStore = dir.resolve("centre.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "centre", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "1",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", password, "-keypass", password)
                .redirectErrorStream(true).start();
        String said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(said).isZero();
    }

    @BeforeEach
    void start() throws Exception {
        centre = Centre.open(new InMemoryJournal(CLOCK), 64, Centre.Setup.defaults(CLOCK, List.of()));
        tlsPort = Sipp.freePort();
    }

    @AfterEach
    void stop() {
        if (front != null) {
            front.close();
        }
        centre.close();
    }

    @Test
    void aCallOverTlsRingsIsQueuedAndItsCancelRecordsItAbandoned() throws Exception {
        front = start(TelephonyTls.on(tlsPort, keyStore, PASSWORD_ENV), Map.of(PASSWORD_ENV, password));
        try (SSLSocket socket = connect("TLSv1.3")) {
            int local = socket.getLocalPort();
            String via = "Via: SIP/2.0/TLS 127.0.0.1:" + local + ";branch=z9hG4bK-tls-1;rport\r\n";
            String dialog = "From: <sip:+46701234599@127.0.0.1>;tag=caller-1\r\n"
                    + "Call-ID: tls-call-1@127.0.0.1\r\nMax-Forwards: 70\r\n";
            String uri = "sip:112@127.0.0.1:" + tlsPort + ";user=phone";
            send(socket, "INVITE " + uri + " SIP/2.0\r\n" + via + dialog + "To: <sip:112@127.0.0.1>\r\n"
                    + "CSeq: 1 INVITE\r\nContact: <sip:caller@127.0.0.1:" + local + ";transport=tls>\r\n"
                    + "Content-Length: 0\r\n\r\n");

            String ringing = readUntil(socket, m -> m.startsWith("SIP/2.0 180 "));
            assertThat(ringing).as("the centre's Contact is its TLS listener").containsPattern(
                    "(?i)Contact: <sip:centre@127\\.0\\.0\\.1:" + tlsPort + ";transport=tls>");
            Call call = awaitCall(c -> c.state() == CallState.QUEUED);
            assertThat(call.line().service()).isEqualTo(ServiceNumber.EMERGENCY_112);
            assertThat(call.callerNumber().e164()).isEqualTo("+46701234599");

            send(socket, "CANCEL " + uri + " SIP/2.0\r\n" + via + dialog + "To: <sip:112@127.0.0.1>\r\n"
                    + "CSeq: 1 CANCEL\r\nContent-Length: 0\r\n\r\n");
            String terminated = readUntil(socket, m -> m.startsWith("SIP/2.0 487 "));
            String toWithTag = terminated.lines().filter(l -> l.regionMatches(true, 0, "To:", 0, 3)).findFirst().orElseThrow();
            send(socket, "ACK " + uri + " SIP/2.0\r\n" + via + dialog + toWithTag + "\r\nCSeq: 1 ACK\r\n"
                    + "Content-Length: 0\r\n\r\n");
            assertThat(awaitCall(c -> c.state() == CallState.ABANDONED).id()).isEqualTo(call.id());
        }
    }

    @Test
    void aClientOfferingOnlyATlsVersionNotConfiguredIsRefusedAtTheHandshake() throws Exception {
        front = start(new TelephonyTls(true, tlsPort, keyStore, PASSWORD_ENV, List.of("TLSv1.3")),
                Map.of(PASSWORD_ENV, password));
        try (SSLSocket socket = connect("TLSv1.2")) {
            assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLException.class);
        }
        int calls = centre.read(s -> s.calls().calls().size());
        assertThat(calls).as("nothing taken in").isZero();
    }

    @Test
    void badTlsSettingsAreRefusedNamingTheSettingAndNeverShowingThePassword() throws Exception {
        assertThatThrownBy(() -> new TelephonyTls(true, 5061, keyStore, PASSWORD_ENV, List.of("TLSv1.1")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("telephony.tls.protocols")
                .hasMessageContaining("TLSv1.1");
        assertThatThrownBy(() -> new TelephonyTls(true, 5061, null, PASSWORD_ENV, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("telephony.tls.keyStore");
        assertThatThrownBy(() -> TelephonySettings.listening("127.0.0.1", 5060, List.of())
                .withTls(TelephonyTls.on(5060, keyStore, PASSWORD_ENV)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("telephony.tls.port");

        TelephonyTls tls = TelephonyTls.on(tlsPort, keyStore, PASSWORD_ENV);
        assertThatThrownBy(() -> start(tls, Map.of())).isInstanceOf(TelephonyStartException.class)
                .hasMessageContaining("telephony.tls.keyStorePasswordEnv").hasMessageContaining(PASSWORD_ENV);
        assertThatThrownBy(() -> start(tls, Map.of(PASSWORD_ENV, "not-" + password)))
                .isInstanceOf(TelephonyStartException.class).hasMessageContaining("telephony.tls.keyStore")
                .hasMessageContaining("wrong password").hasMessageNotContaining(password);
        Files.writeString(dir.resolve("not.p12"), "not a key store");
        assertThatThrownBy(() -> start(TelephonyTls.on(tlsPort, dir.resolve("not.p12"), PASSWORD_ENV),
                Map.of(PASSWORD_ENV, password))).isInstanceOf(TelephonyStartException.class)
                .hasMessageContaining("not.p12");
    }

    private SipFront start(TelephonyTls tls, Map<String, String> environment) throws IOException {
        TelephonySettings settings = TelephonySettings.listening("127.0.0.1", Sipp.freePort(), List.of("127.0.0.1"))
                .withTls(tls);
        return SipFront.start(settings, centre, CLOCK, MunicipalityLookup.none(), Duration.ofMinutes(1),
                environment::get);
    }

    /** A TLS connection trusting the centre's own certificate (the test's key store), offering {@code protocol}. */
    private SSLSocket connect(String protocol) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            trusted.load(in, password.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", tlsPort);
        socket.setEnabledProtocols(new String[]{protocol});
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static void send(SSLSocket socket, String message) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(message.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads SIP messages off the connection until one matches (each read waits 10 s at most). */
    private static String readUntil(SSLSocket socket, Predicate<String> wanted) throws IOException {
        InputStream in = socket.getInputStream();
        while (true) {
            String message = readMessage(in);
            if (wanted.test(message)) {
                return message;
            }
        }
    }

    private static String readMessage(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the centre closed the connection; read so far: " + head);
            }
            if (head.size() == 0 && (b == '\r' || b == '\n')) {
                continue; // keep-alive CRLFs between messages
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String text = head.toString(StandardCharsets.UTF_8);
        int length = text.lines().filter(l -> l.regionMatches(true, 0, "Content-Length:", 0, 15)
                || l.regionMatches(true, 0, "l:", 0, 2)).map(l -> Integer.parseInt(l.substring(l.indexOf(':') + 1).strip()))
                .findFirst().orElse(0);
        return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private Call awaitCall(Predicate<Call> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Call> found = centre.read(s -> s.calls().calls().stream()
                    .filter(c -> c.callerNumber() != null && c.callerNumber().e164().equals("+46701234599"))
                    .filter(wanted).findFirst());
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no such call in 10 s: " + centre.read(s -> List.copyOf(s.calls().calls())));
    }
}
