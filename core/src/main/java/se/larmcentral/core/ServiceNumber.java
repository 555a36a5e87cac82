package se.larmcentral.core;

/**
 * The short numbers the centre answers or refers to. They are dialled, not E.164 numbers.
 */
public enum ServiceNumber {
    /** The emergency number. */
    EMERGENCY_112("112"),
    /** Police, non-emergency (polisens nummer 114 14). */
    POLICE_114_14("114 14"),
    /** National information number in serious accidents and crises. */
    CRISIS_INFORMATION_113_13("113 13"),
    /** Hotline for missing children (EU harmonised number). */
    MISSING_CHILDREN_116_000("116 000"),
    /** Healthcare advice (sjukvårdsrådgivning). */
    HEALTHCARE_ADVICE_1177("1177");

    private final String dialled;

    ServiceNumber(String dialled) {
        this.dialled = dialled;
    }

    /** As it is written and dialled in Sweden. */
    public String dialled() {
        return dialled;
    }
}
