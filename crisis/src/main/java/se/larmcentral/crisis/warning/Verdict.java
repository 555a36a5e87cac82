package se.larmcentral.crisis.warning;

/** A lifecycle decision: allowed, or refused with the reason in words. */
public record Verdict(boolean allowed, String reason) {

    static Verdict allow(String reason) {
        return new Verdict(true, reason);
    }

    static Verdict refuse(String reason) {
        return new Verdict(false, reason);
    }
}
