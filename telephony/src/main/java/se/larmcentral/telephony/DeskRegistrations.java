package se.larmcentral.telephony;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each desk's phone can be reached now (its registered Contact), until its registration expires (RFC 3261
 * 10.3). One binding per desk: a phone that registers again replaces it; Expires 0 removes it.
 */
final class DeskRegistrations {

    /** Shortest and longest registration granted; a phone asking for less gets 423 Interval Too Brief. */
    static final Duration MIN_EXPIRES = Duration.ofSeconds(60);
    static final Duration MAX_EXPIRES = Duration.ofHours(1);

    /** A desk phone's binding: the URI to send its INVITEs to, until when. */
    record Binding(String desk, String contact, Instant expires) {
    }

    private final Clock clock;
    private final Map<String, Binding> bindings = new ConcurrentHashMap<>();

    DeskRegistrations(Clock clock) {
        this.clock = clock;
    }

    /** Records the desk's contact for {@code seconds} (clamped to the longest granted); the binding made. */
    Binding register(String desk, String contact, long seconds) {
        long granted = Math.min(seconds, MAX_EXPIRES.toSeconds());
        Binding binding = new Binding(desk, contact, clock.instant().plusSeconds(granted));
        bindings.put(desk, binding);
        return binding;
    }

    /** What is left of the binding, in whole seconds (the Expires a 200 gives back). */
    long secondsLeft(Binding binding) {
        return Math.max(0, Duration.between(clock.instant(), binding.expires()).toSeconds());
    }

    /** Whether no desk's phone has registered (expired bindings included: a cheap first test). */
    boolean none() {
        return bindings.isEmpty();
    }

    void unregister(String desk) {
        bindings.remove(desk);
    }

    /** The desk's phone's contact, while its registration lasts. */
    Optional<Binding> of(String desk) {
        Binding binding = bindings.get(desk);
        if (binding == null) {
            return Optional.empty();
        }
        if (!binding.expires().isAfter(clock.instant())) {
            bindings.remove(desk, binding);
            return Optional.empty();
        }
        return Optional.of(binding);
    }
}
