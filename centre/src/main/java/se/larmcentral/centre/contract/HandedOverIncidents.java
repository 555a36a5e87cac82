package se.larmcentral.centre.contract;

import se.larmcentral.core.ConflictException;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.dispatch.DispatchEvent;
import se.larmcentral.journal.EventCheck;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a handed-over incident read-only here: the incidents handed over, told by the centre's state as it applies
 * {@code IncidentHandedOver}, and the check that refuses any dispatch event about one of them, whichever front or
 * process decided it. A crew's own status reports still pass (the units finish what they are doing).
 *
 * <p>The set is filled on the writer thread as the event is applied, before it is durable; should that commit fail,
 * the incident is read-only a little early, and the contract timer's next tick records the hand-over.
 */
public final class HandedOverIncidents implements EventCheck {

    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    public void add(String incidentId) {
        ids.add(incidentId);
    }

    public boolean contains(String incidentId) {
        return ids.contains(incidentId);
    }

    @Override
    public void check(DomainEvent event, Instant now) {
        if (ids.isEmpty() || !(event instanceof DispatchEvent)
                || event instanceof DispatchEvent.UnitStatusChanged || event instanceof DispatchEvent.StatusReportReceived) {
            return;
        }
        String incidentId = incidentId(event);
        if (incidentId != null && ids.contains(incidentId)) {
            throw new ConflictException("incidentId", "incident " + incidentId + " was handed over at the end of the"
                    + " regional contract and is read-only here; the receiving party works on it now");
        }
    }

    private static String incidentId(DomainEvent event) {
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getName().equals("incidentId")) {
                try {
                    return (String) component.getAccessor().invoke(event);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component.getName(), e);
                }
            }
        }
        return null;
    }
}
