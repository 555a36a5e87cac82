package se.larmcentral.journal;

/**
 * One row as {@code larm journal verify} sees it, without refusing anything: the row, whether its stored checksum
 * holds, and its quarantine when it was set aside.
 */
public record InspectedRow(StoredEvent row, Check checksum, Quarantine quarantine) {

    public enum Check {
        /** The stored checksum matches the row. */
        VALID,
        /** The row differs from what was written. */
        MISMATCH,
        /** No checksum yet: written before checksums, until the next writer fills it in. */
        MISSING
    }
}
