package se.larmcentral.calls;

import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.PhoneNumber;

import java.time.Instant;
import java.util.List;

/**
 * Everything the calls module records. Plain records (strings, numbers, enums, {@code java.time}, core types,
 * lists and nested records of those) so that the journal serialises them without annotations; the journal names
 * them {@code calls.<RecordName>}, so renaming one is a journal format change. Who caused each event is the
 * journal's actor ({@code Recorded.actor()}); {@code at} is the instant the command was decided.
 */
public sealed interface CallEvent extends DomainEvent {

    /** A call entered the queue at {@code queuedAt} (reported by the telephony or the API). */
    record CallQueued(String callId, DialledLine line, PhoneNumber callerNumber, Instant queuedAt, Instant at)
            implements CallEvent {
    }

    record CallAnswered(String callId, Instant at) implements CallEvent {
    }

    /** The caller hung up while queued. */
    record CallAbandoned(String callId, Instant at) implements CallEvent {
    }

    record CallClassified(String callId, Classification classification, String note, String crisisTopic,
                          String crisisMessageId, Instant at) implements CallEvent {
    }

    /**
     * The operator corrected a classification: the call is now {@code classification}, for {@code reason}. What the
     * first classification started is closed or kept as the operator chose, by the centre, in the same commit.
     */
    record CallReclassified(String callId, Classification from, Classification classification, String reason,
                            String note, String crisisTopic, String crisisMessageId, Instant at) implements CallEvent {
    }

    /** A link to what another module made of the call (triage case, dispatch incident, social decision, transfer). */
    record CaseLinked(String callId, CaseLinkKind kind, String reference, String summary, Instant at)
            implements CallEvent {
    }

    /** A reported position (AML, PIDF-LO) was attached, with the municipality the boundaries gave for it. */
    record PositionReported(String callId, ReportedPosition position, MunicipalityLocation located, Instant at)
            implements CallEvent {
    }

    /** The operator corrected the position; the reported ones are kept. */
    record PositionCorrected(String callId, GeoPoint point, String reason, MunicipalityLocation located, Instant at)
            implements CallEvent {
    }

    /** The operator chose or corrected the municipality; the located one is kept. */
    record MunicipalityChosen(String callId, String code, String name, String reason, Instant at)
            implements CallEvent {
    }

    record CallHandled(String callId, String outcome, Instant at) implements CallEvent {
    }

    record CallClosed(String callId, Instant at) implements CallEvent {
    }

    /** A 116 000 report was taken on the call. */
    record MissingChildReported(String callId, MissingChildReport report, Instant at) implements CallEvent {
    }

    /** The 116 000 report was handed over to the responsible organisation. */
    record MissingChildReportHandedOver(String callId, String organisationName, PhoneNumber organisationNumber,
                                        Instant at) implements CallEvent {
    }

    /** An approved 113 13 crisis message was published for operators to read from. */
    record CrisisMessagePublished(String messageId, String topic, String text, List<String> areaCodes,
                                  Instant validFrom, Instant validTo, String approvedBy, Instant at)
            implements CallEvent {
    }

    record CrisisMessageWithdrawn(String messageId, String reason, Instant at) implements CallEvent {
    }
}
