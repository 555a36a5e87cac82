package se.larmcentral.crisis.incident;

import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.GeoPoint;

import java.time.Instant;
import java.util.List;

/** What is recorded about major incidents; journal names {@code crisis.<Record>}. */
public sealed interface MajorIncidentEvent extends DomainEvent {

    record MajorIncidentDeclared(String incidentId, MajorIncidentType type, List<String> municipalities,
                                 List<GeoPoint> polygon, Instant start, Instant expectedEnd, String callTakerText,
                                 String callerText, String account) implements MajorIncidentEvent {
    }

    /** The incident as amended: every field is the new whole value (the area replaces the old one). */
    record MajorIncidentAmended(String incidentId, List<String> municipalities, List<GeoPoint> polygon,
                                Instant expectedEnd, String callTakerText, String callerText, String reason,
                                String account) implements MajorIncidentEvent {
    }

    record MajorIncidentEnded(String incidentId, String reason, String account) implements MajorIncidentEvent {
    }

    /** A call from the area while the incident was active: kept so the answer-time figures can be told apart later. */
    record MajorIncidentCallMarked(String incidentId, String callId) implements MajorIncidentEvent {
    }
}
