package se.larmcentral.web;

import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Headers on every answer, API, problems and static files alike: a content security policy that allows only this
 * server's own scripts, styles and connections (no inline script, no framing), images from here, {@code data:} URLs
 * and the extra origins given (a map tile server), no MIME sniffing, no referrer; API answers are not cached; over
 * TLS, browsers are told to keep to it.
 */
public final class SecurityHeaders {

    private final String contentSecurityPolicy;
    private final boolean behindTlsProxy;

    /**
     * @param extraImageOrigins origins (scheme://host[:port]) images may also come from, e.g. the console's map tiles
     * @param behindTlsProxy    every request reached us over TLS through a proxy
     */
    public SecurityHeaders(List<String> extraImageOrigins, boolean behindTlsProxy) {
        String images = extraImageOrigins.stream().map(String::strip).filter(o -> !o.isEmpty())
                .map(o -> " " + o).collect(Collectors.joining());
        this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
                + images + "; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
                + " frame-ancestors 'none'";
        this.behindTlsProxy = behindTlsProxy;
    }

    public static SecurityHeaders defaults() {
        return new SecurityHeaders(List.of(), false);
    }

    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    public void apply(Context ctx) {
        headers(ctx.path(), "https".equalsIgnoreCase(ctx.scheme())).forEach(ctx::header);
    }

    /** The headers for an answer on this path (also Jetty's own error answers, which have no Javalin context). */
    public Map<String, String> headers(String path, boolean overTls) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", contentSecurityPolicy);
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        if (path == null || path.startsWith("/api/")) {
            headers.put("Cache-Control", "no-store");
        }
        if (behindTlsProxy || overTls) {
            headers.put("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        return headers;
    }
}
