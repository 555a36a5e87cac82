package se.larmcentral.centre.exchange;

import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.GeoPoint;

import java.time.Instant;
import java.util.List;

/**
 * Incidents exchanged with another centre (journal names {@code centre.IncidentImported},
 * {@code centre.IncidentHandedOver}). Who imported or handed over is the recorded actor; from or to whom is here.
 */
public sealed interface ExchangeEvent extends DomainEvent {

    /**
     * An incident received from another centre.
     *
     * @param incidentId      the incident here
     * @param fromAgency      the sending agency as it names itself
     * @param fromAgent       the agent there who last updated it, or null
     * @param references      the sender's own ids (the document, its incident and calls), kept as they came
     * @param position        the point it gave, or null when it gave none (then no dispatch incident is made yet)
     * @param place           the place in words as it gave it (an address), or null
     * @param priority        the priority here (1-4)
     * @param priorityMapping how that priority was reached from the sender's, in words
     * @param notes           its history and notes, oldest first
     * @param dispatched      whether a dispatch incident was made with it
     */
    record IncidentImported(String incidentId, String fromAgency, String fromAgent, List<String> references,
                            GeoPoint position, String place, int priority, String priorityMapping,
                            List<ImportedNote> notes, boolean dispatched, Instant at) implements ExchangeEvent {
        public IncidentImported {
            references = List.copyOf(references);
            notes = List.copyOf(notes);
        }
    }

    /**
     * An open incident passed to another centre (överlämnat): the EIDO sent, the incident here cancelled with the
     * same reason.
     *
     * @param toCentre the centre that takes it over
     * @param eido     the EIDO's id as sent
     */
    record IncidentHandedOver(String incidentId, String toCentre, String reason, String eido, Instant at)
            implements ExchangeEvent {
    }
}
