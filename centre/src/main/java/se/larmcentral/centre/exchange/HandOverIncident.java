package se.larmcentral.centre.exchange;

import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.CancelIncident;
import se.larmcentral.dispatch.Incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes one open incident to a neighbouring centre (överlämning): records {@code centre.IncidentHandedOver} with
 * the centre and the EIDO sent, and cancels the incident here with the same reason (its units without a patient
 * stood down; refused while a unit has the patient on board, as a cancellation is). The EIDO itself is made and
 * checked by the front before this runs.
 */
public record HandOverIncident(String incidentId, String toCentre, String reason, String eido)
        implements Command<CentreState, ExchangeEvent.IncidentHandedOver> {

    @Override
    public Decision<ExchangeEvent.IncidentHandedOver> decide(CentreState state, Instant now) {
        Incident incident = state.dispatch().requireIncident("incidentId", incidentId);
        if (toCentre == null || toCentre.isBlank()) {
            throw new InvalidInputException("toCentre", "name the centre that takes the incident over");
        }
        if (toCentre.length() > 200) {
            throw new InvalidInputException("toCentre", "at most 200 characters, was " + toCentre.length());
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "say why the incident is handed over");
        }
        if (reason.length() > 500) {
            throw new InvalidInputException("reason", "at most 500 characters, was " + reason.length());
        }
        if (!incident.isOpen()) {
            throw new ConflictException("incidentId", "incident " + incidentId + " is " + incident.status()
                    + ": only an open incident is handed over");
        }
        List<DomainEvent> events = new ArrayList<>(new CancelIncident(incidentId, "handed over to " + toCentre + ": "
                + reason).decide(state.dispatch(), now).events());
        ExchangeEvent.IncidentHandedOver over = new ExchangeEvent.IncidentHandedOver(incidentId, toCentre, reason, eido, now);
        events.add(over);
        return Decision.of(over, events);
    }
}
