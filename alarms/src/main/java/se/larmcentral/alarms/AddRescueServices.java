package se.larmcentral.alarms;

import se.larmcentral.alarms.plans.CustomerRegister;
import se.larmcentral.alarms.plans.RescueService;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;

import java.time.Instant;
import java.util.List;

/**
 * Registers each rescue service of a list whose municipality has none yet (the demo table for Stockholm County);
 * one already registered is kept as the administrator set it. Answers how many were added.
 */
public record AddRescueServices(List<RescueService> services) implements Command<CentreState, AddRescueServices.Added> {

    public AddRescueServices {
        services = List.copyOf(services);
    }

    /** How many municipalities got a service, and how many already had one. */
    public record Added(int added, int kept) {
    }

    @Override
    public Decision<Added> decide(CentreState state, Instant now) {
        CustomerRegister register = state.extension(AlarmLog.class).register();
        List<DomainEvent> events = services.stream().filter(s -> register.rescueService(s.municipalityCode()).isEmpty())
                .<DomainEvent>map(AlarmEvent.RescueServiceSaved::new).toList();
        return Decision.of(new Added(events.size(), services.size() - events.size()), events);
    }
}
