package se.larmcentral.dispatch;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.dispatch.DispatchEvent.UnitRelocated;

import java.time.Instant;

/**
 * Förflyttning: send a free unit to stand by at another station (a move-up, or home again after one). The unit
 * becomes available mobile on its way there (still free for any assignment) and reports available at station on
 * arrival, as after any drive. Refused: an unknown unit or station, a unit that is not free (only available at
 * station, available mobile or clear may move), the station it already stands at, a reason over 500 characters.
 */
public record RelocateUnit(String unitId, String stationId, String reason) implements Command<DispatchState, Relocation> {

    public static final int MAX_REASON = 500;

    @Override
    public Decision<Relocation> decide(DispatchState state, Instant now) {
        Unit unit = state.requireUnit("unitId", unitId);
        if (stationId == null || stationId.isBlank()) {
            throw new InvalidInputException("stationId", "is missing: name the station the unit should stand by at");
        }
        if (state.station(stationId).isEmpty()) {
            throw new NotFoundException("stationId", "unknown station '" + stationId + "'");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "at most " + MAX_REASON + " characters, was " + reason.length());
        }
        if (!unit.status().isAvailable()) {
            throw new ConflictException("status", "unit " + unitId + " is " + unit.status()
                    + "; only a free unit (AVAILABLE_AT_STATION, AVAILABLE_MOBILE, CLEAR) can be moved to another station");
        }
        if (unit.stationId().equals(stationId)) {
            throw new ConflictException("stationId", "unit " + unitId + " already stands by at station " + stationId
                    + (unit.status() == UnitStatus.AVAILABLE_AT_STATION ? "" : " (on its way there)"));
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        return Decision.of(new Relocation(unitId, unit.stationId(), stationId, unit.status(), UnitStatus.AVAILABLE_MOBILE),
                new UnitRelocated(unitId, unit.stationId(), stationId, unit.status(), text, now));
    }
}
