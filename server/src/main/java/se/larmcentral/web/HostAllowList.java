package se.larmcentral.web;

import io.javalin.http.Context;
import se.larmcentral.core.InvalidInputException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The host names this server answers to ({@code http.allowedHosts}): a request whose {@code Host} names another
 * (DNS rebinding, a misrouted proxy, cache poisoning through absolute links) is refused with 400. Empty: this
 * machine ({@code localhost}, {@code 127.0.0.1}, {@code ::1}) and the interface the server listens on.
 */
public final class HostAllowList {

    private final Set<String> hosts;

    public HostAllowList(List<String> allowedHosts, String listenHost) {
        Set<String> set = new LinkedHashSet<>();
        if (allowedHosts == null || allowedHosts.isEmpty()) {
            set.addAll(List.of("localhost", "127.0.0.1", "::1"));
            if (listenHost != null && !listenHost.isBlank() && !listenHost.equals("0.0.0.0") && !listenHost.equals("::")) {
                set.add(normalise(listenHost));
            }
        } else {
            allowedHosts.stream().map(HostAllowList::normalise).forEach(set::add);
        }
        this.hosts = Set.copyOf(set);
    }

    /** Every host: for servers built in tests. */
    public static HostAllowList any() {
        return new HostAllowList(List.of("*"), null);
    }

    public void admit(Context ctx) {
        if (hosts.contains("*")) {
            return;
        }
        String host = ctx.host();
        String name = host == null ? "" : normalise(withoutPort(host));
        if (!hosts.contains(name)) {
            throw new InvalidInputException("Host", "'" + (host == null ? "" : host.replaceAll("[^\\x20-\\x7e]", "?"))
                    + "' is not a host this server answers to (http.allowedHosts)");
        }
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(1, end);
        }
        int colon = host.indexOf(':');
        return colon >= 0 && host.indexOf(':', colon + 1) < 0 ? host.substring(0, colon) : host;
    }

    private static String normalise(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
