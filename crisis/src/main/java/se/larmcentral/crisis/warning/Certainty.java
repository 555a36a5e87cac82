package se.larmcentral.crisis.warning;

/** CAP certainty: how sure the sender is that the event occurs. */
public enum Certainty implements CapValue {
    OBSERVED("Observed"), LIKELY("Likely"), POSSIBLE("Possible"), UNLIKELY("Unlikely"), UNKNOWN("Unknown");

    private final String cap;

    Certainty(String cap) {
        this.cap = cap;
    }

    @Override
    public String cap() {
        return cap;
    }
}
