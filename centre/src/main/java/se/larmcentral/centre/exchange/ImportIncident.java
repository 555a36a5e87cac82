package se.larmcentral.centre.exchange;

import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.dispatch.CreateIncidentInRegion;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.Identifier;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.CreateIncident;
import se.larmcentral.dispatch.UnitType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records an incident another centre sent (mottaget ärende) as a new incident here: with a point, a dispatch
 * incident in the pending queue (an ambulance needed, the priority mapped; outside the region with the sender named
 * as the reason, kept in the shift log) and the exchange record with the sender, its ids and its history; without a
 * point, the exchange record alone, waiting for a position. One commit: nothing is half recorded. The same
 * incident from the same sender (its first id) is imported once: again is a conflict naming the incident here.
 *
 * @param received the incident as read from the sender's document
 * @param queuedAt when the sender's call entered its queue (the start of the response time), or null: now
 */
public record ImportIncident(String incidentId, IncidentImport received, Instant queuedAt)
        implements Command<CentreState, ExchangeEvent.IncidentImported> {

    /** An incident as another centre describes it, read from its document. */
    public record IncidentImport(String fromAgency, String fromAgent, List<String> references,
                                 se.larmcentral.core.GeoPoint position, String place, int priority,
                                 String priorityMapping, List<ImportedNote> notes) {
    }

    @Override
    public Decision<ExchangeEvent.IncidentImported> decide(CentreState state, Instant now) {
        Identifier.require("incidentId", incidentId);
        if (received.fromAgency() == null || received.fromAgency().isBlank()) {
            throw new InvalidInputException("fromAgency", "name the centre that sent the incident");
        }
        if (state.dispatch().incident(incidentId).isPresent() || state.exchanges().of(incidentId).isPresent()) {
            throw new ConflictException("incidentId", "incident '" + incidentId + "' already exists");
        }
        if (!received.references().isEmpty()) {
            String theirs = received.references().getFirst();
            state.exchanges().all().stream().filter(e -> e.imported() != null
                            && e.imported().fromAgency().equals(received.fromAgency())
                            && e.imported().references().contains(theirs)).findFirst()
                    .ifPresent(e -> {
                        throw new ConflictException("references", "incident " + theirs + " from " + received.fromAgency()
                                + " was already imported as " + e.incidentId() + " by " + e.importedBy());
                    });
        }
        List<DomainEvent> events = new ArrayList<>();
        boolean dispatched = received.position() != null;
        if (dispatched) {
            Instant queued = queuedAt == null || queuedAt.isAfter(now) ? now : queuedAt;
            events.addAll(new CreateIncidentInRegion(new CreateIncident(incidentId, received.position(),
                    received.priority(), UnitType.AMBULANCE, queued),
                    "received from " + received.fromAgency() + " (EIDO)").decide(state, now).events());
        }
        ExchangeEvent.IncidentImported imported = new ExchangeEvent.IncidentImported(incidentId, received.fromAgency(),
                received.fromAgent(), received.references(), received.position(), received.place(), received.priority(),
                received.priorityMapping(), received.notes(), dispatched, now);
        events.add(imported);
        return Decision.of(imported, events);
    }
}
