package se.larmcentral.crisis.contract;

import se.larmcentral.core.DomainEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the contract records. Plain records so the journal serialises them; the centre registers them as
 * {@code contract.<RecordName>}, so renaming one is a journal format change.
 */
public sealed interface ContractEvent extends DomainEvent {

    /** A supervisor or administrator recorded an extension decided on {@code decidedOn}. */
    record ContractExtended(String countyCode, LocalDate newEnd, LocalDate decidedOn, String reason)
            implements ContractEvent {
    }

    /** The supervisor was reminded of the end, {@code daysBefore} days before {@code endsAt}. */
    record ContractReminderGiven(String countyCode, int daysBefore, Instant endsAt, String reason)
            implements ContractEvent {
    }

    /**
     * An open incident of the region was handed over to the receiving party at the contract's end; from here on it
     * is read-only in this centre.
     */
    record IncidentHandedOver(String incidentId, String countyCode, ReceivingParty receiver, Instant endsAt,
                              Instant at) implements ContractEvent {
    }

    /**
     * Someone fetched the EIDO documents of the incidents handed over at the contract's end (to give the receiving
     * party): kept for the audit, since they carry patients' data out of the centre.
     *
     * @param receiver    the receiving party's name, as the documents name it
     * @param incidentIds the incidents whose documents were given, in order
     */
    record HandOverDocumentsFetched(String countyCode, String receiver, List<String> incidentIds)
            implements ContractEvent {
        public HandOverDocumentsFetched {
            incidentIds = List.copyOf(incidentIds);
        }
    }
}
