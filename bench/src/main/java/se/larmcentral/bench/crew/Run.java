package se.larmcentral.bench.crew;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.RequestOptions;
import se.larmcentral.bench.Percentiles;
import se.larmcentral.centre.accounts.AccountCommands;
import se.larmcentral.centre.accounts.PasswordHasher;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.centre.accounts.TokenSecret;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.centre.CentreState;
import se.larmcentral.demo.DemoData;
import se.larmcentral.server.LarmServer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * {@code ./larm bench crew [alerts] [SHARED_DATA]}: the time from the dispatcher's alert to the crew's screen. A demo
 * centre (embedded H2, the demo fleet; road travel times on the inner-Stockholm extract when the shared data has it)
 * and Debian's headless Chromium with the crew's terminal ({@code #/crew}, 390 x 844) signed in as AMB-101's device.
 * Per alert: a new incident, then the dispatcher's assignment ({@code POST .../assign}); the clock starts just before
 * that request is sent and stops when the page's alert box shows the incident (a MutationObserver in the page, the
 * DOM change; the paint follows within a frame). The unit is then stood down (CLEAR) and the view waits for it.
 *
 * <p>Baseline, measured for the same alerts: the assignment's event reaching a plain server-sent-events client signed
 * in as the same device (the journal's commit and the stream's filtering, nothing of the browser). The ratio is what the
 * terminal adds: the EventSource, reading the assignment back (with the hospital by road) and drawing it.
 */
public final class Run {

    private static final String UNIT = "AMB-101";
    private static final String PASSWORD = "crew bench password";
    private static final Actor SETUP = new Actor("bench-setup", Actor.Kind.SYSTEM);
    private static final String OBSERVER = """
            window.__shown = {};
            new MutationObserver(() => {
              const box = document.querySelector('[data-testid=crew-alert]');
              if (!box || box.hidden) return;
              const match = /INC-BENCH-\\d+/.exec(box.textContent);
              if (match && !window.__shown[match[0]]) window.__shown[match[0]] = performance.timeOrigin + performance.now();
            }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
            """;

    private Run() {
    }

    public static void main(String[] args) throws Exception {
        int alerts = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path shared = Path.of(args.length > 1 ? args[1] : System.getProperty("larm.sharedData", "../shared/data"));
        Path dir = Files.createTempDirectory("larm-bench-crew");
        Map<String, String> environment = new HashMap<>(Map.of("LARM_DATA_DIR", dir.toString(), "LARM_HTTP_PORT", "0"));
        Path extract = shared.resolve("osm/stockholm-inner-2020.osm.pbf");
        boolean roads = Files.isRegularFile(extract);
        if (roads) {
            environment.put("LARM_GEO_OSM_EXTRACT", extract.toAbsolutePath().toString());
            environment.put("LARM_GEO_GRAPH_CACHE", Path.of("bench/target/crew-graph-cache").toAbsolutePath().toString());
        }
        Clock clock = Clock.systemUTC();
        try (LarmServer server = LarmServer.start(SettingsLoader.load(null, environment), clock, List.of(DemoData.EXTENSION))) {
            DemoData.loadMissing(server.centre(), clock);
            setUp(server, AccountCommands.create("bench-dispatcher", Set.of(Role.DISPATCHER), Set.of(), null, null));
            setUp(server, AccountCommands.create("bench-amb-101", Set.of(Role.UNIT_DEVICE), Set.of(), UNIT,
                    new PasswordHasher().hash(PASSWORD)));
            String dispatcher = token(server, "bench-dispatcher");
            String device = token(server, "bench-amb-101");
            String base = "http://127.0.0.1:" + server.port();
            System.out.printf("crew: %d alerts to %s on this machine, travel times %s%n", alerts, UNIT,
                    roads ? "on the road network (" + extract.getFileName() + ")" : "estimated (no extract found)");
            measure(base, dispatcher, device, alerts);
        } finally {
            deleteTree(dir);
        }
    }

    private static void measure(String base, String dispatcher, String device, int alerts) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Map<String, Long> streamed = new ConcurrentHashMap<>();
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(URI.create(base + "/api/events/stream"))
                .header("Authorization", "Bearer " + device).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        Thread.ofVirtual().start(() -> follow(stream.body(), streamed));
        Path chromium = Path.of(System.getenv().getOrDefault("LARM_CHROMIUM", "/usr/bin/chromium"));
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                     .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                             "--autoplay-policy=no-user-gesture-required")))) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                    .setLocale("sv-SE").setTimezoneId("Europe/Stockholm"));
            var login = context.request().post(base + "/api/session", RequestOptions.create()
                    .setHeader("Content-Type", "application/json").setHeader("Origin", base)
                    .setData(Map.of("username", "bench-amb-101", "password", PASSWORD)));
            if (login.status() != 200) {
                throw new IllegalStateException("the device's login failed: " + login.status() + " " + login.text());
            }
            context.addInitScript(OBSERVER);
            Page page = context.newPage();
            page.navigate(base + "/console/#/crew");
            page.getByTestId("crew-idle").waitFor();

            long[] toScreen = new long[alerts];
            long[] toStream = new long[alerts];
            for (int i = 0; i < alerts; i++) {
                String incident = "INC-BENCH-" + i;
                post(http, base, dispatcher, "/api/dispatch/incidents", "{\"incidentId\": \"" + incident
                        + "\", \"priority\": 1, \"position\": {\"lat\": 59.3345, \"lon\": 18.0632}}");
                long sentMillis = System.currentTimeMillis();
                long sentNanos = System.nanoTime();
                post(http, base, dispatcher, "/api/dispatch/incidents/" + incident + "/assign", "{\"unitId\": \"" + UNIT + "\"}");
                double shownAt = ((Number) page.waitForFunction("id => window.__shown[id]", incident).jsonValue()).doubleValue();
                toScreen[i] = Math.round((shownAt - sentMillis) * 1e6);
                Long streamedAt = waitFor(streamed, incident);
                toStream[i] = streamedAt - sentNanos;
                post(http, base, dispatcher, "/api/dispatch/units/" + UNIT + "/status", "{\"status\": \"CLEAR\"}");
                page.getByTestId("crew-idle").waitFor();
            }
            report(new Percentiles(toStream), new Percentiles(toScreen));
        } finally {
            stream.body().close();
        }
    }

    private static void report(Percentiles stream, Percentiles screen) {
        System.out.printf("%-52s %9s %9s %9s%n", "alert latency, ms (" + screen.count() + " alerts)", "p50", "p99", "max");
        System.out.printf("%-52s %9.1f %9.1f %9.1f%n", "baseline: to the device's event stream (SSE client)",
                stream.millis(0.5), stream.millis(0.99), stream.millis(1));
        System.out.printf("%-52s %9.1f %9.1f %9.1f%n", "to the crew's screen (alert drawn in Chromium)",
                screen.millis(0.5), screen.millis(0.99), screen.millis(1));
        System.out.printf("%-52s %9.2f %9.2f%n", "ratio screen / stream", screen.millis(0.5) / stream.millis(0.5),
                screen.millis(0.99) / stream.millis(0.99));
    }

    /** Reads the stream and notes when each assignment of the unit arrived (System.nanoTime). */
    private static void follow(InputStream body, Map<String, Long> streamed) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("data:") && line.contains("\"dispatch.UnitAssigned\"")) {
                    long at = System.nanoTime();
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("INC-BENCH-\\d+").matcher(line);
                    if (m.find()) {
                        streamed.putIfAbsent(m.group(), at);
                    }
                }
            }
        } catch (IOException e) {
            // closed at the end of the run
        }
    }

    private static Long waitFor(Map<String, Long> streamed, String incident) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!streamed.containsKey(incident)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the stream never brought the assignment of " + incident);
            }
            Thread.sleep(1);
        }
        return streamed.get(incident);
    }

    private static void post(HttpClient http, String base, String token, String path, String json) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException("POST " + path + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    private static <R> R setUp(LarmServer server, Command<CentreState, R> command) {
        return server.centre().loop().execute(SETUP, command, Duration.ofSeconds(10));
    }

    private static String token(LarmServer server, String username) {
        TokenSecret secret = TokenSecret.generate();
        setUp(server, AccountCommands.issueToken(username, secret.tokenId(), "bench token", secret.secretHash(), null));
        return secret.token();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
