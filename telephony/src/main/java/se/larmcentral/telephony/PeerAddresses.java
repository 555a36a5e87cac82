package se.larmcentral.telephony;

import se.larmcentral.core.InvalidInputException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The trunk's addresses: only requests coming from one of them are served (anyone else gets 403 Forbidden and
 * nothing is recorded). Literal IP addresses only: a name would be resolved once and silently go stale.
 */
public final class PeerAddresses {

    private final Set<InetAddress> allowed;

    private PeerAddresses(Set<InetAddress> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** Refused naming {@code telephony.allowedPeers} and the entry when one is not an IP address. */
    public static PeerAddresses parse(List<String> peers) {
        Set<InetAddress> addresses = new LinkedHashSet<>();
        for (String peer : peers) {
            if (peer == null || !peer.strip().matches("[0-9.]+|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")) {
                throw new InvalidInputException("telephony.allowedPeers", "'" + peer + "' is not an IP address");
            }
            try {
                addresses.add(InetAddress.getByName(peer.strip())); // a literal: no lookup is made
            } catch (UnknownHostException e) {
                throw new InvalidInputException("telephony.allowedPeers", "'" + peer + "' is not an IP address");
            }
        }
        return new PeerAddresses(addresses);
    }

    public boolean allows(InetAddress address) {
        return address != null && allowed.contains(address);
    }

    public boolean allows(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return allows(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return allowed.stream().map(InetAddress::getHostAddress).toList().toString();
    }
}
