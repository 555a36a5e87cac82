package se.larmcentral.crisis.warning;

import se.larmcentral.core.SwedishTime;

import java.time.Instant;
import java.util.Set;

/**
 * The lifecycle's rules as pure decisions on a message at an explicit instant: draft → approved (by another person:
 * the two-person rule) → published → updated (by a published update) or cancelled. Each gives its reason either way.
 */
public final class WarningLifecycle {

    private WarningLifecycle() {
    }

    /** Approving a draft: only a draft, and only by someone who did not draft it. */
    public static Verdict approve(PublicWarning w, String approver) {
        if (w.stage() != Stage.DRAFT) {
            return Verdict.refuse("message " + w.identifier() + " is " + stageText(w) + ", not a draft awaiting approval");
        }
        if (w.drafted().by().equals(approver)) {
            return Verdict.refuse("two-person rule: " + approver + " drafted message " + w.identifier()
                    + " and cannot also approve it; another supervisor must");
        }
        return Verdict.allow(approver + " approves " + w.drafted().by() + "'s draft");
    }

    /**
     * Publishing an approved message before it expires; an update only while the message it references is still
     * published (not already replaced or cancelled).
     */
    public static Verdict publish(PublicWarning w, PublicWarning earlier, Instant now) {
        if (w.stage() != Stage.APPROVED) {
            return Verdict.refuse("message " + w.identifier() + " is " + stageText(w)
                    + (w.stage() == Stage.DRAFT ? "; a second person must approve it first" : ""));
        }
        if (!w.content().expires().isAfter(now)) {
            return Verdict.refuse("message " + w.identifier() + " expired at " + SwedishTime.text(w.content().expires()));
        }
        if (earlier != null && earlier.stage() != Stage.PUBLISHED) {
            return Verdict.refuse("message " + w.identifier() + " updates " + earlier.identifier() + ", which is "
                    + stageText(earlier) + "; draft a new message instead");
        }
        return Verdict.allow(earlier == null ? "published" : "published, replacing " + earlier.identifier());
    }

    /** Drafting an update of {@code earlier}: it must be published and current, and of the same kind. */
    public static Verdict update(PublicWarning earlier, WarningKind kind, Instant now) {
        if (earlier.stage() != Stage.PUBLISHED) {
            return Verdict.refuse("message " + earlier.identifier() + " is " + stageText(earlier)
                    + "; only a published message can be updated");
        }
        if (!earlier.currentAt(now)) {
            return Verdict.refuse("message " + earlier.identifier() + " expired at "
                    + SwedishTime.text(earlier.content().expires()) + "; draft a new message instead");
        }
        if (earlier.content().kind() != kind) {
            return Verdict.refuse("message " + earlier.identifier() + " is " + earlier.content().kind().label()
                    + "; an update keeps the kind");
        }
        return Verdict.allow("updates " + earlier.identifier());
    }

    /**
     * Cancelling: a draft or approved message is dropped; a published one is withdrawn with a CAP Cancel message.
     * One person may cancel (a wrong message must come down at once); replaced or cancelled ones cannot be.
     */
    public static Verdict cancel(PublicWarning w) {
        if (!Set.of(Stage.DRAFT, Stage.APPROVED, Stage.PUBLISHED).contains(w.stage())) {
            return Verdict.refuse("message " + w.identifier() + " is " + stageText(w) + "; nothing to cancel");
        }
        return Verdict.allow(w.stage() == Stage.PUBLISHED ? "withdrawn with a CAP Cancel message" : "dropped unpublished");
    }

    private static String stageText(PublicWarning w) {
        return switch (w.stage()) {
            case DRAFT -> "a draft";
            case APPROVED -> "approved, not yet published";
            case PUBLISHED -> "published";
            case UPDATED -> "replaced by " + w.updatedBy();
            case CANCELLED -> "cancelled";
        };
    }
}
