package se.larmcentral.web;

import java.time.Duration;
import java.util.function.Function;

import io.javalin.http.Context;

/**
 * What the server allows at its edge, before a request reaches a route: which hosts it answers to, how long a
 * request's headers may take, how long a connection may sit silent, how many connections one address may hold,
 * how fast an account and an address may send changes, where a request comes from (the address rate limits
 * count against, which honours trusted proxies), and the answers kept for retried changes.
 */
public record HttpEdges(HostAllowList hosts, Duration headerTimeout, Duration idleTimeout, int maxConnectionsPerAddress,
                        CommandRateLimit rateLimit, Function<Context, String> clientAddress,
                        IdempotencyKeys idempotency) {

    /** Every host, generous limits: for servers built in tests without settings. */
    public static HttpEdges lenient() {
        return new HttpEdges(HostAllowList.any(), Duration.ofSeconds(10), Duration.ofSeconds(30), 1000,
                CommandRateLimit.GENEROUS, ctx -> ctx.req().getRemoteAddr(),
                new IdempotencyKeys(java.time.Clock.systemUTC(), 1024 * 1024));
    }
}
