package se.larmcentral.crisis.warning;

/** CAP urgency: how soon people should act. */
public enum Urgency implements CapValue {
    IMMEDIATE("Immediate"), EXPECTED("Expected"), FUTURE("Future"), PAST("Past"), UNKNOWN("Unknown");

    private final String cap;

    Urgency(String cap) {
        this.cap = cap;
    }

    @Override
    public String cap() {
        return cap;
    }
}
