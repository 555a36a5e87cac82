package se.larmcentral.crisis.warning;

/** CAP scope: to everyone, or to authorities and emergency services only (written with its restriction). */
public enum WarningScope implements CapValue {
    PUBLIC("Public"), RESTRICTED("Restricted");

    /** The CAP restriction text a restricted message carries. */
    public static final String RESTRICTION = "Endast myndigheter och blåljusorganisationer";

    private final String cap;

    WarningScope(String cap) {
        this.cap = cap;
    }

    @Override
    public String cap() {
        return cap;
    }
}
