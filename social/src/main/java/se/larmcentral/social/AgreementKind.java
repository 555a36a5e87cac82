package se.larmcentral.social;

/** The two sorts of agreement in the 2017 letter. */
public enum AgreementKind {
    /** Grundtjänst: free; every social 112 call is connected to a forwarding number answered round the clock. */
    BASIC,
    /** Tilläggsavtal: paid add-ons (set times, holiday changes, rosters, written instructions, own message). */
    EXTENDED
}
