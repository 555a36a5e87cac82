package se.larmcentral.centre.process;

import se.larmcentral.dispatch.UnitType;

import java.util.Optional;

/**
 * The one mapping between the unit a triage response plan asks for and the unit type dispatch sends. Triage speaks
 * of what the patient needs, dispatch of the fleet's vehicles; {@code NONE} (advice, a referral to 1177) sends
 * nothing, so no incident is made.
 */
public final class IncidentUnits {

    private IncidentUnits() {
    }

    public static Optional<UnitType> of(se.larmcentral.triage.UnitType planned) {
        return switch (planned) {
            case AMBULANCE -> Optional.of(UnitType.AMBULANCE);
            case PSYCHIATRIC_AMBULANCE -> Optional.of(UnitType.PSYCHIATRIC_AMBULANCE);
            case PATIENT_TRANSPORT -> Optional.of(UnitType.PATIENT_TRANSPORT);
            case NONE -> Optional.empty();
        };
    }
}
