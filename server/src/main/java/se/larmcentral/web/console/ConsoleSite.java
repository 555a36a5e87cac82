package se.larmcentral.web.console;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import se.larmcentral.config.Settings;
import se.larmcentral.web.StaticSite;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The operator console: plain files from the class path ({@code /console} in the jar) at {@code /console/}, and the
 * libraries it uses as WebJars at {@code /webjars/...}. Like every answer they carry the server's strict
 * Content-Security-Policy ({@code http/SecurityHeaders}): scripts, styles and data from this server only, images also
 * from the configured tile server ({@link #imageOrigins}).
 */
public final class ConsoleSite implements StaticSite {

    public static final String PATH = "/console";

    @Override
    public void install(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = PATH;
            files.directory = PATH;
            files.location = Location.CLASSPATH;
            // a new release's modules must reach operators at the next load, not next week
            files.headers = Map.of("Cache-Control", "no-cache");
        });
        config.staticFiles.enableWebjars();
    }

    /**
     * Where the map's images may come from besides this server: {@code https://{s}.tile.example.org/{z}/{x}/{y}.png}
     * gives {@code https://*.tile.example.org}; none without a tile server.
     */
    public static List<String> imageOrigins(Settings.Console console) {
        String tileUrl = console.tileUrl();
        if (tileUrl == null || tileUrl.isBlank()) {
            return List.of();
        }
        URI template = URI.create(tileUrl.strip().replace("{s}", "tiles-subdomain").replaceAll("\\{[a-z]+}", "0"));
        String host = template.getHost().replace("tiles-subdomain", "*");
        return List.of(template.getScheme() + "://" + host + (template.getPort() > 0 ? ":" + template.getPort() : ""));
    }
}
