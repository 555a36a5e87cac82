package se.larmcentral.web.auth.session;

import se.larmcentral.config.Settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down and locks out guessing at passwords, in memory. Per username (whether or not the account exists, so
 * the answers do not tell): after {@code loginSlowdownAfter} failures in a row each further try waits 1 s, doubling up
 * to 60 s; after {@code loginLockAfter} the username is locked for {@code loginLockMinutes}. Per client address: at
 * most {@code loginsPerMinutePerAddress} attempts a minute. A success or an administrator's unlock clears a username.
 */
public final class LoginThrottle {

    private static final Duration LONGEST_SLOWDOWN = Duration.ofSeconds(60);
    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** Beyond this many remembered usernames or addresses, the stale ones are forgotten. */
    private static final int REMEMBERED = 50_000;

    private record Failures(int count, Instant last) {
    }

    private record Window(Instant start, int attempts) {
    }

    private final Map<String, Failures> byUsername = new ConcurrentHashMap<>();
    private final Map<String, Window> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int slowdownAfter;
    private final int lockAfter;
    private final Duration lock;
    private final int perAddress;

    public LoginThrottle(Clock clock, Settings.Auth settings) {
        this.clock = clock;
        this.slowdownAfter = settings.loginSlowdownAfter();
        this.lockAfter = settings.loginLockAfter();
        this.lock = Duration.ofMinutes(settings.loginLockMinutes());
        this.perAddress = settings.loginsPerMinutePerAddress();
    }

    /** Counts an attempt from {@code address} for {@code username}; empty when it may go ahead, else how long to wait. */
    public Optional<Duration> admit(String username, String address) {
        Instant now = clock.instant();
        forgetStale(now);
        Window window = byAddress.compute(address, (a, w) -> w == null || !now.isBefore(w.start().plus(WINDOW))
                ? new Window(now, 1) : new Window(w.start(), w.attempts() + 1));
        if (window.attempts() > perAddress) {
            return Optional.of(Duration.between(now, window.start().plus(WINDOW)));
        }
        Failures failures = byUsername.get(username);
        if (failures == null || failures.count() < slowdownAfter) {
            return Optional.empty();
        }
        Instant next = failures.count() >= lockAfter ? failures.last().plus(lock)
                : failures.last().plus(slowdown(failures.count()));
        return now.isBefore(next) ? Optional.of(Duration.between(now, next)) : Optional.empty();
    }

    private Duration slowdown(int failures) {
        int doublings = Math.min(failures - slowdownAfter, 6);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(LONGEST_SLOWDOWN) > 0 ? LONGEST_SLOWDOWN : wait;
    }

    /** Counts a failure; answers the end of the lock when this failure locks the username. */
    public Optional<Instant> failed(String username) {
        Instant now = clock.instant();
        Failures failures = byUsername.compute(username, (u, f) -> {
            // A lock that has run out starts the count again.
            boolean lockOver = f != null && f.count() >= lockAfter && !now.isBefore(f.last().plus(lock));
            return new Failures(f == null || lockOver ? 1 : f.count() + 1, now);
        });
        return failures.count() == lockAfter ? Optional.of(now.plus(lock)) : Optional.empty();
    }

    public void succeeded(String username) {
        byUsername.remove(username);
    }

    /** An administrator's unlock: the username starts afresh. */
    public void unlock(String username) {
        byUsername.remove(username);
    }

    private void forgetStale(Instant now) {
        if (byUsername.size() > REMEMBERED) {
            byUsername.values().removeIf(f -> !now.isBefore(f.last().plus(lock)));
        }
        if (byAddress.size() > REMEMBERED) {
            byAddress.values().removeIf(w -> !now.isBefore(w.start().plus(WINDOW)));
        }
    }
}
