package se.larmcentral.geo;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.core.InvalidInputException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Downloads from a local HTTP server (the JDK's), serving the real Andorra extract and some failures. */
class ExtractDownloaderTest {

    @TempDir
    Path folder;
    private HttpServer server;
    private byte[] andorra;

    @BeforeEach
    void startServer() throws IOException {
        andorra = Files.readAllBytes(SharedData.andorra());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/europe/andorra-latest.osm.pbf", exchange -> {
            exchange.sendResponseHeaders(200, andorra.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(andorra);
            }
        });
        server.createContext("/moved.osm.pbf", exchange -> {
            exchange.getResponseHeaders().add("Location", "/europe/andorra-latest.osm.pbf");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/cut-short.osm.pbf", exchange -> {
            exchange.sendResponseHeaders(200, andorra.length);
            exchange.getResponseBody().write(andorra, 0, andorra.length / 3);
            exchange.getResponseBody().flush();
            exchange.close();
        });
        server.createContext("/login.osm.pbf", exchange -> {
            byte[] page = "<html><body>Please log in</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.createContext("/stalls-in-body.osm.pbf", exchange -> {
            exchange.sendResponseHeaders(200, andorra.length);
            exchange.getResponseBody().write(andorra, 0, 1000);
            exchange.getResponseBody().flush();
            sleepQuietly(Duration.ofSeconds(20));
            exchange.close();
        });
        server.createContext("/stalls-before-answer.osm.pbf", exchange -> {
            sleepQuietly(Duration.ofSeconds(20));
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool(r -> Thread.ofPlatform().daemon(true).unstarted(r)));
        server.start();
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void downloadsTheWholeFileAndReportsProgress() throws IOException {
        Path target = folder.resolve("osm/andorra.osm.pbf");
        List<String> progress = new ArrayList<>();

        long bytes = new ExtractDownloader().download(url("/europe/andorra-latest.osm.pbf"), target, progress::add);

        assertThat(bytes).isEqualTo(andorra.length);
        assertThat(Files.readAllBytes(target)).isEqualTo(andorra);
        assertThat(progress.getFirst()).startsWith("Downloading http://").contains("0.6 MB");
        assertThat(progress).filteredOn(line -> line.matches(" {2}\\d+ % \\(.*")).hasSizeBetween(9, 11)
                .last().asString().startsWith("  100 %");
        assertThat(progress.getLast()).startsWith("Downloaded 0.6 MB to ");
        assertThat(Files.list(target.getParent())).containsExactly(target.toAbsolutePath());
    }

    @Test
    void followsRedirects() throws IOException {
        Path target = folder.resolve("andorra.osm.pbf");

        new ExtractDownloader().download(url("/moved.osm.pbf"), target, line -> { });

        assertThat(Files.readAllBytes(target)).isEqualTo(andorra);
    }

    @Test
    void aMissingFileOnTheServerIsNamedWithItsStatus() {
        Path target = folder.resolve("sweden-latest.osm.pbf");

        assertThatThrownBy(() -> new ExtractDownloader().download(url("/nowhere.osm.pbf"), target, line -> { }))
                .isInstanceOf(ExtractDownloadException.class)
                .hasMessageContaining(url("/nowhere.osm.pbf").toString())
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining("No file was written");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void anInterruptedDownloadLeavesTheOldFileInPlace() throws IOException {
        Path target = Files.writeString(folder.resolve("andorra.osm.pbf"), "the previous extract");

        assertThatThrownBy(() -> new ExtractDownloader().download(url("/cut-short.osm.pbf"), target, line -> { }))
                .isInstanceOf(ExtractDownloadException.class)
                .hasMessageContaining("The existing file was left unchanged");
        assertThat(Files.readString(target)).isEqualTo("the previous extract");
        assertThat(Files.list(folder)).containsExactly(target);
    }

    @Test
    void aPageThatIsNotAnOsmFileIsRefused() {
        Path target = folder.resolve("region.osm.pbf");

        assertThatThrownBy(() -> new ExtractDownloader().download(url("/login.osm.pbf"), target, line -> { }))
                .isInstanceOf(ExtractDownloadException.class)
                .hasMessageContaining("not an OSM PBF file");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void noServerListeningIsAClearError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/sweden-latest.osm.pbf");

        assertThatThrownBy(() -> new ExtractDownloader().download(nowhere, folder.resolve("s.osm.pbf"), line -> { }))
                .isInstanceOf(ExtractDownloadException.class)
                .hasMessageStartingWith("Download of " + nowhere + " to ")
                .hasMessageContaining("ConnectException");
    }

    @Test
    void aServerThatStallsInTheMiddleOfTheFileFailsAfterTheReadTimeoutAndWritesNothing() {
        Path target = folder.resolve("stalled.osm.pbf");
        long started = System.nanoTime();

        assertThatThrownBy(() -> new ExtractDownloader(Duration.ofSeconds(5), Duration.ofMillis(400))
                .download(url("/stalls-in-body.osm.pbf"), target, line -> { }))
                .isInstanceOf(ExtractDownloadException.class)
                .hasMessageContaining("no data arrived for 0.4 s after 1000 bytes (read timeout)")
                .hasMessageContaining("No file was written");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aServerThatNeverAnswersFailsAfterTheReadTimeout() {
        Path target = folder.resolve("silent.osm.pbf");
        long started = System.nanoTime();

        assertThatThrownBy(() -> new ExtractDownloader(Duration.ofSeconds(5), Duration.ofMillis(400))
                .download(url("/stalls-before-answer.osm.pbf"), target, line -> { }))
                .isInstanceOf(ExtractDownloadException.class)
                .hasMessageContaining("did not answer within 0.4 s (read timeout)");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatThrownBy(() -> new ExtractDownloader(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("connectTimeout"));
        assertThatThrownBy(() -> new ExtractDownloader(Duration.ofSeconds(1), Duration.ofSeconds(-1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("readTimeout"));
    }

    @Test
    void onlyHttpAddressesAreAccepted() {
        assertThatThrownBy(() -> new ExtractDownloader().download(URI.create("file:///etc/passwd"), folder.resolve("x.pbf"), line -> { }))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("url"));
    }

    @Test
    void theAdviceNamesGeofabriksSwedenExtract() {
        assertThat(ExtractAdvice.SWEDEN).hasToString("https://download.geofabrik.de/europe/sweden-latest.osm.pbf");
        assertThat(ExtractAdvice.TEXT).contains(ExtractAdvice.SWEDEN.toString(), "./larm data fetch", "estimated");
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
