package se.larmcentral.calls;

import se.larmcentral.core.Elapsed;
import se.larmcentral.core.PhoneNumber;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One call into the centre (ett samtal) and everything recorded about it. Immutable: the state replaces it on
 * every event.
 *
 * @param callerNumber the caller's number, or null when it is withheld
 * @param queuedAt     when the call entered the queue (start of the answer time)
 * @param transitions  every step of its life, the first being the entry into the queue
 * @param outcome      the outcome summary given when it was handled, or null
 */
public record Call(String id, DialledLine line, PhoneNumber callerNumber, Instant queuedAt, CallState state,
                   List<CallTransition> transitions, CallClassification classification, List<CaseLink> links,
                   CallPosition position, String outcome) {

    public Call {
        transitions = List.copyOf(transitions);
        links = List.copyOf(links);
    }

    static Call queued(String id, DialledLine line, PhoneNumber callerNumber, Instant queuedAt, Instant at,
                       String operator) {
        return new Call(id, line, callerNumber, queuedAt, CallState.QUEUED,
                List.of(new CallTransition(null, CallState.QUEUED, at, operator)), null, List.of(), CallPosition.NONE,
                null);
    }

    Call moveTo(CallState to, Instant at, String operator) {
        List<CallTransition> all = new ArrayList<>(transitions);
        all.add(new CallTransition(state, to, at, operator));
        return new Call(id, line, callerNumber, queuedAt, to, all, classification, links, position, outcome);
    }

    Call classified(CallClassification given, Instant at, String operator) {
        Call moved = moveTo(CallState.CLASSIFIED, at, operator);
        return new Call(id, line, callerNumber, queuedAt, moved.state, moved.transitions, given, links, position,
                outcome);
    }

    Call reclassified(CallClassification given) {
        return new Call(id, line, callerNumber, queuedAt, state, transitions, given, links, position, outcome);
    }

    Call handled(String summary, Instant at, String operator) {
        Call moved = moveTo(CallState.HANDLED, at, operator);
        return new Call(id, line, callerNumber, queuedAt, moved.state, moved.transitions, classification, links,
                position, summary);
    }

    Call withLink(CaseLink link) {
        List<CaseLink> all = new ArrayList<>(links);
        all.add(link);
        return new Call(id, line, callerNumber, queuedAt, state, transitions, classification, all, position, outcome);
    }

    Call withPosition(CallPosition changed) {
        return new Call(id, line, callerNumber, queuedAt, state, transitions, classification, links, changed, outcome);
    }

    /** When it reached {@code target}, if it has. */
    public Optional<Instant> reachedAt(CallState target) {
        return transitions.stream().filter(t -> t.to() == target).map(CallTransition::at).findFirst();
    }

    /** Who moved it to {@code target}, if anyone has. */
    public Optional<String> movedBy(CallState target) {
        return transitions.stream().filter(t -> t.to() == target).map(CallTransition::operator).findFirst();
    }

    public Optional<Instant> answeredAt() {
        return reachedAt(CallState.ANSWERED);
    }

    /** Answer time (svarstid) = answered − entered the queue; empty while not answered. */
    public Optional<Duration> answerTime() {
        return answeredAt().map(answered -> Elapsed.between(queuedAt, answered));
    }

    /**
     * How long the caller waited in the queue: until answered, until they hung up (abandoned), or until
     * {@code now} while still queued.
     */
    public Duration waitAt(Instant now) {
        Instant end = answeredAt().or(() -> reachedAt(CallState.ABANDONED)).orElse(now);
        return Elapsed.between(queuedAt, end);
    }

    /**
     * The municipality the call concerns, in order of precedence: chosen by the operator, located from the
     * operator's corrected position, located from the latest reported position, the direct number's municipality.
     * Empty when none is known (the operator then picks one).
     */
    public Optional<String> municipalityCode() {
        if (position.chosen() != null) {
            return Optional.of(position.chosen().code());
        }
        if (position.corrected() != null && position.corrected().located().found()) {
            return Optional.of(position.corrected().located().code());
        }
        Optional<String> located = position.latestReport().map(PositionReport::located)
                .filter(MunicipalityLocation::found).map(MunicipalityLocation::code);
        if (located.isPresent()) {
            return located;
        }
        return Optional.ofNullable(line.municipalityCode());
    }
}
