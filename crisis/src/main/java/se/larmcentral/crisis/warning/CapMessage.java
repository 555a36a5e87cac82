package se.larmcentral.crisis.warning;

import java.time.Instant;

/**
 * One CAP message as the centre publishes it: a message's envelope (identifier, sent, msgType, references) around its
 * content. A Cancel message has its own identifier, references the message it withdraws and says why in its note.
 *
 * @param warning the message it is (or, for a Cancel, the message it withdraws)
 */
public record CapMessage(String identifier, String sender, Instant sent, MessageType type, Reference references,
                         String note, WarningContent content, PublicWarning warning) {

    /** CAP's reference to an earlier message. */
    public record Reference(String sender, String identifier, Instant sent) {
    }
}
