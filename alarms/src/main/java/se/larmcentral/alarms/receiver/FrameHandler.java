package se.larmcentral.alarms.receiver;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.alarms.ReceiveAlarmMessage;
import se.larmcentral.alarms.Receipt;
import se.larmcentral.alarms.dc09.Dc09Frame;
import se.larmcentral.alarms.dc09.Dc09Receiver;
import se.larmcentral.alarms.dc09.Payload;
import se.larmcentral.alarms.dc09.Reception;
import se.larmcentral.alarms.dc09.Refusal;
import se.larmcentral.centre.CommandSubmitter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One frame from a transmitter to its answer: read it; an accepted message is recorded through the centre and only
 * then acknowledged (a resent one is ACKed again, recorded once); a refused one is summed for the journal and
 * answered as the standard says (NAK, DUH, or nothing). A centre that cannot record (journal down) sends nothing:
 * the transmitter resends, and nothing unrecorded is ever acknowledged.
 */
final class FrameHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FrameHandler.class);

    private final Dc09Receiver receiver;
    private final CommandSubmitter centre;
    private final Clock clock;
    private final Duration duplicateWindow;
    private final RefusalSummaries refusals;

    FrameHandler(Dc09Receiver receiver, CommandSubmitter centre, Clock clock, Duration duplicateWindow,
                 RefusalSummaries refusals) {
        this.receiver = receiver;
        this.centre = centre;
        this.clock = clock;
        this.duplicateWindow = duplicateWindow;
        this.refusals = refusals;
    }

    /** The answer's bytes, or empty when none is sent. */
    Optional<byte[]> handle(byte[] frame, String transmitter, String host) {
        Instant now = clock.instant();
        return switch (receiver.read(frame, now)) {
            case Reception.Accepted accepted -> record(accepted, frame, transmitter, now);
            case Reception.Refused refused -> {
                refusals.add(host, refused.refusal(), refused.detail(), now);
                yield refused.answer().map(a -> a.bytes());
            }
        };
    }

    /** A frame dropped before it was read (its source's queue full, or too long). */
    void dropped(String host, Refusal refusal, String detail) {
        refusals.add(host, refusal, detail, clock.instant());
    }

    private Optional<byte[]> record(Reception.Accepted accepted, byte[] frame, String transmitter, Instant now) {
        Dc09Frame read = accepted.frame();
        Payload payload = accepted.payload();
        String qualifier = payload instanceof Payload.ContactId cid ? cid.qualifier().name() : "";
        String content = read.data() + String.join("", read.extended().stream().map(x -> "[" + x + "]").toList());
        try {
            Receipt receipt = centre.execute(ReceiveAlarmMessage.of(read.account(), read.sequence(), read.type(),
                    payload.code(), payload.zone(), qualifier, content, read.timestamp(), now, transmitter,
                    stripped(frame), duplicateWindow));
            if (receipt == Receipt.DUPLICATE) {
                LOG.debug("resent alarm message {} {} from {}: ACKed again", read.account(), read.sequence(), transmitter);
            }
            return Optional.of(accepted.ack().bytes());
        } catch (RuntimeException e) {
            LOG.warn("alarm message {} {} from {} not recorded, not acknowledged: {}", read.account(), read.sequence(),
                    transmitter, e.getMessage());
            return Optional.empty();
        }
    }

    private static String stripped(byte[] frame) {
        int from = frame.length > 0 && frame[0] == '\n' ? 1 : 0;
        int to = frame.length > from && frame[frame.length - 1] == '\r' ? frame.length - 1 : frame.length;
        return new String(frame, from, to - from, StandardCharsets.US_ASCII);
    }
}
