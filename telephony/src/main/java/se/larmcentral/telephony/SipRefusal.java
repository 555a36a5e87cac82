package se.larmcentral.telephony;

/**
 * A request the front answers with a final error status and no effect on the centre: the status and a reason
 * phrase for the peer (never a stack trace or a Java type name).
 */
final class SipRefusal extends RuntimeException {

    private final int status;

    SipRefusal(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    String reason() {
        return getMessage();
    }
}
