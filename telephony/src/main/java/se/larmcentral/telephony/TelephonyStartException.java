package se.larmcentral.telephony;

/** The telephony front could not start; the message names the setting or address at fault. */
public final class TelephonyStartException extends RuntimeException {

    public TelephonyStartException(String message) {
        super(message);
    }

    public TelephonyStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
