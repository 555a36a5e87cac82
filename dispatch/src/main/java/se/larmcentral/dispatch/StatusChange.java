package se.larmcentral.dispatch;

/** The answer to a status report: the change made and the incident it concerned (or null). */
public record StatusChange(String unitId, UnitStatus from, UnitStatus to, String incidentId) {
}
