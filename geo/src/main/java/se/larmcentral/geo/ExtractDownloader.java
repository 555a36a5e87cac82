package se.larmcentral.geo;

import se.larmcentral.core.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Downloads a public OSM extract (e.g. {@link ExtractAdvice#SWEDEN}) to a file: into {@code <file>.part} next
 * to it, then renamed into place in one step, so the configured file is either the old one or the whole new
 * one, never half a download. Progress goes to a listener every 10 % (or every 50 MB when the size is not
 * known). A {@code .pbf} target must start like an OSM PBF file (a proxy's HTML page is refused).
 *
 * <p>A stalled server does not hang the download: connecting is limited by the connect timeout (default 30 s), the
 * answer's headers by the read timeout (default 60 s), and while the body arrives, a pause of more than the read
 * timeout without a byte fails the download (a watchdog closes the stream).
 */
public final class ExtractDownloader {

    private static final long REPORT_EVERY_BYTES_WITHOUT_LENGTH = 50_000_000;
    private static final byte[] PBF_HEADER_TYPE = "OSMHeader".getBytes(StandardCharsets.US_ASCII);

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;
    private final Duration readTimeout;

    /** With redirects followed, a 30-second connect timeout and a 60-second read timeout. */
    public ExtractDownloader() {
        this(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
    }

    /**
     * @param connectTimeout the longest wait for a connection
     * @param readTimeout    the longest wait for the answer's headers, and for the next bytes of the body
     */
    public ExtractDownloader(Duration connectTimeout, Duration readTimeout) {
        this(HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(positive("connectTimeout", connectTimeout))
                .build(), readTimeout);
    }

    public ExtractDownloader(HttpClient client, Duration readTimeout) {
        this.client = Objects.requireNonNull(client, "client");
        this.readTimeout = positive("readTimeout", readTimeout);
    }

    private static Duration positive(String field, Duration timeout) {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new InvalidInputException(field, "must be a positive duration, was " + timeout);
        }
        return timeout;
    }

    /**
     * Downloads {@code url} to {@code target}, replacing it only when the whole file has arrived.
     *
     * @return the number of bytes written
     * @throws InvalidInputException    when the address is not http(s)
     * @throws ExtractDownloadException when the server refuses, the connection fails or the file is incomplete
     */
    public long download(URI url, Path target, Consumer<String> progress) {
        if (url == null || url.getScheme() == null
                || !(url.getScheme().equalsIgnoreCase("http") || url.getScheme().equalsIgnoreCase("https"))) {
            throw new InvalidInputException("url", "must be an http or https address, was " + url);
        }
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(progress, "progress");
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            Files.createDirectories(absolute.getParent());
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(url).timeout(readTimeout).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long bytes;
            try (StallWatchdog body = new StallWatchdog(response.body(), readTimeout)) {
                if (response.statusCode() != 200) {
                    throw failure(url, absolute, "the server answered HTTP " + response.statusCode(), null);
                }
                long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                progress.accept(String.format(Locale.ROOT, "Downloading %s to %s (%s)", url, absolute,
                        length >= 0 ? megabytes(length) : "size not given"));
                bytes = copy(body, partial, length, progress);
                if (body.stalled()) {
                    throw failure(url, absolute, "no data arrived for " + seconds(readTimeout) + " after "
                            + bytes + " bytes (read timeout); the server stalled", null);
                }
                if (length >= 0 && bytes != length) {
                    throw failure(url, absolute, "the download ended after " + bytes + " of " + length + " bytes", null);
                }
            }
            if (absolute.getFileName().toString().endsWith(".pbf")) {
                requirePbf(url, absolute, partial);
            }
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            progress.accept("Downloaded " + megabytes(bytes) + " to " + absolute);
            return bytes;
        } catch (java.net.http.HttpTimeoutException e) {
            throw failure(url, absolute, "the server did not answer within " + seconds(readTimeout)
                    + " (read timeout)", e);
        } catch (IOException e) {
            throw failure(url, absolute, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(url, absolute, "interrupted", e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static long copy(InputStream body, Path partial, long length, Consumer<String> progress) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        long nextReport = length > 0 ? length / 10 : REPORT_EVERY_BYTES_WITHOUT_LENGTH;
        try (OutputStream out = Files.newOutputStream(partial)) {
            int read;
            while ((read = body.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                total += read;
                if (total >= nextReport) {
                    progress.accept(length > 0
                            ? String.format(Locale.ROOT, "  %d %% (%s of %s)", total * 100 / length, megabytes(total), megabytes(length))
                            : "  " + megabytes(total));
                    nextReport += length > 0 ? Math.max(1, length / 10) : REPORT_EVERY_BYTES_WITHOUT_LENGTH;
                }
            }
        }
        return total;
    }

    /** An OSM PBF file starts with a 4-byte header length and a header whose type is "OSMHeader". */
    private static void requirePbf(URI url, Path target, Path partial) throws IOException {
        byte[] start = new byte[32];
        int read;
        try (InputStream in = Files.newInputStream(partial)) {
            read = in.readNBytes(start, 0, start.length);
        }
        if (read < 4 + 2 + PBF_HEADER_TYPE.length || !containsAt(start, read, PBF_HEADER_TYPE)) {
            throw failure(url, target, "what arrived is not an OSM PBF file (an error or login page from a proxy?)", null);
        }
    }

    private static boolean containsAt(byte[] data, int length, byte[] needle) {
        for (int offset = 4; offset + needle.length <= length; offset++) {
            boolean match = true;
            for (int i = 0; i < needle.length && match; i++) {
                match = data[offset + i] == needle[i];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    private static ExtractDownloadException failure(URI url, Path target, String reason, Throwable cause) {
        return new ExtractDownloadException("Download of " + url + " to " + target + " failed: " + reason
                + ". " + (Files.exists(target) ? "The existing file was left unchanged." : "No file was written."), cause);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // The partial file is in the target's folder and will be overwritten by the next attempt.
        }
    }
}
