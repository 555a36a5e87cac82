package se.larmcentral.journal;

/** When the state readers see takes a batch's events; see {@link CommandLoop}. */
public enum ReadVisibility {

    /**
     * The writer decides against its own working copy of the state and applies a batch to the readers' copy only
     * after the commit, under a lock held just for that: reads never wait for a commit. The product's choice.
     */
    AFTER_COMMIT,

    /**
     * One state; the writer holds the write lock from the first decision through the commit, so every read waits
     * for the commit's fsync. How the loop worked before {@link #AFTER_COMMIT}; kept only as the journal
     * benchmark's baseline.
     */
    LOCKED_THROUGH_COMMIT
}
