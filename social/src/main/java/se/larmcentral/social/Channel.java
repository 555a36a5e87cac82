package se.larmcentral.social;

/** How a social call reached the centre. */
public enum Channel {
    /** Through the emergency number 112. */
    EMERGENCY_112,
    /** Through a municipality's own direct number (direktnummer) into the centre. */
    DIRECT_NUMBER
}
