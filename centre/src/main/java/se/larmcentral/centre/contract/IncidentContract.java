package se.larmcentral.centre.contract;

import se.larmcentral.calls.MunicipalityLocation;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.crisis.contract.CareContract;

import java.util.Optional;

/**
 * Which regional contract a place falls under: its county's, found through the municipality boundaries. Without
 * boundaries, or at sea, the centre's only contract (with several, none: the centre cannot tell).
 */
public final class IncidentContract {

    private IncidentContract() {
    }

    public static Optional<CareContract> of(CentreState state, GeoPoint position) {
        if (state.contracts().all().isEmpty()) {
            return Optional.empty();
        }
        String municipality = null;
        if (state.region().checked() && position != null) {
            MunicipalityLocation located = state.region().lookup().locate(position);
            municipality = located.found() ? located.code() : null;
        }
        return state.contracts().covering(municipality);
    }
}
