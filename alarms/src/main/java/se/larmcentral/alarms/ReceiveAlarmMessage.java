package se.larmcentral.alarms;

import se.larmcentral.alarms.codes.SiaCodeTable;
import se.larmcentral.alarms.dc09.MessageType;
import se.larmcentral.alarms.desk.CaseOpening;
import se.larmcentral.alarms.desk.CaseRestoring;
import se.larmcentral.alarms.desk.RescueAlerting;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records a message a transmitter sent, once: the same account, sequence, type and content received again within
 * {@code duplicateWindow} (the transmitter did not get our ACK and resent it) is answered {@link Receipt#DUPLICATE}
 * and records nothing, so the front ACKs it again. Link tests (NULL) are always recorded: many panels send them all
 * with sequence 0000, and each one is the transmitter heard. A message from a silent account also clears its fault.
 * An alarm, a fault or an unknown code opens a case for the operator in the same commit ({@link CaseOpening}); a
 * restore signal is joined to the open case it restores ({@link CaseRestoring}); a fire alarm whose plan says so
 * alerts the rescue service of the object's municipality in that commit too ({@link RescueAlerting}).
 */
public record ReceiveAlarmMessage(AlarmEvent.MessageReceived message, Duration duplicateWindow)
        implements Command<CentreState, Receipt> {

    /** The shipped code table, read once: it decides which signals open a case and their priority. */
    private static final SiaCodeTable CODES = SiaCodeTable.standard();

    @Override
    public Decision<Receipt> decide(CentreState state, Instant now) {
        AlarmLog log = state.extension(AlarmLog.class);
        if (message.type() != MessageType.NULL && log.seen(message.account(), message.sequence(), message.type(), message.content(),
                message.receivedAt().minus(duplicateWindow))) {
            return Decision.of(Receipt.DUPLICATE);
        }
        List<DomainEvent> events = new ArrayList<>(3);
        events.add(message);
        CaseOpening.of(message, log.register(), CODES, log.cases().nextId()).ifPresent(opened -> {
            RescueAlerting.OnReceipt receipt = RescueAlerting.onReceipt(opened,
                    () -> RescueTargets.of(state, opened.objectId()), now);
            events.add(receipt.opened());
            receipt.alert().ifPresent(events::add);
        });
        CaseRestoring.of(message, log.cases()).ifPresent(events::add);
        Optional.ofNullable(log.silent().get(message.account())).ifPresent(since -> {
            AlarmEvent.TransmitterHeardAgain heard = new AlarmEvent.TransmitterHeardAgain(message.account(), since,
                    message.receivedAt());
            events.add(heard);
            CaseRestoring.heardAgain(heard, log.cases()).ifPresent(events::add);
        });
        return Decision.of(Receipt.RECORDED, events);
    }

    /** Shorthand for the front. */
    public static ReceiveAlarmMessage of(String account, String sequence, MessageType type, String code, String zone,
                                         String qualifier, String content, Instant sentAt, Instant receivedAt,
                                         String transmitter, String frame, Duration duplicateWindow) {
        return new ReceiveAlarmMessage(new AlarmEvent.MessageReceived(account, sequence, type, code, zone, qualifier,
                content, sentAt, receivedAt, transmitter, frame), duplicateWindow);
    }
}
