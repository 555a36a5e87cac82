package se.larmcentral.dispatch;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

/**
 * What a recommendation is asked for.
 *
 * @param incidentId an existing incident whose own units are left out, or null for a position not yet a case
 */
public record RecommendationRequest(GeoPoint position, int priority, UnitType neededType, String incidentId) {

    public RecommendationRequest {
        if (position == null) {
            throw new InvalidInputException("position", "is missing; give LAT,LON");
        }
        if (priority < 1 || priority > 4) {
            throw new InvalidInputException("priority", "must be 1, 2, 3 or 4, was " + priority);
        }
        if (neededType == null) {
            throw new InvalidInputException("neededType", "is missing");
        }
    }

    /** For the incident as the state holds it. */
    public static RecommendationRequest forIncident(Incident incident) {
        return new RecommendationRequest(incident.position(), incident.priority(), incident.neededType(), incident.id());
    }
}
