package se.larmcentral.alarms.desk;

import se.larmcentral.alarms.AlarmEvent;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The alarm cases (larmärenden): every open one, and the latest {@link #KEPT_CLOSED} closed ones. Cases are numbered
 * in the order they were opened ({@code larm-1}, {@code larm-2}, ...), so the next id follows from the state alone.
 */
public final class AlarmCases {

    /** How many closed cases are kept to be read back. */
    public static final int KEPT_CLOSED = 1000;

    /** Open cases in the order the operator handles them: by priority, then the longest waiting. */
    public static final Comparator<AlarmCase> HANDLING_ORDER = Comparator.comparing(AlarmCase::priority)
            .thenComparing(AlarmCase::receivedAt).thenComparing(AlarmCase::id);

    private final Map<String, AlarmCase> cases = new HashMap<>();
    private final ArrayDeque<String> closed = new ArrayDeque<>();
    private long opened;

    /** Applies a case event recorded at {@code at}; other alarm events are not about cases. */
    public void apply(AlarmEvent event, Instant at) {
        switch (event) {
            case AlarmEvent.AlarmCaseOpened o -> {
                opened++;
                cases.put(o.caseId(), new AlarmCase(o.caseId(), o.account(), o.sequence(), o.code(), o.zone(), o.alarmClass(),
                        o.priority(), o.explanation(), o.objectId(), o.customerId(), o.planClass(), o.steps(),
                        o.receivedAt(), null, null, List.of(), null, null));
            }
            case AlarmEvent.AlarmCaseTaken t -> cases.computeIfPresent(t.caseId(), (id, c) -> applied(c, t, at));
            case AlarmEvent.AlarmCaseRestored r -> cases.computeIfPresent(r.caseId(), (id, c) -> applied(c, r, at));
            case AlarmEvent.AlarmStepDone s -> cases.computeIfPresent(s.caseId(), (id, c) -> applied(c, s, at));
            case AlarmEvent.RescueServiceAlerted r -> cases.computeIfPresent(r.caseId(), (id, c) -> applied(c, r, at));
            case AlarmEvent.AlarmCaseClosed c -> {
                if (cases.computeIfPresent(c.caseId(), (id, open) -> applied(open, c, at)) != null) {
                    closed.addLast(c.caseId());
                    if (closed.size() > KEPT_CLOSED) {
                        cases.remove(closed.removeFirst());
                    }
                }
            }
            default -> {
            }
        }
    }

    /** The case after one of its events recorded at {@code at} (the case itself for any other event). */
    public static AlarmCase applied(AlarmCase c, AlarmEvent event, Instant at) {
        return switch (event) {
            case AlarmEvent.AlarmCaseTaken t -> c.takenBy(t.operator(), at);
            case AlarmEvent.AlarmCaseRestored r -> c.restoredBy(r.code(), r.receivedAt());
            case AlarmEvent.AlarmStepDone s -> c.with(new AlarmCase.StepDone(s.step(), s.outcome(), s.note(),
                    s.operator(), at));
            case AlarmEvent.AlarmCaseClosed x -> c.closedAs(new AlarmCase.Closed(x.reason(), x.note(), x.operator(), at,
                    x.incidentId()));
            case AlarmEvent.RescueServiceAlerted r -> c.alerted(new AlarmCase.RescueAlert(r.municipalityCode(),
                    r.municipality(), r.service(), r.alarmNumber(), r.alarmAddress(), r.step(), r.operator(),
                    r.alertedAt()));
            default -> c;
        };
    }

    /** The id the next opened case gets. */
    public String nextId() {
        return nextId(0);
    }

    /** The id of the case opened {@code ahead} cases after the next (several opened in one decision). */
    public String nextId(int ahead) {
        return "larm-" + (opened + 1 + ahead);
    }

    public Optional<AlarmCase> find(String id) {
        return Optional.ofNullable(id == null ? null : cases.get(id));
    }

    /** The open cases in {@link #HANDLING_ORDER}. */
    public List<AlarmCase> open() {
        return cases.values().stream().filter(AlarmCase::open).sorted(HANDLING_ORDER).toList();
    }

    /** The latest closed cases, newest first, at most {@code limit}. */
    public List<AlarmCase> closed(int limit) {
        return closed.reversed().stream().limit(Math.max(0, limit)).map(cases::get).toList();
    }
}
