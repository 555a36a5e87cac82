package se.larmcentral.dispatch;

/** What kind of patient an emergency department (akutmottagning) takes. */
public enum HospitalCapability {
    /** Vuxenakut: emergency department for adults. */
    ADULT,
    /** Barnakut: children's emergency department. */
    CHILDREN,
    /** Intensive-care / trauma reception (for example Karolinska Solna, which takes only these). */
    INTENSIVE_CARE
}
