package se.larmcentral.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import se.larmcentral.centre.accounts.Principal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets (Bucket4j) on every request that changes something (any method but GET, HEAD and OPTIONS): one per
 * account and one per client address, each refilled at a steady rate up to a burst. A request over either is
 * refused with 429 and {@code Retry-After} before it reaches the gate or the centre. Reads are not limited here
 * (their pages are bounded instead). Buckets are kept in memory: a full bucket is the same as a new one, so full
 * ones are dropped once there are more than {@value #SWEEP_ABOVE}, which keeps the memory bounded by the clients
 * active in the last burst/rate seconds.
 */
public final class CommandRateLimit {

    /** A steady rate with a burst on top: {@code burst} requests at once, then {@code perSecond} a second. */
    public record Rate(long perSecond, long burst) {

        public Rate {
            if (perSecond < 1 || burst < perSecond) {
                throw new IllegalArgumentException("a rate needs perSecond >= 1 and burst >= perSecond, was "
                        + perSecond + "/s burst " + burst);
            }
        }
    }

    /** No limit worth the name: for servers built in tests without settings. */
    public static final CommandRateLimit GENEROUS = new CommandRateLimit(new Rate(10_000, 100_000),
            new Rate(10_000, 100_000));

    static final int SWEEP_ABOVE = 10_000;

    private final Rate perAccount;
    private final Rate perAddress;
    private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    public CommandRateLimit(Rate perAccount, Rate perAddress) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /** Takes a token from the address's bucket and, when signed in, the account's; refuses when either is empty. */
    public void admit(Context ctx, Optional<Principal> principal, String address) {
        HandlerType method = ctx.method();
        if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS) {
            return;
        }
        take(addresses, address, perAddress, "client address " + address);
        if (principal.isPresent()) {
            String account = principal.get().actor().id();
            take(accounts, account, perAccount, "account " + account);
        }
    }

    private static void take(Map<String, Bucket> buckets, String key, Rate rate, String who) {
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= rate.burst());
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(key, k -> bucket(rate)).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L);
            throw new TooManyRequestsException("the " + who + " has sent more than " + rate.burst()
                    + " changes at once or " + rate.perSecond() + " a second; nothing was recorded: retry in "
                    + Math.max(1, seconds) + " s", seconds);
        }
    }

    private static Bucket bucket(Rate rate) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(rate.burst())
                .refillGreedy(rate.perSecond(), Duration.ofSeconds(1)).build()).build();
    }
}
