package se.larmcentral.centre.audit;

import se.larmcentral.core.Recorded;
import se.larmcentral.crisis.incident.MajorIncident;
import se.larmcentral.crisis.incident.MajorIncidentEvent;
import se.larmcentral.crisis.incident.MajorIncidents;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a supervisor's declaration, amendment or ending changed a major incident, from the incidents just before and
 * just after. The calls marked with it are not listed: they are the process's, not a person's, change.
 */
final class MajorIncidentChange {

    /** The journal's names of the events listed: only these rows are decoded. */
    static final Set<String> EVENT_TYPES = Set.of("crisis.MajorIncidentDeclared", "crisis.MajorIncidentAmended",
            "crisis.MajorIncidentEnded");

    private final String incidentId;
    private final MajorIncident before;
    private final Set<String> municipalities = new TreeSet<>();

    private MajorIncidentChange(String incidentId, MajorIncidents before) {
        this.incidentId = incidentId;
        this.before = before.incident(incidentId).orElse(null);
        if (this.before != null) {
            municipalities.addAll(this.before.area().municipalities());
        }
    }

    static Optional<MajorIncidentChange> of(MajorIncidents before, Recorded recorded) {
        return switch (recorded.event()) {
            case MajorIncidentEvent.MajorIncidentDeclared e -> Optional.of(new MajorIncidentChange(e.incidentId(), before));
            case MajorIncidentEvent.MajorIncidentAmended e -> Optional.of(new MajorIncidentChange(e.incidentId(), before));
            case MajorIncidentEvent.MajorIncidentEnded e -> Optional.of(new MajorIncidentChange(e.incidentId(), before));
            default -> Optional.empty();
        };
    }

    AuditEntry after(Recorded recorded, String eventType, MajorIncidents incidentsAfter) {
        MajorIncident after = incidentsAfter.incident(incidentId).orElse(null);
        if (after != null) {
            municipalities.addAll(after.area().municipalities());
        }
        return new AuditEntry(recorded.sequence(), recorded.at(), recorded.actor().id(), recorded.actor().kind().name(),
                eventType, AuditSubject.MAJOR_INCIDENTS, incidentId, List.copyOf(municipalities),
                summary(recorded, after), before, after);
    }

    private static String summary(Recorded recorded, MajorIncident after) {
        String what = after == null ? "" : " (" + after.type().swedish() + ")";
        return switch (recorded.event()) {
            case MajorIncidentEvent.MajorIncidentDeclared e -> "major incident " + e.incidentId() + " declared" + what;
            case MajorIncidentEvent.MajorIncidentAmended e -> "major incident " + e.incidentId() + " amended" + what
                    + (e.reason().isEmpty() ? "" : ": " + e.reason());
            case MajorIncidentEvent.MajorIncidentEnded e -> "major incident " + e.incidentId() + " ended" + what
                    + (e.reason().isEmpty() ? "" : ": " + e.reason());
            default -> recorded.event().getClass().getSimpleName();
        };
    }
}
