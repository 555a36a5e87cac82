package se.larmcentral.crisis.warning;

/** Where a public message is in its lifecycle. */
public enum Stage {
    /** Written, not yet approved; not public. */
    DRAFT,
    /** Approved by a second person; not yet public. */
    APPROVED,
    /** Public and current until it expires. */
    PUBLISHED,
    /** Replaced by a published update (which references it); no longer current. */
    UPDATED,
    /** Withdrawn: a published one by a CAP Cancel message, a draft or approved one simply dropped. */
    CANCELLED
}
