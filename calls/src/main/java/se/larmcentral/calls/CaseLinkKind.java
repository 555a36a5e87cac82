package se.larmcentral.calls;

/** What another part of the centre made of a call, recorded on the call as a link. */
public enum CaseLinkKind {
    /** The medical assessment started in triage (its case id). */
    TRIAGE_ASSESSMENT,
    /** The incident created in dispatch (its incident id). */
    DISPATCH_INCIDENT,
    /** The social router's decision (its id and outcome summary). */
    SOCIAL_DECISION,
    /** A transfer of the caller to another body (police, rescue service, poison information, socialjour). */
    TRANSFER
}
