package se.larmcentral.core;

/**
 * In-memory state built from the journal's events. Only the command loop's writer thread calls
 * {@link #apply}; it must be deterministic, since the same events replayed at start rebuild the same state.
 */
public interface Projection {

    void apply(Recorded recorded);
}
