package se.larmcentral.journal;

import java.time.Instant;

/**
 * The writer lease row of a shared journal: who may append, under which fencing epoch, until when.
 *
 * @param live whether it had not expired when read (database time)
 */
public record Lease(String nodeId, String host, long processId, String advertiseUrl, long epoch, Instant acquiredAt,
                    Instant expiresAt, boolean live) {

    /** "node N (epoch E, http://...)". */
    public String describe() {
        return "node " + nodeId + " (epoch " + epoch + (advertiseUrl == null ? "" : ", " + advertiseUrl) + ")";
    }

    /** The holder as a refused writer is told of it. */
    public WriterHolder holder() {
        return new WriterHolder(host + " as node " + nodeId + " epoch " + epoch, processId, acquiredAt);
    }
}
