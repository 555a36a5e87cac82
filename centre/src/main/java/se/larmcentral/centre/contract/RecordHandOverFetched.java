package se.larmcentral.centre.contract;

import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.crisis.contract.ContractEvent;

import java.time.Instant;
import java.util.List;

/**
 * Records that the hand-over's EIDO documents were fetched (who is the journal's actor, when its instant), so the
 * audit shows who took the handed-over incidents out of the centre. Nothing fetched, nothing recorded.
 */
public record RecordHandOverFetched(String countyCode, String receiver, List<String> incidentIds)
        implements Command<CentreState, Boolean> {

    public RecordHandOverFetched {
        incidentIds = List.copyOf(incidentIds);
    }

    @Override
    public Decision<Boolean> decide(CentreState state, Instant now) {
        if (incidentIds.isEmpty()) {
            return Decision.of(false);
        }
        return Decision.of(true, List.of(new ContractEvent.HandOverDocumentsFetched(countyCode, receiver, incidentIds)));
    }
}
