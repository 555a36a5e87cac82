package se.larmcentral.centre.contract;

import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.shiftlog.ShiftLog;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.crisis.contract.CareContract;
import se.larmcentral.crisis.contract.ContractEvent;
import se.larmcentral.dispatch.Incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hands one open incident over to the receiving party once its region's contract has ended (överlämning): one event,
 * once, with a line in the shift log in the same commit. Already handed over: nothing recorded, the earlier hand-over answered, so the step can be run again after a
 * restart. Refused while the contract is in force, and for an incident no contract covers or that is not open.
 */
public record HandOverIncident(String incidentId) implements Command<CentreState, ContractEvent.IncidentHandedOver> {

    @Override
    public Decision<ContractEvent.IncidentHandedOver> decide(CentreState state, Instant now) {
        Optional<ContractEvent.IncidentHandedOver> earlier = state.contracts().handOver(incidentId);
        if (earlier.isPresent()) {
            return Decision.of(earlier.get());
        }
        Incident incident = state.dispatch().requireIncident("incidentId", incidentId);
        CareContract contract = IncidentContract.of(state, incident.position()).orElseThrow(() ->
                new ConflictException("incidentId", "incident " + incidentId + " falls under no regional contract"));
        if (!contract.endedAt(now)) {
            throw new ConflictException("incidentId", "the contract for " + contract.region().text()
                    + " is in force until " + contract.endText() + "; incident " + incidentId + " stays here");
        }
        if (!incident.isOpen()) {
            throw new ConflictException("incidentId", "incident " + incidentId + " is " + incident.status()
                    + "; only an open incident is handed over");
        }
        ContractEvent.IncidentHandedOver handedOver = new ContractEvent.IncidentHandedOver(incidentId,
                contract.region().countyCode(), contract.receiver(), contract.endsAt(), now);
        List<DomainEvent> events = new ArrayList<>(List.of(handedOver));
        events.addAll(ShiftLog.write("Ärende " + incidentId + " överlämnat till " + contract.receiver().name() + " ("
                + contract.receiver().contact() + "): avtalet om ambulanssjukvård för " + contract.region().text()
                + " upphörde " + contract.endText()).decide(state.shiftLog(), now).events());
        return Decision.of(handedOver, events);
    }
}
