package se.larmcentral.dispatch;

/**
 * The answer to an assignment: which unit was alerted to which incident, how it was taken and why.
 *
 * @param kind           how the unit was taken (available, redirection, hospital overdue)
 * @param fromIncidentId the incident the unit left, or null
 */
public record Assignment(String unitId, String incidentId, Eligibility.Kind kind, String fromIncidentId, String explanation) {
}
