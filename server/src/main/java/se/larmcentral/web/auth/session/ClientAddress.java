package se.larmcentral.web.auth.session;

import io.javalin.http.Context;
import org.eclipse.jetty.util.InetAddressSet;
import se.larmcentral.config.TrustedProxies;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address a request comes from, as the login throttle counts it and the log names it. Directly, the connection's
 * peer. Through a proxy named in {@code auth.trustedProxies}, the right-most {@code X-Forwarded-For} entry that is not
 * itself a trusted proxy: every proxy appends the address it was called from, so that entry was written by a proxy
 * we trust, while everything left of it may be the client's own invention. From anyone else the header is ignored,
 * so a client cannot choose the address its failed logins are counted against.
 */
public final class ClientAddress {


    private final InetAddressSet proxies = new InetAddressSet();
    private final boolean anyProxy;

    /** @param trustedProxies addresses or CIDR ranges ({@code 10.0.0.0/8}) of the proxies in front, checked at start-up */
    public ClientAddress(List<String> trustedProxies) {
        List<String> checked = TrustedProxies.check(trustedProxies);
        checked.forEach(proxies::add);
        this.anyProxy = !checked.isEmpty();
    }

    /** The trusted proxies as written, each an IP address or an address range; a bad one names its setting. */
    public String of(Context request) {
        String peer = request.req().getRemoteAddr();
        if (!anyProxy || !trusted(peer)) {
            return peer;
        }
        List<String> hops = request.req().getHeaders("X-Forwarded-For") == null ? List.of()
                : java.util.Collections.list(request.req().getHeaders("X-Forwarded-For")).stream()
                .flatMap(h -> java.util.Arrays.stream(h.split(","))).map(String::strip).filter(h -> !h.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (TrustedProxies.literal(hop).isEmpty()) {
                return peer; // not an address a proxy of ours would write: count it against the proxy
            }
            if (!trusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private boolean trusted(String address) {
        return TrustedProxies.literal(address).map(proxies::test).orElse(false);
    }

    /** An IP address written as one, never looked up by name. */
}
