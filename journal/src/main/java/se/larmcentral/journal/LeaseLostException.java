package se.larmcentral.journal;

/**
 * An append was refused because this node no longer holds the writer lease under its epoch: another node took it
 * over (after this one was paused or cut off). Nothing was written.
 */
public final class LeaseLostException extends RuntimeException {

    private final long epoch;

    public LeaseLostException(long epoch, String detail) {
        super("this node's writer lease (epoch " + epoch + ") is no longer valid: " + detail + "; nothing was written");
        this.epoch = epoch;
    }

    public long epoch() {
        return epoch;
    }

}
