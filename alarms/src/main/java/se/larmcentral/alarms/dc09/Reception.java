package se.larmcentral.alarms.dc09;

import java.util.Optional;

/** The receiver's verdict on one frame and the answer it sends. */
public sealed interface Reception {

    /** Understood and within the window: to be recorded, then acknowledged with {@code ack}. */
    record Accepted(Dc09Frame frame, Payload payload, Answer.Ack ack) implements Reception {
    }

    /**
     * Not taken. {@code answer} is the NAK or DUH the standard asks for, or empty when the frame is dropped unanswered
     * (a corrupted frame: the transmitter's retry sends it again). {@code account} is the account it named, if read.
     */
    record Refused(Refusal refusal, String detail, Optional<Answer> answer, Optional<String> account)
            implements Reception {
    }
}
