package se.larmcentral.server.console;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import se.larmcentral.server.config.Settings;
import se.larmcentral.server.http.StaticSite;

import java.net.URI;
import java.util.Map;

/**
 * The operator console: plain files from the class path ({@code /console} in the jar) at {@code /console/}, and the
 * libraries it uses as WebJars at {@code /webjars/...}. The console's pages carry a strict Content-Security-Policy:
 * scripts, styles and data from this server only, images also from the configured tile server.
 */
public final class ConsoleSite implements StaticSite {

    public static final String PATH = "/console";

    private final String contentSecurityPolicy;

    public ConsoleSite(Settings.Console console) {
        this.contentSecurityPolicy = contentSecurityPolicy(console.tileUrl());
    }

    @Override
    public void install(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = PATH;
            files.directory = PATH;
            files.location = Location.CLASSPATH;
            files.headers = Map.of(
                    "Content-Security-Policy", contentSecurityPolicy,
                    "X-Content-Type-Options", "nosniff",
                    "Referrer-Policy", "no-referrer",
                    // a new release's modules must reach operators at the next load, not next week
                    "Cache-Control", "no-cache");
        });
        config.staticFiles.enableWebjars();
    }

    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    /** {@code https://{s}.tile.example.org/{z}/{x}/{y}.png} allows images from {@code https://*.tile.example.org}. */
    static String contentSecurityPolicy(String tileUrl) {
        String images = "'self' data:";
        if (tileUrl != null && !tileUrl.isBlank()) {
            URI template = URI.create(tileUrl.strip().replace("{s}", "tiles-subdomain")
                    .replaceAll("\\{[a-z]+}", "0"));
            String host = template.getHost().replace("tiles-subdomain", "*");
            images += " " + template.getScheme() + "://" + host + (template.getPort() > 0 ? ":" + template.getPort() : "");
        }
        return "default-src 'self'; img-src " + images + "; object-src 'none'; base-uri 'self'; frame-ancestors 'none';"
                + " form-action 'self'";
    }
}
