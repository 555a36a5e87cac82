package se.larmcentral.server.console;

import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's browser-test harness, a JUnit 5 extension: per test class one {@link ConsoleCentre} (demo-like
 * state on a test clock); one headless Debian Chromium driven by Playwright for the whole test run (started by the
 * first class that needs it, closed when the run ends: starting both anew for each of some forty classes took
 * minutes of the suite); per test a fresh browser context
 * (no cookies or storage carried over) with one page. The browser's clock is pinned to the centre's, so "waiting
 * since" timers and "today" agree with the server; {@link #advance} moves both.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final ConsoleBrowser console = ConsoleBrowser.demo();
 *
 * &#64;Test
 * void showsTheQueue() {
 *     Page page = console.open("calltaker");
 *     assertThat(page.getByTestId("queue")).isVisible();   // PlaywrightAssertions: waits until true
 *     console.screenshot("queue");
 * }
 * </pre>
 *
 * Screenshots go to {@code server/target/screenshots/<TestClass>/<name>.png}; a failing test gets one named
 * {@code FAILED-<method>} with the browser's console beside it. A test also fails when the page threw an uncaught
 * error, logged an error to the console (refused requests aside) or the browser refused something under the
 * Content-Security-Policy. Every view a test opens with {@link #open}, and every console page it ends with, is
 * checked with axe-core's WCAG 2.1 A and AA rules ({@link AxeCheck}); a violation fails the test, naming each rule,
 * the elements it found and its help. {@link #checkAccessibility} checks a page in between.
 *
 * Never downloads a browser: it starts {@code /usr/bin/chromium} (or {@code LARM_CHROMIUM}), which
 * {@code scripts/ensure-chromium} installs from Debian.
 */
public final class ConsoleBrowser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterTestExecutionCallback, AfterEachCallback {

    /** Wednesday 2025-03-12 12:00 Swedish time (CET): every unit of the demo fleet is in its shift. */
    public static final Instant WEDNESDAY_NOON = Instant.parse("2025-03-12T11:00:00Z");
    static final String ENSURE_SCRIPT = "scripts/ensure-chromium";
    static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    static final double TIMEOUT_MILLIS = 15_000;
    static final int MAX_SHOT_HEIGHT = 8_000;

    private final Instant start;
    private final Map<String, String> settings = new java.util.HashMap<>();
    private boolean signedIn = true;
    private Path dataDir;
    private ConsoleCentre centre;
    private Browser browser;
    private BrowserContext context;
    private Page page;
    private final List<BrowserContext> others = new ArrayList<>(); // the test's second (third...) signed-in contexts
    private final List<Page> pages = new ArrayList<>(); // every page of the test, checked with axe when it ends
    private Path screenshots;
    private final List<String> consoleLines = new ArrayList<>();
    private final List<String> pageFaults = new ArrayList<>();

    private ConsoleBrowser(Instant start) {
        this.start = start;
    }

    /** A demo-like centre whose clock starts on {@link #WEDNESDAY_NOON}. */
    public static ConsoleBrowser demo() {
        return new ConsoleBrowser(WEDNESDAY_NOON);
    }

    /** A demo-like centre whose clock starts at {@code start}. */
    public static ConsoleBrowser demoAt(Instant start) {
        return new ConsoleBrowser(start);
    }

    /** A setting of the centre, as its environment variable ({@code LARM_DISPATCH_MOVE_UP_POLICY}), over the test's own. */
    public ConsoleBrowser with(String variable, String value) {
        settings.put(variable, value);
        return this;
    }

    /** Each test's browser starts signed out (to test the login itself); otherwise it is signed in before the test. */
    public ConsoleBrowser signedOut() {
        signedIn = false;
        return this;
    }

    /**
     * Logs the browser in through the API, as the login form does: the session cookie lands in the browser context,
     * and the console reads its CSRF token from {@code GET /api/session} when it loads.
     */
    public void logIn(String username, String password) {
        logIn(context, username, password);
    }

    private void logIn(BrowserContext into, String username, String password) {
        APIResponse answer = into.request().post(centre.baseUrl() + "/api/session", RequestOptions.create()
                .setHeader("Content-Type", "application/json").setHeader("Origin", centre.baseUrl())
                .setData(Map.of("username", username, "password", password)));
        assertThat(answer.status()).as("login of %s: %s", username, answer.text()).isEqualTo(200);
    }

    /** The browser the tests start; fails naming it and the script that installs it when it is missing. */
    static Path chromium() {
        String configured = System.getenv("LARM_CHROMIUM");
        return checkChromium(Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured));
    }

    static Path checkChromium(Path executable) {
        assertThat(Files.isExecutable(executable)).as("Chromium is not installed at %s: the console's browser tests"
                + " drive Debian's Chromium and never download one. Run %s (installs Debian's chromium package"
                + " with apt), or set LARM_CHROMIUM to a Chromium binary", executable, ENSURE_SCRIPT).isTrue();
        return executable;
    }

    @Override
    public void beforeAll(ExtensionContext extension) throws IOException {
        Path executable = chromium();
        screenshots = moduleDir().resolve("target/screenshots").resolve(extension.getRequiredTestClass().getSimpleName());
        deleteTree(screenshots); // no picture of an earlier run, least of all of a failure since fixed
        Files.createDirectories(screenshots);
        dataDir = Files.createTempDirectory("larm-console-test");
        centre = new ConsoleCentre(dataDir, start, settings);
        browser = extension.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedBrowser.class, key -> new SharedBrowser(executable), SharedBrowser.class)
                .browser();
    }

    /** Playwright and Chromium, started once per test run and closed by JUnit when the run ends. */
    private static final class SharedBrowser implements ExtensionContext.Store.CloseableResource {
        private final Playwright playwright;
        private Browser browser;
        private final Path executable;

        SharedBrowser(Path executable) {
            this.executable = executable;
            this.playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        }

        /** The running browser, started again if an earlier class left it crashed. */
        Browser browser() {
            if (browser == null || !browser.isConnected()) {
                browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable).setHeadless(true).setArgs(CHROMIUM_ARGS));
            }
            return browser;
        }

        @Override
        public void close() {
            try {
                if (browser != null) {
                    browser.close();
                }
            } finally {
                playwright.close();
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        consoleLines.clear();
        pageFaults.clear();
        context = newContext();
        if (signedIn) {
            logIn(ConsoleCentre.CONSOLE_USER, ConsoleCentre.CONSOLE_PASSWORD);
        }
        pages.clear();
        page = newPage(context, "");
    }

    private BrowserContext newContext() {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1440, 900).setLocale("sv-SE").setTimezoneId("Europe/Stockholm"));
        created.setDefaultTimeout(TIMEOUT_MILLIS);
        created.clock().setFixedTime(centre.clock.instant().toEpochMilli());
        return created;
    }

    /** A page in {@code owner} whose console lines (prefixed with {@code who}) and errors count for the test. */
    private Page newPage(BrowserContext owner, String who) {
        Page created = owner.newPage();
        pages.add(created);
        created.onConsoleMessage(m -> {
            consoleLines.add(who + m.type() + ": " + m.text());
            if (m.text().contains("Content Security Policy")) {
                pageFaults.add(who + "refused under the Content-Security-Policy: " + m.text());
            } else if (m.type().equals("error") && !m.text().startsWith("Failed to load resource")) {
                // Under the pinned clock an error thrown in a timer callback arrives here, not as a page error.
                // A refused request (404, a 400 problem) is logged as "Failed to load resource" and is no fault.
                pageFaults.add(who + "error in the browser console: " + m.text());
            }
        });
        created.onPageError(error -> {
            consoleLines.add(who + "uncaught: " + error);
            pageFaults.add(who + "uncaught error in the page: " + error);
        });
        return created;
    }

    /**
     * A second browser context (its own cookies: another operator at another desk) signed in as {@code username},
     * with one page on the same pinned clock; it is closed after the test, and its page's errors fail the test as
     * the main page's do. Open a view in it with {@link #open(Page, String)}.
     */
    public Page pageAs(String username, String password) {
        BrowserContext other = newContext();
        others.add(other);
        logIn(other, username, password);
        return newPage(other, "[" + username + "] ");
    }

    @Override
    public void afterTestExecution(ExtensionContext extension) {
        if (extension.getExecutionException().isPresent() && page != null) {
            String name = "FAILED-" + extension.getRequiredTestMethod().getName();
            try {
                screenshot(name);
                Files.write(screenshots.resolve(name + ".console.txt"), consoleLines);
            } catch (RuntimeException | IOException e) {
                System.err.println("no failure screenshot for " + name + ": " + e);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        List<String> faults = List.copyOf(pageFaults);
        String inaccessible = extension.getExecutionException().isEmpty() ? finalAccessibility() : "";
        others.forEach(BrowserContext::close);
        others.clear();
        if (context != null) {
            context.close();
            context = null;
            page = null;
        }
        if (extension.getExecutionException().isEmpty()) {
            assertThat(faults).as("the page's errors (browser console: %s)", consoleLines).isEmpty();
            assertThat(inaccessible).as("axe-core on the pages the test ended with").isEmpty();
        }
    }

    /** axe on every console page the test left open, as it ended (its views' last state); empty when none fails. */
    private String finalAccessibility() {
        StringBuilder found = new StringBuilder();
        for (Page open : pages) {
            if (!open.isClosed() && open.url().startsWith(centre.baseUrl() + "/console/")) {
                String where = "the page the test ended with (" + open.url().substring(centre.baseUrl().length()) + ")";
                found.append(AxeCheck.describe(where, AxeCheck.run(open)));
            }
        }
        return found.toString();
    }

    /**
     * Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is now and fails naming each violation: its rule,
     * the elements and the help. {@code where} says which step of the test it is.
     */
    public void checkAccessibility(Page on, String where) {
        String found = AxeCheck.describe(where + " (" + on.url().substring(centre.baseUrl().length()) + ")", AxeCheck.run(on));
        if (!found.isEmpty()) {
            throw new AssertionError(found);
        }
    }

    @Override
    public void afterAll(ExtensionContext extension) throws IOException {
        try {
            others.forEach(BrowserContext::close); // the browser stays for the next class; nothing of this one does
            others.clear();
            if (browser != null) {
                browser.contexts().forEach(BrowserContext::close);
            }
        } finally {
            if (centre != null) {
                centre.close();
            }
            deleteTree(dataDir);
        }
    }

    /** The centre under test: its clock, and a JSON client acting as {@link ConsoleCentre#ACTOR}. */
    public ConsoleCentre centre() {
        return centre;
    }

    /** The test's page (a fresh context per test). */
    public Page page() {
        return page;
    }

    /**
     * Opens the console on a view, e.g. {@code open("supervisor")} or {@code open("municipality/0120")}, and waits
     * until the shell has mounted it (its root {@code data-testid="view-<id>"} is in the page).
     */
    public Page open(String view) {
        return open(page, view);
    }

    /** Opens the console on a view in another page, e.g. one from {@link #pageAs}. */
    public Page open(Page in, String view) {
        in.navigate(centre.baseUrl() + "/console/#/" + view);
        String id = view.contains("/") ? view.substring(0, view.indexOf('/')) : view;
        in.getByTestId("view-" + id).waitFor();
        checkAccessibility(in, "the view " + view);
        return in;
    }

    /** Loads a path of the server in the page, e.g. {@code navigate("/openapi.json")}. */
    public Page navigate(String path) {
        page.navigate(centre.baseUrl() + path);
        return page;
    }

    /** An element by its {@code data-testid}. */
    public Locator byTestId(String testId) {
        return page.getByTestId(testId);
    }

    /** Moves the centre's clock and the browser's together. */
    public void advance(Duration duration) {
        centre.clock.advance(duration);
        context.clock().setFixedTime(centre.clock.instant().toEpochMilli());
        others.forEach(other -> other.clock().setFixedTime(centre.clock.instant().toEpochMilli()));
    }

    /** Saves the page as {@code target/screenshots/<TestClass>/<name>.png} (the whole view) and returns the file. */
    public Path screenshot(String name) {
        return screenshot(page, name);
    }

    /** Saves another page (e.g. one from {@link #pageAs}) as {@code target/screenshots/<TestClass>/<name>.png}. */
    public Path screenshot(Page page, String name) {
        Path file = screenshots.resolve(name + ".png");
        // The shell scrolls inside <main>, which a full-page screenshot does not see: grow the viewport to the
        // whole view for the picture (at most MAX_SHOT_HEIGHT), then give the test its viewport back.
        var viewport = page.viewportSize();
        int height = ((Number) page.evaluate("() => Math.max(document.documentElement.scrollHeight, ...[...document"
                + ".querySelectorAll('main')].map(m => Math.ceil(m.getBoundingClientRect().top + m.scrollHeight)))")).intValue();
        boolean grow = height > viewport.height;
        if (grow) {
            page.setViewportSize(viewport.width, Math.min(height, MAX_SHOT_HEIGHT));
        }
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        } finally {
            if (grow) {
                page.setViewportSize(viewport.width, viewport.height);
            }
        }
        return file;
    }

    /** What the browser's console said during this test (type: text), for a failure message. */
    public List<String> consoleLines() {
        return List.copyOf(consoleLines);
    }

    private static Path moduleDir() {
        String basedir = System.getProperty("basedir"); // set by Surefire to the module's folder
        return Path.of(basedir == null ? "." : basedir).toAbsolutePath().normalize();
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
