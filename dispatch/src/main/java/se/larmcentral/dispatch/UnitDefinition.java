package se.larmcentral.dispatch;

import se.larmcentral.core.InvalidInputException;

import java.util.List;

/**
 * A unit as the fleet defines it, before it has any status.
 *
 * @param shifts when it is in service; empty means always
 */
public record UnitDefinition(String id, String callSign, UnitType type, String stationId, List<ShiftWindow> shifts) {

    public UnitDefinition {
        Ids.require("unitId", id);
        if (callSign == null || callSign.isBlank()) {
            callSign = id;
        }
        if (type == null) {
            throw new InvalidInputException("type", "unit " + id + " needs a type");
        }
        Ids.require("stationId", stationId);
        shifts = shifts == null ? List.of() : List.copyOf(shifts);
    }
}
