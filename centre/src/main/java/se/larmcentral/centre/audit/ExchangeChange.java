package se.larmcentral.centre.audit;

import se.larmcentral.centre.exchange.ExchangeEvent;
import se.larmcentral.core.Recorded;

import java.util.List;
import java.util.Set;

/** An incident received from or handed over to another centre, as the audit lists it: who, from or to whom. */
final class ExchangeChange {

    static final Set<String> EVENT_TYPES = Set.of("centre.IncidentImported", "centre.IncidentHandedOver");

    private ExchangeChange() {
    }

    static AuditEntry entry(Recorded recorded, String eventType) {
        String summary = switch ((ExchangeEvent) recorded.event()) {
            case ExchangeEvent.IncidentImported imported -> recorded.actor().id() + " imported incident "
                    + imported.incidentId() + " from " + imported.fromAgency()
                    + (imported.fromAgent() == null ? "" : " (" + imported.fromAgent() + ")")
                    + (imported.references().isEmpty() ? "" : ", their id " + imported.references().getFirst());
            case ExchangeEvent.IncidentHandedOver over -> recorded.actor().id() + " handed incident " + over.incidentId()
                    + " over to " + over.toCentre() + ": " + over.reason();
        };
        String incident = switch ((ExchangeEvent) recorded.event()) {
            case ExchangeEvent.IncidentImported imported -> imported.incidentId();
            case ExchangeEvent.IncidentHandedOver over -> over.incidentId();
        };
        return new AuditEntry(recorded.sequence(), recorded.at(), recorded.actor().id(), recorded.actor().kind().name(),
                eventType, AuditSubject.INCIDENT_EXCHANGE, incident, List.of(), summary, null, recorded.event());
    }
}
