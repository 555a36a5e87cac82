package se.larmcentral.crisis.incident;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.FreeText;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.Identifier;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.crisis.incident.MajorIncidentEvent.MajorIncidentAmended;
import se.larmcentral.crisis.incident.MajorIncidentEvent.MajorIncidentCallMarked;
import se.larmcentral.crisis.incident.MajorIncidentEvent.MajorIncidentDeclared;
import se.larmcentral.crisis.incident.MajorIncidentEvent.MajorIncidentEnded;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The major incidents as the journal says, and the decisions about them: declared, amended, ended by a supervisor,
 * and the calls marked as coming from an incident's area. Every decision takes the instant it is made at.
 */
public final class MajorIncidents implements Projection {

    public static final int MAX_CALL_TAKER_TEXT = 1000;
    /** Spoken to callers in the queue: short enough to hear out before the next ring. */
    public static final int MAX_CALLER_TEXT = 300;
    public static final int MAX_REASON = 500;
    /** A declaration may be made ahead of a forecast event (a storm), not further ahead than this. */
    public static final Duration MAX_AHEAD = Duration.ofDays(7);
    /** A declaration made late may say when the incident began, not further back than this. */
    public static final Duration MAX_BEHIND = Duration.ofDays(7);

    private final Map<String, MajorIncident> byId = new LinkedHashMap<>();
    private final Map<String, Set<String>> marksByCall = new HashMap<>();

    /** What a supervisor declares. */
    public record Declaration(MajorIncidentType type, List<String> municipalities, List<GeoPoint> polygon,
                              Instant start, Instant expectedEnd, String callTakerText, String callerText) {
    }

    /**
     * What a supervisor changes; a null field stays as it was. The area is replaced as a whole when either
     * municipalities or polygon is given (the other one then counts as empty).
     */
    public record Amendment(List<String> municipalities, List<GeoPoint> polygon, Instant expectedEnd,
                            String callTakerText, String callerText, String reason) {
    }

    @Override
    public void apply(Recorded recorded) {
        switch (recorded.event()) {
            case MajorIncidentDeclared d -> byId.put(d.incidentId(), new MajorIncident(d.incidentId(), d.type(),
                    new IncidentArea(d.municipalities(), d.polygon()), d.start(), d.expectedEnd(), d.callTakerText(),
                    d.callerText(), d.account(), recorded.at(), null, null, null, null));
            case MajorIncidentAmended a -> byId.computeIfPresent(a.incidentId(), (id, m) -> new MajorIncident(id,
                    m.type(), new IncidentArea(a.municipalities(), a.polygon()), m.start(), a.expectedEnd(),
                    a.callTakerText(), a.callerText(), m.declaredBy(), m.declaredAt(), recorded.at(), null, null, null));
            case MajorIncidentEnded e -> byId.computeIfPresent(e.incidentId(), (id, m) -> new MajorIncident(id,
                    m.type(), m.area(), m.start(), m.expectedEnd(), m.callTakerText(), m.callerText(), m.declaredBy(),
                    m.declaredAt(), m.amendedAt(), recorded.at(), e.account(), e.reason()));
            case MajorIncidentCallMarked mark ->
                    marksByCall.computeIfAbsent(mark.callId(), c -> new LinkedHashSet<>()).add(mark.incidentId());
            default -> {
            }
        }
    }

    public Optional<MajorIncident> incident(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every incident, declared first first. */
    public List<MajorIncident> all() {
        return List.copyOf(byId.values());
    }

    /** The incidents active at {@code now} (started, not ended). */
    public List<MajorIncident> activeAt(Instant now) {
        return byId.values().stream().filter(m -> m.activeAt(now)).toList();
    }

    /** Declared and not ended: active, or declared ahead of its start. */
    public List<MajorIncident> current() {
        return byId.values().stream().filter(m -> !m.ended()).toList();
    }

    /** The incidents the call was marked with (empty when none). */
    public Set<String> marksOf(String callId) {
        return Set.copyOf(marksByCall.getOrDefault(callId, Set.of()));
    }

    public boolean marked(String callId) {
        return marksByCall.containsKey(callId);
    }

    /** How many calls were marked with the incident. */
    public long markedCalls(String incidentId) {
        return marksByCall.values().stream().filter(marks -> marks.contains(incidentId)).count();
    }

    /** {@code account} (a supervisor: the fronts check the role) declares a major incident. */
    public static Command<MajorIncidents, MajorIncident> declare(Declaration declaration, String account) {
        return (state, now) -> {
            if (declaration == null) {
                throw new InvalidInputException("declaration", "is missing");
            }
            String by = Identifier.require("account", account);
            if (declaration.type() == null) {
                throw new InvalidInputException("type", "is missing; one of " + List.of(MajorIncidentType.values()));
            }
            IncidentArea area = IncidentArea.of(declaration.municipalities(), declaration.polygon());
            if (declaration.start() == null) {
                throw new InvalidInputException("start", "is missing");
            }
            if (declaration.start().isAfter(now.plus(MAX_AHEAD))) {
                throw new InvalidInputException("start", "is " + SwedishTime.text(declaration.start())
                        + ", more than " + MAX_AHEAD.toDays() + " days ahead; declare it closer to the time");
            }
            if (declaration.start().isBefore(now.minus(MAX_BEHIND))) {
                throw new InvalidInputException("start", "is " + SwedishTime.text(declaration.start())
                        + ", more than " + MAX_BEHIND.toDays() + " days ago; give when the incident began");
            }
            Instant expectedEnd = expectedEnd(declaration.expectedEnd(), declaration.start(), now);
            String staff = text("callTakerText", declaration.callTakerText(), MAX_CALL_TAKER_TEXT, true);
            String callers = text("callerText", declaration.callerText(), MAX_CALLER_TEXT, false);
            String id = "major-" + (state.byId.size() + 1);
            MajorIncidentDeclared event = new MajorIncidentDeclared(id, declaration.type(), area.municipalities(),
                    area.polygon(), declaration.start(), expectedEnd, staff, callers, by);
            return Decision.of(new MajorIncident(id, event.type(), area, event.start(), expectedEnd, staff, callers,
                    by, now, null, null, null, null), event);
        };
    }

    /** {@code account} amends an incident that has not ended: area, expected end, texts. */
    public static Command<MajorIncidents, MajorIncident> amend(String incidentId, Amendment amendment, String account) {
        return (state, now) -> {
            MajorIncident m = state.open(incidentId);
            if (amendment == null) {
                throw new InvalidInputException("amendment", "is missing");
            }
            String by = Identifier.require("account", account);
            boolean areaGiven = amendment.municipalities() != null || amendment.polygon() != null;
            IncidentArea area = areaGiven ? IncidentArea.of(amendment.municipalities(), amendment.polygon()) : m.area();
            Instant expectedEnd = amendment.expectedEnd() == null ? m.expectedEnd()
                    : expectedEnd(amendment.expectedEnd(), m.start(), now);
            String staff = amendment.callTakerText() == null ? m.callTakerText()
                    : text("callTakerText", amendment.callTakerText(), MAX_CALL_TAKER_TEXT, true);
            String callers = amendment.callerText() == null ? m.callerText()
                    : text("callerText", amendment.callerText(), MAX_CALLER_TEXT, false);
            String reason = optionalText("reason", amendment.reason(), MAX_REASON);
            if (area.equals(m.area()) && expectedEnd.equals(m.expectedEnd()) && staff.equals(m.callTakerText())
                    && callers.equals(m.callerText())) {
                throw new InvalidInputException("amendment", "changes nothing; give a new area, expected end or text");
            }
            MajorIncidentAmended event = new MajorIncidentAmended(m.id(), area.municipalities(), area.polygon(),
                    expectedEnd, staff, callers, reason, by);
            return Decision.of(new MajorIncident(m.id(), m.type(), area, m.start(), expectedEnd, staff, callers,
                    m.declaredBy(), m.declaredAt(), now, null, null, null), event);
        };
    }

    /** {@code account} ends an incident (also one declared ahead that never started); ending twice is a conflict. */
    public static Command<MajorIncidents, MajorIncident> end(String incidentId, String reason, String account) {
        return (state, now) -> {
            MajorIncident m = state.open(incidentId);
            String by = Identifier.require("account", account);
            String why = optionalText("reason", reason, MAX_REASON);
            return Decision.of(new MajorIncident(m.id(), m.type(), m.area(), m.start(), m.expectedEnd(),
                    m.callTakerText(), m.callerText(), m.declaredBy(), m.declaredAt(), m.amendedAt(), now, by, why),
                    new MajorIncidentEnded(m.id(), why, by));
        };
    }

    /**
     * Marks a call with every incident whose area covers its place and that was active when it was queued, unless
     * marked already; records nothing when none is due. Marks stay when an area later shrinks or the incident ends.
     *
     * @param point        the call's best point, or null
     * @param municipality the call's municipality code, or null
     * @return the incidents newly marked
     */
    public static Command<MajorIncidents, List<String>> markCall(String callId, GeoPoint point, String municipality,
                                                                 Instant queuedAt) {
        return markCall(callId, point, municipality, queuedAt, null);
    }

    /**
     * As {@link #markCall(String, GeoPoint, String, Instant)}, for a call that was still waiting in the queue at
     * {@code waitingAt} (a declaration or amendment): also marked with the incidents active then, though it was
     * queued before they started; the caller waits during the incident all the same.
     *
     * @param waitingAt an instant the call was known to be waiting, or null
     */
    public static Command<MajorIncidents, List<String>> markCall(String callId, GeoPoint point, String municipality,
                                                                 Instant queuedAt, Instant waitingAt) {
        return (state, now) -> {
            Set<String> already = state.marksByCall.getOrDefault(callId, Set.of());
            List<MajorIncidentCallMarked> marks = new ArrayList<>();
            for (MajorIncident m : state.byId.values()) {
                if (!already.contains(m.id()) && (m.covers(point, municipality, queuedAt)
                        || waitingAt != null && m.covers(point, municipality, waitingAt))) {
                    marks.add(new MajorIncidentCallMarked(m.id(), callId));
                }
            }
            return Decision.of(marks.stream().map(MajorIncidentCallMarked::incidentId).toList(), marks);
        };
    }

    private MajorIncident open(String incidentId) {
        String id = Identifier.require("incidentId", incidentId);
        MajorIncident m = byId.get(id);
        if (m == null) {
            throw new NotFoundException("incidentId", "no major incident " + id);
        }
        if (m.ended()) {
            throw new ConflictException("incidentId", "major incident " + id + " ended at "
                    + SwedishTime.text(m.endedAt()) + " (by " + m.endedBy() + ")");
        }
        return m;
    }

    private static Instant expectedEnd(Instant expectedEnd, Instant start, Instant now) {
        if (expectedEnd == null) {
            throw new InvalidInputException("expectedEnd", "is missing; give when it is expected to be over");
        }
        if (!expectedEnd.isAfter(start)) {
            throw new InvalidInputException("expectedEnd", "is " + SwedishTime.text(expectedEnd)
                    + ", not after the start " + SwedishTime.text(start));
        }
        if (!expectedEnd.isAfter(now)) {
            throw new InvalidInputException("expectedEnd", "is " + SwedishTime.text(expectedEnd)
                    + ", already past (now " + SwedishTime.text(now) + ")");
        }
        return expectedEnd;
    }

    private static String text(String field, String text, int max, boolean lines) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is missing");
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, "is " + stripped.length() + " characters; at most " + max);
        }
        return lines ? FreeText.multiLine(field, stripped) : FreeText.singleLine(field, stripped);
    }

    private static String optionalText(String field, String text, int max) {
        return text == null || text.isBlank() ? "" : text(field, text, max, true);
    }
}
