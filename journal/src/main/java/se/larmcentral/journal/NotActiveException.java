package se.larmcentral.journal;

/**
 * A command reached a node that follows the journal instead of writing it (a standby): it was not recorded. The
 * caller sends it to the active node, {@link #active()} when known (null while no node holds the lease).
 */
public final class NotActiveException extends RuntimeException {

    private final Lease active;

    public NotActiveException(String nodeId, Lease active) {
        super("node " + nodeId + " is a standby and records no commands; "
                + (active == null || !active.live() ? "no node is active at the moment (a takeover is under way); retry shortly"
                : "the active node is " + active.describe()), null, false, false);
        this.active = active;
    }

    /** The active node's lease, or null when none is live. */
    public Lease active() {
        return active == null || !active.live() ? null : active;
    }
}
