package se.larmcentral.telephony;

import se.larmcentral.calls.Call;
import se.larmcentral.centre.CentreState;
import se.larmcentral.crisis.incident.MajorIncident;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which major incident's message a waiting caller hears instead of {@code queue.wav}, decided when it is due (by then
 * the centre has marked the call from its position or municipality):
 * <ol>
 *   <li>a call marked with an active incident: that incident's (the latest declared of several);</li>
 *   <li>a call whose place is not known (no point, no municipality: the line cannot tell where the caller is) while
 *       an incident is active: the latest declared active incident's;</li>
 *   <li>otherwise none: the normal queue message.</li>
 * </ol>
 */
final class QueueMessageChoice {

    private QueueMessageChoice() {
    }

    static Optional<String> choose(CentreState state, String callId, Instant now) {
        List<MajorIncident> active = state.majorIncidents().activeAt(now);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        Comparator<MajorIncident> latest = Comparator.comparing(MajorIncident::declaredAt).thenComparing(MajorIncident::id);
        var marks = state.majorIncidents().marksOf(callId);
        Optional<MajorIncident> marked = active.stream().filter(m -> marks.contains(m.id())).max(latest);
        if (marked.isPresent()) {
            return marked.map(MajorIncident::id);
        }
        Optional<Call> call = state.calls().call(callId);
        boolean placeUnknown = call.isEmpty() || (call.get().position().bestPoint().isEmpty()
                && call.get().municipalityCode().isEmpty());
        return placeUnknown ? active.stream().max(latest).map(MajorIncident::id) : Optional.empty();
    }
}
