package se.larmcentral.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.larmcentral.config.Settings;
import se.larmcentral.server.CliAccessFile;
import se.larmcentral.server.LarmServer;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A centre running on the configured journal, as a tool finds it: the data folder's {@code cli-access.json}
 * (written by {@code larm serve}, readable by its user only) names its URL and a read-only token; {@code LARM_TOKEN}
 * (an API token of a person's account) replaces that token, and without the file the URL is the settings' own
 * ({@code cluster.advertiseUrl}, else this machine's {@code http.port}). Nobody answering means no centre runs.
 */
public final class RunningCentre {

    public static final String TOKEN_VARIABLE = "LARM_TOKEN";
    private static final Duration CONNECT = Duration.ofMillis(500);
    private static final Duration ANSWER = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final String url;
    private final String token;

    private RunningCentre(HttpClient client, String url, String token) {
        this.client = client;
        this.url = url;
        this.token = token;
    }

    /** The centre running on these settings' journal, when one answers. */
    public static Optional<RunningCentre> find(Settings settings) {
        return find(settings, System.getenv(TOKEN_VARIABLE));
    }

    static Optional<RunningCentre> find(Settings settings, String tokenVariable) {
        Optional<CliAccessFile.Content> file = CliAccessFile.read(settings.dataDir());
        String personal = tokenVariable == null || tokenVariable.isBlank() ? null : tokenVariable.strip();
        if (file.isEmpty() && personal == null) {
            return Optional.empty();
        }
        String url = file.map(CliAccessFile.Content::url).orElseGet(() -> settingsUrl(settings));
        String token = personal != null ? personal : file.get().token();
        HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT).build();
        RunningCentre centre = new RunningCentre(client, url, token);
        return centre.answers() ? Optional.of(centre) : Optional.empty();
    }

    private static String settingsUrl(Settings settings) {
        String advertised = settings.cluster().advertiseUrl();
        return advertised != null && !advertised.isBlank() ? advertised.replaceAll("/+$", "")
                : LarmServer.localUrl(settings.http(), settings.http().port());
    }

    public String url() {
        return url;
    }

    /** Any answer from {@code /ready}, ready or not, is a centre running; a refused connection is none. */
    private boolean answers() {
        try {
            client.send(HttpRequest.newBuilder(URI.create(url + "/ready")).timeout(ANSWER).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (ConnectException | HttpConnectTimeoutException e) {
            return false;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The JSON the API answers a GET of {@code path} with these query parameters (null values left out). */
    public JsonNode get(String path, Map<String, String> query) {
        String parameters = query.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        URI uri = URI.create(url + path + (parameters.isEmpty() ? "" : "?" + parameters));
        HttpResponse<String> response;
        try {
            response = client.send(HttpRequest.newBuilder(uri).timeout(ANSWER).header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CentreAnswered(1, "the running centre at " + url + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CentreAnswered(1, "interrupted while asking the running centre at " + url);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            String detail = body != null && body.hasNonNull("detail") ? body.get("detail").asText()
                    : "answered " + response.statusCode();
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                detail += " (the running centre at " + url + "; " + TOKEN_VARIABLE + " or the data folder's "
                        + CliAccessFile.NAME + " gives the tool its access)";
            }
            throw new CentreAnswered(response.statusCode() >= 500 || response.statusCode() == 401
                    || response.statusCode() == 403 ? 1 : 2, detail);
        }
        if (body == null) {
            throw new CentreAnswered(1, "the running centre at " + url + " answered " + path + " with no JSON");
        }
        return body;
    }

    private static JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? null : JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** What the running centre answered when it was not a success: said as it said it. */
    public static final class CentreAnswered extends RuntimeException {

        private final int exitCode;

        CentreAnswered(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }
}
