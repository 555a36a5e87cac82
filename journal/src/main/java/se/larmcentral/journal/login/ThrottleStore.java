package se.larmcentral.journal.login;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The login throttle's counters, shared by every node of a centre and kept across restarts, so that neither a restart
 * nor a takeover lifts a lock-out. Counters are kept per kind ({@code username}, {@code address}) and subject.
 */
public interface ThrottleStore {

    /**
     * Changes one counter atomically, also against other nodes: {@code change} gets the current count (null when
     * there is none) and answers the new one, which is stored and answered.
     */
    ThrottleCount update(String kind, String subject, UnaryOperator<ThrottleCount> change);

    Optional<ThrottleCount> find(String kind, String subject);

    void remove(String kind, String subject);

    /** Forgets the counters of this kind last changed before {@code before}; answers how many. */
    int sweep(String kind, Instant before);
}
