package se.larmcentral.bench.journal;

import se.larmcentral.core.DomainEvent;

/** The event the journal benchmark records: about the size of a real unit status change. */
public sealed interface BenchEvent extends DomainEvent {

    record StatusReported(String unitId, String status, String incidentId, double lat, double lon, String note)
            implements BenchEvent {
    }
}
