package se.larmcentral.triage;

/** The kind of unit a criterion sends. */
public enum UnitType {
    /** An emergency ambulance with a nurse on board. */
    AMBULANCE,
    /** A psychiatric ambulance (psykiatrisk akutmobilitet, PAM in Stockholm). */
    PSYCHIATRIC_AMBULANCE,
    /** A transport that needs no medical staff (sjukresa, liggande transport). */
    PATIENT_TRANSPORT,
    /** No unit: advice, or a referral such as to 1177. */
    NONE
}
