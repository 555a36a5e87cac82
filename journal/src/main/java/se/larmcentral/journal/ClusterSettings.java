package se.larmcentral.journal;

import java.time.Duration;
import java.util.Objects;

/**
 * How this node shares a PostgreSQL journal with others (an embedded H2 journal has one process and ignores this).
 *
 * @param nodeId        this node's name in the lease row; unique per running node (default: host and process id)
 * @param advertiseUrl  where other nodes and clients reach this node's API when it is the active one, or null
 * @param lease         how long a lease lasts without renewal (database time): the longest a dead writer blocks
 * @param renewEvery    how often the holder renews it; well under {@code lease}
 * @param followPoll    how often a follower looks for new rows when no notification came
 */
public record ClusterSettings(String nodeId, String advertiseUrl, Duration lease, Duration renewEvery,
                             Duration followPoll) {

    public ClusterSettings {
        Objects.requireNonNull(nodeId, "nodeId");
        if (nodeId.isBlank() || nodeId.length() > 200) {
            throw new IllegalArgumentException("nodeId must be 1 to 200 characters");
        }
        if (lease.toMillis() < 500) {
            throw new IllegalArgumentException("the lease must last at least 500 ms");
        }
        if (renewEvery.toMillis() < 50 || renewEvery.compareTo(lease.dividedBy(2)) > 0) {
            throw new IllegalArgumentException("the renewal interval must be 50 ms to half the lease");
        }
        if (followPoll.toMillis() < 10) {
            throw new IllegalArgumentException("the follow poll must be at least 10 ms");
        }
    }

    /** This process as a node: host and process id, not advertised, a 3 s lease renewed every 500 ms. */
    public static ClusterSettings defaults() {
        return new ClusterSettings(defaultNodeId(), null, Duration.ofSeconds(3), Duration.ofMillis(500),
                Duration.ofMillis(250));
    }

    public static String defaultNodeId() {
        return WriterHolder.thisProcess(java.time.Clock.systemUTC()).host() + "-" + ProcessHandle.current().pid();
    }

    public ClusterSettings withNode(String newNodeId, String newAdvertiseUrl) {
        return new ClusterSettings(newNodeId, newAdvertiseUrl, lease, renewEvery, followPoll);
    }

    public ClusterSettings withTimes(Duration newLease, Duration newRenewEvery) {
        return new ClusterSettings(nodeId, advertiseUrl, newLease, newRenewEvery, followPoll);
    }
}
