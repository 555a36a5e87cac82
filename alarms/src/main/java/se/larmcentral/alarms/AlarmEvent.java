package se.larmcentral.alarms;

import se.larmcentral.alarms.codes.AlarmClass;
import se.larmcentral.alarms.dc09.MessageType;
import se.larmcentral.alarms.desk.AlarmPriority;
import se.larmcentral.alarms.desk.ClosingReason;
import se.larmcentral.alarms.desk.StepOutcome;
import se.larmcentral.alarms.plans.PlanStep;
import se.larmcentral.alarms.plans.StepKind;
import se.larmcentral.alarms.plans.ActionPlan;
import se.larmcentral.alarms.plans.AlarmObject;
import se.larmcentral.alarms.plans.Customer;
import se.larmcentral.alarms.plans.RescueService;
import se.larmcentral.alarms.dc09.Refusal;
import se.larmcentral.core.DomainEvent;

import java.time.Instant;
import java.util.List;

/** What the alarm receiving records in the journal (larmmottagning), named {@code alarms.<Record>}. */
public sealed interface AlarmEvent extends DomainEvent {

    /**
     * A DC-09 message taken from a transmitter, recorded before its ACK went out.
     *
     * @param account     the transmitter's account
     * @param sequence    its sequence number as sent (four digits)
     * @param type        SIA-DCS, ADM-CID, or NULL (a link test)
     * @param code        the event code ({@code BA}, {@code 130}); empty for a link test
     * @param zone        the zone or user, as sent; empty when none
     * @param qualifier   Contact ID's qualifier (NEW, RESTORE, PREVIOUS); empty otherwise
     * @param content     the clear data and extended data ({@code #1234|Nri1/BA12[X...]}): a resent message has the same
     * @param sentAt      the transmitter's timestamp, or null when it sent none
     * @param receivedAt  when the receiver read it, on the centre's clock
     * @param transmitter the address it came from ({@code 192.0.2.7:4711/TCP})
     * @param frame       the frame as received, without its LF and CR (encrypted as sent)
     */
    record MessageReceived(String account, String sequence, MessageType type, String code, String zone,
                           String qualifier, String content, Instant sentAt, Instant receivedAt, String transmitter,
                           String frame) implements AlarmEvent {
    }

    /**
     * Frames from one transmitter address that were not taken, summed over a span (at most one such event per
     * address a minute, so a flood cannot fill the journal).
     */
    record MessagesRefused(String transmitter, Instant from, Instant to, List<Count> counts, String lastDetail)
            implements AlarmEvent {

        public MessagesRefused {
            counts = List.copyOf(counts);
        }

        /** How many frames were refused for one reason. */
        public record Count(Refusal refusal, int frames) {
        }
    }

    /**
     * An account heard nothing past its supervision interval: a fault (överföringsfel) to act on.
     *
     * @param lastHeard its last message, or null when it was never heard
     * @param due       when a message was due at the latest
     */
    record TransmitterSilent(String account, Instant lastHeard, Instant due) implements AlarmEvent {
    }

    /** A silent account reported again: its fault is cleared. */
    record TransmitterHeardAgain(String account, Instant silentSince, Instant heardAt) implements AlarmEvent {
    }

    /** A customer of the alarm service registered or changed (kundregister). */
    record CustomerSaved(Customer customer) implements AlarmEvent {
    }

    /** An alarm object registered or changed: its site and transmitter accounts. */
    record AlarmObjectSaved(AlarmObject object) implements AlarmEvent {
    }

    /** An object's action plan for one class of signal set or replaced. */
    record ActionPlanSaved(ActionPlan plan) implements AlarmEvent {
    }

    /**
     * A received alarm (or fault, or unknown code) became a case for the operator (larmärende), in the commit that
     * recorded the signal: its priority and why, and the steps of the object's plan as they were then.
     *
     * @param zone       the zone or user as sent; empty when none (a restore of the same zone restores the case)
     * @param objectId   the object the account belongs to, or null when none
     * @param customerId the object's customer, or null
     * @param steps      the plan's steps; empty when there is no object or no plan for the class
     */
    record AlarmCaseOpened(String caseId, String account, String sequence, String code, String zone, AlarmClass alarmClass,
                           AlarmPriority priority, String explanation, String objectId, String customerId,
                           AlarmClass planClass, List<PlanStep> steps, Instant receivedAt) implements AlarmEvent {

        public AlarmCaseOpened {
            steps = List.copyOf(steps);
        }
    }

    /**
     * A restore signal for an open case came (BR after BA, FJ after FT, a Contact ID restore of the same event): the
     * cause has gone away at the panel; the case stays open for the operator to close.
     */
    record AlarmCaseRestored(String caseId, String code, Instant receivedAt) implements AlarmEvent {
    }

    /**
     * An operator took a case: from now on only they tick its steps and close it.
     *
     * @param from the colleague it was taken over from, or null when it was free
     */
    record AlarmCaseTaken(String caseId, String operator, String from) implements AlarmEvent {
    }

    /**
     * One step of a case's plan done, with its outcome and the operator's note.
     *
     * @param step the step's number in the plan, from 1
     */
    record AlarmStepDone(String caseId, String operator, int step, StepKind kind, StepOutcome outcome, String note)
            implements AlarmEvent {
    }

    /**
     * A case closed, with the reason and the operator's note.
     *
     * @param incidentId the centre's incident it was passed to (reason PASSED_TO_INCIDENT), or null
     */
    record AlarmCaseClosed(String caseId, String operator, ClosingReason reason, String note, String incidentId)
            implements AlarmEvent {
    }

    /** The rescue service of one municipality registered or changed (räddningstjänstregister). */
    record RescueServiceSaved(RescueService service) implements AlarmEvent {
    }

    /**
     * The rescue service of the object's municipality alerted for a case (räddningstjänst larmad): an alarm
     * incident for it, never the centre's ambulance queue.
     *
     * @param step     the plan's step it did, from 1
     * @param operator who alerted it; null when it was done automatically on receipt, as the plan's step said
     */
    record RescueServiceAlerted(String caseId, String objectId, String municipalityCode, String municipality,
                                String service, String alarmNumber, String alarmAddress, String code, int step,
                                String operator, Instant alertedAt) implements AlarmEvent {
    }
}
