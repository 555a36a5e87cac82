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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks calls from a major incident's area (crisis's {@code MajorIncidentCallMarked}): after a call is queued or its
 * position or municipality changes, and after an incident is declared or its area amended (every call queued since
 * its start, and every call still waiting in the queue then, though queued before the start). The call processes run it on their worker, so a front's command returns with the marks recorded.
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
            Map<String, Instant> calls = new LinkedHashMap<>();
            for (Recorded recorded : events) {
                // a known waiting instant wins over none (Map.merge takes no null values)
                concerned(state, recorded.event(), recorded.at()).forEach((id, waitingAt) -> {
                    if (calls.get(id) == null) {
                        calls.put(id, waitingAt);
                    }
                });
            }
            return calls;
        }));
    }

    /** At start: whatever a stop left unmarked for the incidents not ended. */
    public void start() {
        markNow(port.read(state -> {
            Map<String, Instant> calls = new LinkedHashMap<>();
            for (MajorIncident m : state.majorIncidents().current()) {
                state.calls().callsQueuedIn(m.start(), Instant.MAX).forEach(call -> calls.putIfAbsent(call.id(), null));
                waitingAt(state, m.declaredAt()).forEach(calls::putIfAbsent);
            }
            return calls;
        }));
    }

    private void markNow(Map<String, Instant> calls) {
        // a failure here must not stop the call processes that run on the same worker
        try {
            if (calls.isEmpty() || port.read(state -> mark(calls).decide(state, Instant.EPOCH).events().isEmpty())) {
                return;
            }
            port.execute(actor, mark(calls));
        } catch (RuntimeException e) {
            LOG.warn("calls {} not marked with their major incidents: {}", calls.keySet(), e.getMessage());
        }
    }

    /**
     * The calls an event may bring into a major incident's area, each with the instant it was known to be waiting in
     * the queue (a declaration's or amendment's), or null.
     */
    static Map<String, Instant> concerned(CentreState state, DomainEvent event, Instant at) {
        return switch (event) {
            case CallEvent.CallQueued e -> single(e.callId());
            case CallEvent.PositionReported e -> single(e.callId());
            case CallEvent.PositionCorrected e -> single(e.callId());
            case CallEvent.MunicipalityChosen e -> single(e.callId());
            case MajorIncidentEvent.MajorIncidentDeclared e -> queuedSinceStartOrWaiting(state, e.incidentId(), at);
            case MajorIncidentEvent.MajorIncidentAmended e -> queuedSinceStartOrWaiting(state, e.incidentId(), at);
            default -> Map.of();
        };
    }

    private static Map<String, Instant> single(String callId) {
        Map<String, Instant> one = new LinkedHashMap<>();
        one.put(callId, null);
        return one;
    }

    private static Map<String, Instant> queuedSinceStartOrWaiting(CentreState state, String incidentId, Instant at) {
        Map<String, Instant> calls = new LinkedHashMap<>();
        state.majorIncidents().incident(incidentId).ifPresent(m -> state.calls()
                .callsQueuedIn(m.start(), m.ended() ? m.endedAt() : Instant.MAX).forEach(c -> calls.put(c.id(), null)));
        waitingAt(state, at).forEach(calls::putIfAbsent);
        return calls;
    }

    /**
     * The calls queued by {@code at} and still waiting now, so waiting then too. One answered between the event and
     * this read (the worker runs right after the commit) is not seen: a narrow gap, accepted.
     */
    private static Map<String, Instant> waitingAt(CentreState state, Instant at) {
        Map<String, Instant> calls = new LinkedHashMap<>();
        for (Call call : state.calls().queuedCalls()) {
            if (!call.queuedAt().isAfter(at)) {
                calls.put(call.id(), at);
            }
        }
        return calls;
    }

    /**
     * Marks each of these calls with the incidents that covered its best point or municipality when it was queued;
     * records nothing for a call marked already. Calls are independent: their marks decide on the same state.
     */
    public static Command<CentreState, Integer> mark(Collection<String> callIds) {
        Map<String, Instant> calls = new LinkedHashMap<>();
        callIds.forEach(id -> calls.put(id, null));
        return mark(calls);
    }

    /** As {@link #mark(Collection)}, each call with an instant it was waiting in the queue (or null). */
    public static Command<CentreState, Integer> mark(Map<String, Instant> callsWaitingAt) {
        Map<String, Instant> calls = new LinkedHashMap<>(callsWaitingAt);
        return (state, now) -> {
            List<DomainEvent> events = new ArrayList<>();
            calls.forEach((id, waitingAt) -> state.calls().call(id).ifPresent(call -> events.addAll(
                    MajorIncidents.markCall(call.id(), call.position().bestPoint().orElse(null),
                            call.municipalityCode().orElse(null), call.queuedAt(), waitingAt)
                            .decide(state.majorIncidents(), now).events())));
            return Decision.of(events.size(), events);
        };
    }
}
