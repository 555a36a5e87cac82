package se.larmcentral.alarms;

import se.larmcentral.alarms.plans.RescueService;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;

import java.time.Instant;

/** Registers the rescue service of one municipality, or replaces it. */
public record SaveRescueService(RescueService service) implements Command<CentreState, RescueService> {

    @Override
    public Decision<RescueService> decide(CentreState state, Instant now) {
        return Decision.of(service, new AlarmEvent.RescueServiceSaved(service));
    }
}
