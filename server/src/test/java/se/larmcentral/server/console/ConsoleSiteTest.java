package se.larmcentral.server.console;


import se.larmcentral.web.console.ConsoleSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.TestServer;
import se.larmcentral.config.InvalidSettingException;
import se.larmcentral.config.Settings;
import se.larmcentral.config.SettingsLoader;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsoleSiteTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static TestServer centre;

    @BeforeAll
    static void start() {
        centre = new TestServer(dir, Map.of("LARM_CONSOLE_TILE_URL", "https://{s}.tiles.example.org:8443/{z}/{x}/{y}.png",
                "LARM_CONSOLE_TILE_ATTRIBUTION", "© Example tiles"));
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    @Test
    void theFrontDoorRedirectsToTheConsole() {
        HttpResponse<String> answer = centre.get("/");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValue("/console/");
    }

    @Test
    void theConsoleIsServedWithAStrictContentSecurityPolicy() {
        HttpResponse<String> page = centre.get("/console/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<script type=\"module\" src=\"/console/app.js\">");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).startsWith("default-src 'self'; script-src 'self'; style-src 'self';")
                .contains("img-src 'self' data: https://*.tiles.example.org:8443;");
        assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        // the contract: no inline script, no inline style, no inline handler in the page
        assertThat(page.body()).doesNotContain("style=").doesNotContain(" onclick=").doesNotContainPattern("<script>");
    }

    @Test
    void everyModuleTheShellImportsAndEveryLinkedFileIsServed() {
        List<String> paths = new ArrayList<>();
        String page = centre.get("/console/").body();
        Matcher links = Pattern.compile("(?:href|src)=\"(/[^\"]+)\"").matcher(page);
        while (links.find()) {
            paths.add(links.group(1));
        }
        assertThat(paths).contains("/webjars/leaflet/1.9.4/dist/leaflet.css", "/console/console.css", "/console/app.js");
        String app = centre.get("/console/app.js").body();
        Matcher imports = Pattern.compile("from '\\./([^']+)'").matcher(app);
        while (imports.find()) {
            paths.add("/console/" + imports.group(1));
        }
        assertThat(paths).contains("/console/views/calltaker.js", "/console/views/dispatcher.js", "/console/views/map.js",
                "/console/views/supervisor.js", "/console/views/municipality.js", "/console/api.js", "/console/live.js",
                "/console/i18n.js", "/console/keys.js");
        for (String path : paths) {
            HttpResponse<String> answer = centre.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            if (path.endsWith(".js")) {
                // browsers refuse modules served as anything but JavaScript
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(path).contains("javascript");
            }
        }
        assertThat(centre.get("/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js").statusCode()).isEqualTo(200);
    }

    /**
     * The crew's terminal is installable: its manifest is JSON and starts on the crew view; the service worker is
     * JavaScript under /console/ (its scope), with the same strict policy as every answer, and never touches the API.
     */
    @Test
    void theManifestAndTheServiceWorkerAreServedFromTheConsolesSite() throws Exception {
        HttpResponse<String> manifest = centre.get("/console/manifest.json");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Content-Type").orElse("")).contains("json");
        JsonNode app = JSON.readTree(manifest.body());
        assertThat(app.get("start_url").asText()).isEqualTo("/console/#/crew");
        assertThat(app.get("scope").asText()).isEqualTo("/console/");
        assertThat(centre.get(app.at("/icons/0/src").asText()).statusCode()).isEqualTo(200);
        HttpResponse<String> worker = centre.get("/console/sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(worker.headers().firstValue("Content-Security-Policy").orElse("")).startsWith("default-src 'self';");
        String body = worker.body();
        String list = body.substring(body.indexOf("const SHELL = ["), body.indexOf("];", body.indexOf("const SHELL = [")));
        Matcher shell = Pattern.compile("'(/(?:console|webjars)/[^']*)'").matcher(list);
        java.util.Set<String> kept = new java.util.TreeSet<>();
        while (shell.find()) {
            kept.add(shell.group(1));
            assertThat(centre.get(shell.group(1)).statusCode()).as("the worker keeps %s", shell.group(1)).isEqualTo(200);
        }
        // every module the shell imports, directly or not, is kept: the view starts where the network is away
        assertThat(kept).containsAll(moduleGraph("/console/app.js")).contains("/console/views/crew.css", "/console/index.html");
    }

    /** The module and every module it imports, directly or not (static imports, as the console writes them). */
    private static java.util.Set<String> moduleGraph(String root) {
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(root));
        Pattern imports = Pattern.compile("^(?:import|export)\\b[^;]*?from\\s*'([^']+)'", Pattern.MULTILINE | Pattern.DOTALL);
        while (!todo.isEmpty()) {
            String path = todo.pop();
            if (!seen.add(path) || !path.startsWith("/console/")) {
                continue;
            }
            Matcher m = imports.matcher(centre.get(path).body());
            while (m.find()) {
                todo.push(java.net.URI.create("http://x" + path).resolve(m.group(1)).getPath());
            }
        }
        return seen;
    }

    @Test
    void aMissingConsoleFileIsA404() {
        assertThat(centre.get("/console/views/nothing.js").statusCode()).isEqualTo(404);
    }

    @Test
    void theConsoleReadsTheTileServerFromItsSettings() throws Exception {
        JsonNode settings = JSON.readTree(centre.get("/api/console/settings").body());
        assertThat(settings.get("tileUrl").asText()).isEqualTo("https://{s}.tiles.example.org:8443/{z}/{x}/{y}.png");
        assertThat(settings.get("tileAttribution").asText()).isEqualTo("© Example tiles");
        assertThat(settings.get("crewPositionSeconds").asInt()).as("the default").isEqualTo(15);
    }

    @Test
    void withoutATileServerImagesComeFromThisServerOnly() {
        assertThat(ConsoleSite.imageOrigins(new Settings.Console("", "", 15))).isEmpty();
    }

    @Test
    void aBadTileSettingStopsStartUpNamingIt() {
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_CONSOLE_TILE_URL", "tiles.example.org/{z}/{x}/{y}.png",
                "LARM_CONSOLE_TILE_ATTRIBUTION", "x")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("'console.tileUrl'");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_CONSOLE_TILE_URL", "https://tiles.example.org/{z}/{x}.png",
                "LARM_CONSOLE_TILE_ATTRIBUTION", "x")))
                .hasMessageContaining("'console.tileUrl'").hasMessageContaining("{y}");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_CONSOLE_TILE_URL", "https://tiles.example.org/{z}/{x}/{y}.png")))
                .hasMessageContaining("'console.tileAttribution'");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_CONSOLE_CREW_POSITION_SECONDS", "2")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("'console.crewPositionSeconds'")
                .hasMessageContaining("between 5 and 3600");
        assertThat(SettingsLoader.load(null, Map.of("LARM_CONSOLE_CREW_POSITION_SECONDS", "30")).console().crewPositionSeconds())
                .isEqualTo(30);
    }
}
