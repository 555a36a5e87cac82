package se.larmcentral.calls;

/**
 * What a call is about, as the operator classifies it once it is answered.
 */
public enum Classification {
    /** Ambulance care (vård): starts a medical assessment and, once prioritised, an incident for dispatch. */
    CARE,
    /** Social on-call (socialjour): the social router decides whom to connect; its decision is recorded. */
    SOCIAL,
    /** Connected to the police. */
    POLICE,
    /** Connected to the municipal rescue service (räddningstjänst). */
    RESCUE_SERVICE,
    /** Connected to poison information (Giftinformationscentralen). */
    POISON_INFORMATION,
    /** Information about a serious accident or crisis (113 13); the topic asked about is recorded. */
    CRISIS_INFORMATION_113_13,
    /** A report about a missing child (116 000); the report form is filled in and handed over. */
    MISSING_CHILD_116_000,
    /** Not an emergency (more than half of all calls); advice or a referral is given. */
    NOT_AN_EMERGENCY,
    /** The caller hung up or the line dropped after the call was answered. */
    HUNG_UP;

    /** The links (hand-overs to other modules) a call with this classification may carry. */
    public boolean allows(CaseLinkKind link) {
        return switch (link) {
            case TRIAGE_ASSESSMENT, DISPATCH_INCIDENT -> this == CARE;
            case SOCIAL_DECISION -> this == SOCIAL;
            case TRANSFER -> this == POLICE || this == RESCUE_SERVICE || this == POISON_INFORMATION || this == SOCIAL;
        };
    }
}
