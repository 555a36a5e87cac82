package se.larmcentral.alarms;

import se.larmcentral.alarms.desk.RescueTarget;
import se.larmcentral.alarms.plans.AlarmObject;
import se.larmcentral.calls.MunicipalityLocation;
import se.larmcentral.centre.CentreState;

import java.util.Optional;

/**
 * Finds the rescue service for an object: its municipality from its position over the centre's municipality
 * boundaries, then the service registered for that municipality; or why not, in Swedish for the operator.
 */
final class RescueTargets {

    private RescueTargets() {
    }

    static RescueTarget of(CentreState state, String objectId) {
        AlarmLog log = state.extension(AlarmLog.class);
        Optional<AlarmObject> object = objectId == null ? Optional.empty() : log.register().object(objectId);
        if (object.isEmpty()) {
            return new RescueTarget.Unknown("kontot hör inte till något larmobjekt, så kommunen är okänd");
        }
        AlarmObject o = object.get();
        MunicipalityLocation located = state.region().lookup().locate(o.position());
        if (!located.found()) {
            return new RescueTarget.Unknown("kommunen för objektet " + o.id() + " (" + o.position().lat() + ","
                    + o.position().lon() + ") kan inte bestämmas" + (state.region().lookup().configured()
                    ? ", positionen ligger i ingen kommun" : ": inga kommungränser är inlästa"));
        }
        return log.register().rescueService(located.code()).<RescueTarget>map(RescueTarget.Known::new)
                .orElseGet(() -> new RescueTarget.Unknown("ingen räddningstjänst är registrerad för kommunen "
                        + located.code() + " " + located.name()));
    }
}
