package se.larmcentral.journal.login;

import java.time.Instant;
import java.util.Optional;

/**
 * Where login sessions live, so that every node of a centre finds a session another node opened. Implementations
 * are thread-safe; a store that cannot be reached throws {@link se.larmcentral.core.UnavailableException}.
 */
public interface SessionStore {

    void insert(LoginSession session);

    Optional<LoginSession> find(String idHash);

    /** Moves the session's last use to {@code at} (never backwards). */
    void touch(String idHash, Instant at);

    void delete(String idHash);

    /** Ends every session of a local account; answers how many there were. */
    int deleteAllOf(String username);

    /** Removes the sessions unused since {@code idleBefore} or started before {@code startedBefore}; answers how many. */
    int sweep(Instant idleBefore, Instant startedBefore);

    int count();
}
