package se.larmcentral.dispatch;

/** The answer to {@link RelocateUnit}: where the unit was counted, where it goes, and its status now. */
public record Relocation(String unitId, String fromStationId, String toStationId, UnitStatus from, UnitStatus to) {
}
