package se.larmcentral.crisis.warning;

/** CAP status: real, an exercise, or a technical test (CAP's System and Draft are not published by the centre). */
public enum WarningStatus implements CapValue {
    ACTUAL("Actual"), EXERCISE("Exercise"), TEST("Test");

    private final String cap;

    WarningStatus(String cap) {
        this.cap = cap;
    }

    @Override
    public String cap() {
        return cap;
    }
}
