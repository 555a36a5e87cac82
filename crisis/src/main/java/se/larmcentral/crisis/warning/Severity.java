package se.larmcentral.crisis.warning;

/** CAP severity: how much harm the event threatens. */
public enum Severity implements CapValue {
    EXTREME("Extreme"), SEVERE("Severe"), MODERATE("Moderate"), MINOR("Minor"), UNKNOWN("Unknown");

    private final String cap;

    Severity(String cap) {
        this.cap = cap;
    }

    @Override
    public String cap() {
        return cap;
    }
}
