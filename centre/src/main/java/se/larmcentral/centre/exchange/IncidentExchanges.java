package se.larmcentral.centre.exchange;

import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The incidents received from and passed to other centres, by incident id here. */
public final class IncidentExchanges implements Projection {

    /** An incident's exchange: received (who sent it, who imported it), and handed over (to whom, by whom). */
    public record Exchange(String incidentId, ExchangeEvent.IncidentImported imported, String importedBy,
                           ExchangeEvent.IncidentHandedOver handedOver, String handedOverBy) {
    }

    private final Map<String, Exchange> byIncident = new LinkedHashMap<>();

    @Override
    public synchronized void apply(Recorded recorded) {
        if (recorded.event() instanceof ExchangeEvent.IncidentImported imported) {
            Exchange was = byIncident.get(imported.incidentId());
            byIncident.put(imported.incidentId(), new Exchange(imported.incidentId(), imported, recorded.actor().id(),
                    was == null ? null : was.handedOver(), was == null ? null : was.handedOverBy()));
        } else if (recorded.event() instanceof ExchangeEvent.IncidentHandedOver over) {
            Exchange was = byIncident.get(over.incidentId());
            byIncident.put(over.incidentId(), new Exchange(over.incidentId(), was == null ? null : was.imported(),
                    was == null ? null : was.importedBy(), over, recorded.actor().id()));
        }
    }

    public synchronized Optional<Exchange> of(String incidentId) {
        return Optional.ofNullable(byIncident.get(incidentId));
    }

    public synchronized Collection<Exchange> all() {
        return java.util.List.copyOf(byIncident.values());
    }
}
