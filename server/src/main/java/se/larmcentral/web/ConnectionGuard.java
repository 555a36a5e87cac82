package se.larmcentral.web;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.thread.Scheduler;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps slow or greedy clients from holding the server's connections: at most {@code maxPerAddress} open
 * connections from one address (more are closed as they open), and a request's headers must arrive within
 * {@code headerDeadline} (looked at every half deadline; a client sending a header line every few seconds, which the idle timeout alone never
 * ends, is closed). Counted at the connection's peer: behind a proxy, give the proxy room.
 */
final class ConnectionGuard implements Connection.Listener {

    private final int maxPerAddress;
    private final Duration headerDeadline;
    private final Scheduler scheduler;
    private final Map<InetAddress, AtomicInteger> open = new ConcurrentHashMap<>();
    /** Each open connection's address as it opened: a closed socket no longer tells its peer. */
    private final Map<Connection, InetAddress> peers = new ConcurrentHashMap<>();

    ConnectionGuard(int maxPerAddress, Duration headerDeadline, Scheduler scheduler) {
        this.maxPerAddress = maxPerAddress;
        this.headerDeadline = headerDeadline;
        this.scheduler = scheduler;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = address(connection);
        if (address != null) {
            peers.put(connection, address);
            int count = open.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
            if (count > maxPerAddress) {
                connection.getEndPoint().close();
                return;
            }
        }
        if (connection instanceof HttpConnection http) {
            watchHeaders(http, -1);
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = peers.remove(connection);
        if (address != null) {
            open.computeIfPresent(address, (a, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
    }

    /** Connections open now from this address (what a test and the count's bound look at). */
    int openFrom(InetAddress address) {
        AtomicInteger count = open.get(address);
        return count == null ? 0 : count.get();
    }

    /**
     * Looks again after half the deadline: a connection still partway through the headers of the same request it was
     * in last time (no new request arrived meanwhile) has had its time and is closed.
     */
    private void watchHeaders(HttpConnection http, long requestsBefore) {
        scheduler.schedule(() -> {
            if (!http.getEndPoint().isOpen()) {
                return;
            }
            long requests = http.getMessagesIn();
            boolean midHeaders = http.getParser().inHeaderState() && !http.getParser().isStart();
            if (midHeaders && requests == requestsBefore) {
                http.getEndPoint().close();
                return;
            }
            watchHeaders(http, midHeaders ? requests : -1);
        }, Math.max(1, headerDeadline.toMillis() / 2), TimeUnit.MILLISECONDS);
    }

    private static InetAddress address(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
