package se.larmcentral.web.dispatch;

import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.Incident;
import se.larmcentral.dispatch.Milestone;

import java.util.Comparator;
import java.util.List;

/**
 * The incident list as GET /api/dispatch/incidents gives it: by priority, then by when the call was queued. One
 * place, so the command line reading the journal itself lists them in the same order.
 */
public final class IncidentListing {

    static final Comparator<Incident> BY_PRIORITY = Comparator.comparingInt(Incident::priority)
            .thenComparing(i -> i.times().get(Milestone.QUEUED).orElseThrow())
            .thenComparing(Incident::id);

    private IncidentListing() {
    }

    /** @param priority only this priority, or null for all; {@code openOnly}: only queued and assigned incidents */
    public static List<Incident> of(DispatchState state, Integer priority, boolean openOnly) {
        return state.incidents().stream()
                .filter(i -> (priority == null || i.priority() == priority) && (!openOnly || i.isOpen()))
                .sorted(BY_PRIORITY).toList();
    }
}
