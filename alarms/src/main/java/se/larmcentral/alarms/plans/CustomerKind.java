package se.larmcentral.alarms.plans;

/** Who buys the alarm service: a municipality (kommun), a region or a company. */
public enum CustomerKind {
    MUNICIPALITY,
    REGION,
    COMPANY
}
