package se.larmcentral.web.auth.session;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;

import java.net.URI;
import java.util.Locale;

/**
 * Refuses a request that a browser says comes from another site ({@code Sec-Fetch-Site}, or an {@code Origin}
 * other than this server's): a page elsewhere must not log someone in or change anything with their cookie.
 * Requests without either header (command-line clients, integrations) pass; they cannot carry the session cookie
 * of a victim's browser anyway.
 */
final class CrossSiteCheck {

    private CrossSiteCheck() {
    }

    static void refuseCrossSite(Context request, boolean behindTlsProxy) {
        String site = request.header("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            throw new ForbiddenResponse("cross-site request refused (Sec-Fetch-Site: " + site + ")");
        }
        String origin = request.header("Origin");
        if (origin != null && !sameOrigin(origin, request, behindTlsProxy)) {
            throw new ForbiddenResponse("cross-site request refused: Origin " + origin + " is not this server");
        }
    }

    private static boolean sameOrigin(String origin, Context request, boolean behindTlsProxy) {
        String host = behindTlsProxy && request.header("X-Forwarded-Host") != null
                ? request.header("X-Forwarded-Host") : request.header("Host");
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getRawAuthority();
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean schemeFits = scheme.equals("https") || (scheme.equals("http") && !behindTlsProxy);
            return schemeFits && authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
