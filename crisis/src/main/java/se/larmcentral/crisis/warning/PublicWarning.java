package se.larmcentral.crisis.warning;

import java.time.Instant;

/**
 * A public message (VMA or 113 13 information) and its history. Only a published one is public; an update is a new
 * message with its own identifier that {@code references} the one it replaces.
 *
 * @param identifier       the CAP identifier, unique for the sender
 * @param sender           the CAP sender (the centre)
 * @param references       the identifier of the published message this one updates, or null
 * @param updatedBy        the identifier of the published update that replaced this one, or null
 * @param cancelIdentifier the identifier of the CAP Cancel message that withdrew it (null for a draft dropped)
 */
public record PublicWarning(String identifier, String sender, String references, WarningContent content, Stage stage,
                            Step drafted, Step approved, Step published, Step updated, String updatedBy,
                            Step cancelled, String cancelIdentifier, String cancelReason) {

    /** CAP msgType of the message itself. */
    public MessageType messageType() {
        return references == null ? MessageType.ALERT : MessageType.UPDATE;
    }

    /** Published, not replaced or cancelled, and not expired at {@code now}. */
    public boolean currentAt(Instant now) {
        return stage == Stage.PUBLISHED && content.expires().isAfter(now);
    }

    PublicWarning approve(Step step) {
        return new PublicWarning(identifier, sender, references, content, Stage.APPROVED, drafted, step, null, null,
                null, null, null, null);
    }

    PublicWarning publish(Step step) {
        return new PublicWarning(identifier, sender, references, content, Stage.PUBLISHED, drafted, approved, step,
                null, null, null, null, null);
    }

    PublicWarning updateBy(String update, Step step) {
        return new PublicWarning(identifier, sender, references, content, Stage.UPDATED, drafted, approved, published,
                step, update, null, null, null);
    }

    PublicWarning cancel(Step step, String cancelId, String reason) {
        return new PublicWarning(identifier, sender, references, content, Stage.CANCELLED, drafted, approved, published,
                null, null, step, cancelId, reason);
    }
}
