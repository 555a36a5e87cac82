package se.larmcentral.calls;

import se.larmcentral.calls.CallEvent.CallAbandoned;
import se.larmcentral.calls.CallEvent.CallAnswered;
import se.larmcentral.calls.CallEvent.CallClassified;
import se.larmcentral.calls.CallEvent.CallReclassified;
import se.larmcentral.calls.CallEvent.CallClosed;
import se.larmcentral.calls.CallEvent.CallHandled;
import se.larmcentral.calls.CallEvent.CallQueued;
import se.larmcentral.calls.CallEvent.CaseLinked;
import se.larmcentral.calls.CallEvent.CrisisMessagePublished;
import se.larmcentral.calls.CallEvent.CrisisMessageWithdrawn;
import se.larmcentral.calls.CallEvent.MissingChildReportHandedOver;
import se.larmcentral.calls.CallEvent.MissingChildReported;
import se.larmcentral.calls.CallEvent.MunicipalityChosen;
import se.larmcentral.calls.CallEvent.PositionCorrected;
import se.larmcentral.calls.CallEvent.PositionReported;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The calls module's state: calls, 116 000 reports and 113 13 crisis messages, built only from {@link CallEvent}s.
 * Mutated only by {@link #apply} on the writer thread; everything else reads. Iteration order is the order of
 * intake (publication for messages), so replays and answers are deterministic. Who did each step is the journal's
 * actor of the event.
 */
public final class CallsState implements Projection {

    private final Map<String, Call> calls = new LinkedHashMap<>();
    private final Map<PhoneNumber, List<String>> callsByCaller = new HashMap<>();
    private final NavigableMap<Instant, List<String>> callsByQueuedAt = new TreeMap<>();
    private final Set<String> queued = new LinkedHashSet<>();
    private final NavigableMap<Instant, List<String>> crisisCallsByClassifiedAt = new TreeMap<>();
    private final Map<String, MissingChildCase> missingChildren = new LinkedHashMap<>();
    private final Map<String, CrisisMessage> crisisMessages = new LinkedHashMap<>();

    public Optional<Call> call(String id) {
        return Optional.ofNullable(calls.get(id));
    }

    /** The call, or a {@link NotFoundException} on {@code field} naming the unknown id. */
    public Call requireCall(String field, String id) {
        Call call = calls.get(id);
        if (call == null) {
            throw new NotFoundException(field, "unknown call '" + id + "'");
        }
        return call;
    }

    /** Every call in order of intake. */
    public Collection<Call> calls() {
        return Collections.unmodifiableCollection(calls.values());
    }

    /**
     * A copy of the calls that entered the queue in {@code [from, to)}, in order of queue entry (then of intake).
     * Reads only that range of an index, so callers copy under the state's read lock and compute outside it.
     */
    public List<Call> callsQueuedIn(Instant from, Instant to) {
        return resolve(callsByQueuedAt, from, to);
    }

    /** A copy of the calls waiting in the queue now, in order of intake. */
    public List<Call> queuedCalls() {
        List<Call> result = new ArrayList<>(queued.size());
        queued.forEach(id -> result.add(calls.get(id)));
        return result;
    }

    /** A copy of the calls classified as 113 13 information in {@code [from, to)}, in order of classification. */
    public List<Call> crisisInformationCallsClassifiedIn(Instant from, Instant to) {
        return resolve(crisisCallsByClassifiedAt, from, to);
    }

    private List<Call> resolve(NavigableMap<Instant, List<String>> index, Instant from, Instant to) {
        List<Call> result = new ArrayList<>();
        if (!to.isAfter(from)) {
            return result;
        }
        index.subMap(from, true, to, false).values().forEach(ids -> ids.forEach(id -> result.add(calls.get(id))));
        return result;
    }

    /**
     * The call a position from this caller number belongs to: the latest call from the number that is not closed
     * and entered the queue at or before {@code at} (AML and PIDF-LO name the handset's number, not the call).
     */
    public Optional<Call> latestOpenCallFrom(PhoneNumber callerNumber, Instant at) {
        Call found = null;
        for (String id : callsByCaller.getOrDefault(callerNumber, List.of())) {
            Call call = calls.get(id);
            if (call.state() != CallState.CLOSED && !call.queuedAt().isAfter(at)
                    && (found == null || !call.queuedAt().isBefore(found.queuedAt()))) {
                found = call;
            }
        }
        return Optional.ofNullable(found);
    }

    public Optional<MissingChildCase> missingChildCase(String callId) {
        return Optional.ofNullable(missingChildren.get(callId));
    }

    public Collection<MissingChildCase> missingChildCases() {
        return Collections.unmodifiableCollection(missingChildren.values());
    }

    public Optional<CrisisMessage> crisisMessage(String id) {
        return Optional.ofNullable(crisisMessages.get(id));
    }

    public Collection<CrisisMessage> crisisMessages() {
        return Collections.unmodifiableCollection(crisisMessages.values());
    }

    /** The crisis messages operators may read from at {@code at}, in order of publication. */
    public List<CrisisMessage> crisisMessagesValidAt(Instant at) {
        return crisisMessages.values().stream().filter(m -> m.validAt(at)).toList();
    }

    /** The crisis messages valid at {@code at} that concern the area with this SCB county or municipality code. */
    public List<CrisisMessage> crisisMessagesValidAt(Instant at, String areaCode) {
        return crisisMessages.values().stream().filter(m -> m.validAt(at) && m.concerns(areaCode)).toList();
    }

    @Override
    public void apply(Recorded recorded) {
        if (!(recorded.event() instanceof CallEvent event)) {
            return;
        }
        String operator = recorded.actor().id();
        switch (event) {
            case CallQueued e -> {
                calls.put(e.callId(), Call.queued(e.callId(), e.line(), e.callerNumber(), e.queuedAt(), e.at(), operator));
                callsByQueuedAt.computeIfAbsent(e.queuedAt(), t -> new ArrayList<>(1)).add(e.callId());
                queued.add(e.callId());
                if (e.callerNumber() != null) {
                    callsByCaller.computeIfAbsent(e.callerNumber(), n -> new ArrayList<>(2)).add(e.callId());
                }
            }
            case CallAnswered e -> {
                replace(e.callId(), c -> c.moveTo(CallState.ANSWERED, e.at(), operator));
                queued.remove(e.callId());
            }
            case CallAbandoned e -> {
                replace(e.callId(), c -> c.moveTo(CallState.ABANDONED, e.at(), operator));
                queued.remove(e.callId());
            }
            case CallClassified e -> {
                replace(e.callId(), c -> c.classified(CallClassification.first(
                        e.classification(), e.note(), e.crisisTopic(), e.crisisMessageId(), e.at(), operator), e.at(), operator));
                if (e.classification() == Classification.CRISIS_INFORMATION_113_13) {
                    crisisCallsByClassifiedAt.computeIfAbsent(e.at(), t -> new ArrayList<>(1)).add(e.callId());
                }
            }
            case CallReclassified e -> {
                CallClassification old = calls.get(e.callId()).classification();
                if (old.classification() == Classification.CRISIS_INFORMATION_113_13) {
                    crisisCallsByClassifiedAt.computeIfPresent(old.at(), (t, ids) -> {
                        ids.remove(e.callId());
                        return ids.isEmpty() ? null : ids;
                    });
                }
                replace(e.callId(), c -> c.reclassified(new CallClassification(e.classification(), e.note(),
                        e.crisisTopic(), e.crisisMessageId(), e.at(), operator, e.reason(), old)));
                if (e.classification() == Classification.CRISIS_INFORMATION_113_13) {
                    crisisCallsByClassifiedAt.computeIfAbsent(e.at(), t -> new ArrayList<>(1)).add(e.callId());
                }
            }
            case CaseLinked e -> replace(e.callId(), c -> c.withLink(
                    new CaseLink(e.kind(), e.reference(), e.summary(), e.at(), operator)));
            case PositionReported e -> replace(e.callId(), c -> c.withPosition(
                    c.position().withReport(new PositionReport(e.position(), e.located(), e.at()))));
            case PositionCorrected e -> replace(e.callId(), c -> c.withPosition(c.position().withCorrection(
                    new CorrectedPosition(e.point(), e.reason(), e.located(), e.at(), operator))));
            case MunicipalityChosen e -> replace(e.callId(), c -> c.withPosition(c.position().withChoice(
                    new MunicipalityChoice(e.code(), e.name(), e.reason(), e.at(), operator))));
            case CallHandled e -> replace(e.callId(), c -> c.handled(e.outcome(), e.at(), operator));
            case CallClosed e -> replace(e.callId(), c -> c.moveTo(CallState.CLOSED, e.at(), operator));
            case MissingChildReported e -> missingChildren.put(e.callId(),
                    new MissingChildCase(e.callId(), e.report(), e.at(), operator, null));
            case MissingChildReportHandedOver e -> missingChildren.computeIfPresent(e.callId(), (id, c) ->
                    new MissingChildCase(c.callId(), c.report(), c.reportedAt(), c.reportedBy(),
                            new MissingChildCase.HandOver(new ResponsibleOrganisation(e.organisationName(),
                                    e.organisationNumber()), e.at(), operator)));
            case CrisisMessagePublished e -> crisisMessages.put(e.messageId(), new CrisisMessage(e.messageId(),
                    e.topic(), e.text(), e.areaCodes(), e.validFrom(), e.validTo(), e.approvedBy(), e.at(), operator,
                    null, null));
            case CrisisMessageWithdrawn e -> crisisMessages.computeIfPresent(e.messageId(),
                    (id, m) -> m.withdrawn(e.at(), e.reason()));
        }
    }

    private void replace(String callId, UnaryOperator<Call> change) {
        Call call = calls.get(callId);
        if (call == null) {
            throw new IllegalStateException("event for unknown call " + callId + ": the journal is out of order");
        }
        calls.put(callId, change.apply(call));
    }
}
