package se.larmcentral.dispatch;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.dispatch.DispatchEvent.DestinationChosen;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Records the hospital a unit takes its patient to, so the incident keeps it after the unit has left. Possible from
 * the scene until the hand-over (on scene, transporting, at hospital); choosing again replaces the choice.
 */
public record ChooseDestination(String unitId, String hospitalId) implements Command<DispatchState, Hospital> {

    private static final Set<UnitStatus> WITH_PATIENT = EnumSet.of(UnitStatus.ON_SCENE, UnitStatus.TRANSPORT,
            UnitStatus.AT_HOSPITAL);

    @Override
    public Decision<Hospital> decide(DispatchState state, Instant now) {
        Unit unit = state.requireUnit("unitId", unitId);
        Hospital hospital = state.hospital(hospitalId == null ? "" : hospitalId.strip()).orElseThrow(() ->
                new NotFoundException("hospitalId", "there is no hospital '" + hospitalId
                        + "'; the fleet's hospitals are listed by GET /api/dispatch/fleet"));
        if (unit.incidentId() == null || !WITH_PATIENT.contains(unit.status())) {
            throw new ConflictException("unitId", "unit " + unitId + " is " + unit.status()
                    + (unit.incidentId() == null ? " without an incident" : "")
                    + ": a destination is chosen on scene, in transport or at hospital");
        }
        return Decision.of(hospital, new DestinationChosen(unit.incidentId(), unitId, hospital.id(), now));
    }
}
