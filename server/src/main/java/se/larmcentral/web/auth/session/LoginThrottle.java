package se.larmcentral.web.auth.session;

import se.larmcentral.centre.accounts.TokenSecret;
import se.larmcentral.config.Settings;
import se.larmcentral.journal.login.ThrottleCount;
import se.larmcentral.journal.login.ThrottleStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Slows down and locks out guessing at passwords. Per username (whether or not the account exists, so the answers do
 * not tell): after {@code loginSlowdownAfter} failures in a row each further try waits 1 s, doubling up to 60 s; after
 * {@code loginLockAfter} the username is locked for {@code loginLockMinutes}. Per client address: at most
 * {@code loginsPerMinutePerAddress} attempts a minute. A success or an administrator's unlock clears a username.
 * The counters live in the journal's database ({@link ThrottleStore}): a restart or another node of the centre
 * neither resets a lock-out nor forgets the failures so far. Stale counters are swept at most once a minute: an
 * address's after its minute, a username's a day after its last failure (or after its lock, if longer).
 */
public final class LoginThrottle {

    static final String USERNAME = "username";
    static final String ADDRESS = "address";
    private static final int MAX_USERNAME = 64;
    private static final Duration LONGEST_SLOWDOWN = Duration.ofSeconds(60);
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    /** How long failures in a row are remembered when they locked nothing. */
    private static final Duration REMEMBER_FAILURES = Duration.ofDays(1);

    private final ThrottleStore store;
    private final Clock clock;
    private final int slowdownAfter;
    private final int lockAfter;
    private final Duration lock;
    private final int perAddress;
    private final AtomicReference<Instant> nextSweep = new AtomicReference<>(Instant.MIN);

    public LoginThrottle(ThrottleStore store, Clock clock, Settings.Auth settings) {
        this.store = store;
        this.clock = clock;
        this.slowdownAfter = settings.loginSlowdownAfter();
        this.lockAfter = settings.loginLockAfter();
        this.lock = Duration.ofMinutes(settings.loginLockMinutes());
        this.perAddress = settings.loginsPerMinutePerAddress();
    }

    /** Counts an attempt from {@code address} for {@code username}; empty when it may go ahead, else how long to wait. */
    public Optional<Duration> admit(String username, String address) {
        Instant now = clock.instant();
        sweep(now);
        ThrottleCount window = store.update(ADDRESS, address, w -> w == null || !now.isBefore(w.at().plus(WINDOW))
                ? new ThrottleCount(1, now) : new ThrottleCount(w.attempts() + 1, w.at()));
        if (window.attempts() > perAddress) {
            return Optional.of(Duration.between(now, window.at().plus(WINDOW)));
        }
        Optional<ThrottleCount> found = store.find(USERNAME, subject(username));
        if (found.isEmpty() || found.get().attempts() < slowdownAfter) {
            return Optional.empty();
        }
        ThrottleCount failures = found.get();
        Instant next = failures.attempts() >= lockAfter ? failures.at().plus(lock)
                : failures.at().plus(slowdown(failures.attempts()));
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
        ThrottleCount failures = store.update(USERNAME, subject(username), f -> {
            // A lock that has run out starts the count again.
            boolean lockOver = f != null && f.attempts() >= lockAfter && !now.isBefore(f.at().plus(lock));
            return new ThrottleCount(f == null || lockOver ? 1 : f.attempts() + 1, now);
        });
        return failures.attempts() == lockAfter ? Optional.of(now.plus(lock)) : Optional.empty();
    }

    public void succeeded(String username) {
        store.remove(USERNAME, subject(username));
    }

    /** An administrator's unlock: the username starts afresh. */
    public void unlock(String username) {
        store.remove(USERNAME, subject(username));
    }

    /**
     * The username as the store keeps it. No account's name is longer than 64 characters, but anything may be typed
     * (a password in the wrong field): a longer one is kept as its hash, counted like any other.
     */
    private static String subject(String username) {
        return username.length() <= MAX_USERNAME ? username : "sha256:" + TokenSecret.hash(username);
    }

    private void sweep(Instant now) {
        Instant due = nextSweep.get();
        if (now.isBefore(due) || !nextSweep.compareAndSet(due, now.plus(SWEEP_EVERY))) {
            return;
        }
        store.sweep(ADDRESS, now.minus(WINDOW));
        store.sweep(USERNAME, now.minus(lock.compareTo(REMEMBER_FAILURES) > 0 ? lock : REMEMBER_FAILURES));
    }
}
