package se.larmcentral.centre.crisis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallEvent;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.CommandPort;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.Recorded;
import se.larmcentral.crisis.incident.MajorIncident;
import se.larmcentral.crisis.incident.MajorIncidentEvent;
import se.larmcentral.crisis.incident.MajorIncidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Marks calls from a major incident's area (crisis's {@code MajorIncidentCallMarked}): after a call is queued or its
 * position or municipality changes, and after an incident is declared or its area amended (every call queued since
 * its start). The call processes run it on their worker, so a front's command returns with the marks recorded.
 */
public final class MajorIncidentMarking {

    private static final Logger LOG = LoggerFactory.getLogger(MajorIncidentMarking.class);

    private final CommandPort port;
    private final Actor actor;

    public MajorIncidentMarking(CommandPort port, Actor actor) {
        this.port = port;
        this.actor = actor;
    }

    /** After a commit: marks the calls its events may have brought into an area. */
    public void onCommitted(List<Recorded> events) {
        markNow(port.read(state -> {
            Set<String> calls = new LinkedHashSet<>();
            for (Recorded recorded : events) {
                calls.addAll(concerned(state, recorded.event(), recorded.at()));
            }
            return calls;
        }));
    }

    /** At start: whatever a stop left unmarked for the incidents not ended. */
    public void start() {
        markNow(port.read(state -> {
            Set<String> calls = new LinkedHashSet<>();
            for (MajorIncident m : state.majorIncidents().current()) {
                state.calls().callsQueuedIn(m.start(), Instant.MAX).forEach(call -> calls.add(call.id()));
            }
            return calls;
        }));
    }

    private void markNow(Set<String> calls) {
        // a failure here must not stop the call processes that run on the same worker
        try {
            if (calls.isEmpty() || port.read(state -> mark(calls).decide(state, Instant.EPOCH).events().isEmpty())) {
                return;
            }
            port.execute(actor, mark(calls));
        } catch (RuntimeException e) {
            LOG.warn("calls {} not marked with their major incidents: {}", calls, e.getMessage());
        }
    }

    /** The calls an event may bring into a major incident's area. */
    static Collection<String> concerned(CentreState state, DomainEvent event, Instant at) {
        return switch (event) {
            case CallEvent.CallQueued e -> List.of(e.callId());
            case CallEvent.PositionReported e -> List.of(e.callId());
            case CallEvent.PositionCorrected e -> List.of(e.callId());
            case CallEvent.MunicipalityChosen e -> List.of(e.callId());
            case MajorIncidentEvent.MajorIncidentDeclared e -> queuedSinceStart(state, e.incidentId());
            case MajorIncidentEvent.MajorIncidentAmended e -> queuedSinceStart(state, e.incidentId());
            default -> List.of();
        };
    }

    private static List<String> queuedSinceStart(CentreState state, String incidentId) {
        return state.majorIncidents().incident(incidentId)
                .map(m -> state.calls().callsQueuedIn(m.start(), m.ended() ? m.endedAt() : Instant.MAX).stream()
                        .map(Call::id).toList())
                .orElse(List.of());
    }

    /**
     * Marks each of these calls with the incidents that covered its best point or municipality when it was queued;
     * records nothing for a call marked already. Calls are independent: their marks decide on the same state.
     */
    public static Command<CentreState, Integer> mark(Collection<String> callIds) {
        List<String> ids = List.copyOf(callIds);
        return (state, now) -> {
            List<DomainEvent> events = new ArrayList<>();
            for (String id : ids) {
                state.calls().call(id).ifPresent(call -> events.addAll(MajorIncidents.markCall(call.id(),
                        call.position().bestPoint().orElse(null), call.municipalityCode().orElse(null),
                        call.queuedAt()).decide(state.majorIncidents(), now).events()));
            }
            return Decision.of(events.size(), events);
        };
    }
}
