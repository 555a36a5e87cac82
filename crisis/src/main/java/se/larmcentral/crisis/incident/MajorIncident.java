package se.larmcentral.crisis.incident;

import se.larmcentral.core.GeoPoint;

import java.time.Instant;

/**
 * A major incident (särskild händelse / allvarlig händelse) as declared and amended by supervisors.
 *
 * @param expectedEnd    when it is expected to be over: shown, not enforced (a supervisor ends it)
 * @param callTakerText  what call-takers and dispatchers read in the banner
 * @param callerText     what callers in the queue hear (spoken by the telephony)
 * @param endedAt        null while not ended
 */
public record MajorIncident(String id, MajorIncidentType type, IncidentArea area, Instant start, Instant expectedEnd,
                            String callTakerText, String callerText, String declaredBy, Instant declaredAt,
                            Instant amendedAt, Instant endedAt, String endedBy, String endReason) {

    /** Active at {@code instant}: started, and not ended at or before it. */
    public boolean activeAt(Instant instant) {
        return !instant.isBefore(start) && (endedAt == null || instant.isBefore(endedAt));
    }

    /** Whether a place (point and/or municipality, either may be null) lies in its area while it is active at {@code instant}. */
    public boolean covers(GeoPoint point, String municipalityCode, Instant instant) {
        return activeAt(instant) && area.covers(point, municipalityCode);
    }

    public boolean ended() {
        return endedAt != null;
    }
}
