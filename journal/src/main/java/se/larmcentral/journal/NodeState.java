package se.larmcentral.journal;

import java.time.Instant;

/**
 * What a node of a shared journal last said of itself ({@code journal_node}): its role, the epoch it writes under (0
 * on a standby) and the last sequence number applied to its state.
 *
 * @param secondsSinceSeen how long ago it said so, by the database's clock
 */
public record NodeState(String nodeId, String host, long processId, String advertiseUrl, String role, long epoch,
                        long appliedSequence, Instant seenAt, double secondsSinceSeen) {
}
