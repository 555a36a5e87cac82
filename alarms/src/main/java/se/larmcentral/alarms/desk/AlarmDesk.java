package se.larmcentral.alarms.desk;

import se.larmcentral.alarms.AlarmEvent;
import se.larmcentral.alarms.plans.PlanStep;
import se.larmcentral.alarms.plans.StepKind;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static se.larmcentral.alarms.desk.CaseDecision.Refusal.CONFLICT;
import static se.larmcentral.alarms.desk.CaseDecision.Refusal.INVALID;
import static se.larmcentral.alarms.desk.CaseDecision.Refusal.NOT_FOUND;

/**
 * The alarm operator's desk (larmoperatörens arbetsplats) as a pure function of the cases, the action and the
 * instant: taking a case locks it to one operator until a colleague takes it over; only its holder gives the steps'
 * outcomes and closes it; a closed case is done. Refusals are in Swedish, naming the field.
 */
public final class AlarmDesk {

    /** The longest note the operator may write to a step or a closing. */
    public static final int MAX_NOTE = 500;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(se.larmcentral.core.SwedishTime.ZONE);

    private AlarmDesk() {
    }

    /**
     * @param incidents whether the centre holds an incident of this id (a case passed to one names it)
     */
    public static CaseDecision decide(AlarmCases cases, Predicate<String> incidents, CaseAction action, Instant now) {
        return decide(cases, incidents, c -> new RescueTarget.Unknown("ingen räddningstjänst känd"), action, now);
    }

    /**
     * @param rescue the rescue service a case's object is alerted to (an {@code alert_rescue_service} step given
     *               {@code alerted} records the alert)
     */
    public static CaseDecision decide(AlarmCases cases, Predicate<String> incidents,
                                      Function<AlarmCase, RescueTarget> rescue, CaseAction action, Instant now) {
        Optional<AlarmCase> found = cases.find(action.caseId());
        if (found.isEmpty()) {
            return new CaseDecision.Refused(NOT_FOUND, "caseId", "det finns inget larmärende '"
                    + action.caseId() + "'");
        }
        AlarmCase c = found.get();
        if (!c.open()) {
            return new CaseDecision.Refused(CONFLICT, "caseId", "larmärendet " + c.id() + " avslutades redan "
                    + CLOCK.format(c.closed().at()) + " av " + c.closed().operator() + " ("
                    + name(c.closed().reason()) + ")");
        }
        return switch (action) {
            case CaseAction.Take take -> take(c, take, now);
            case CaseAction.DoStep step -> held(c, step).orElseGet(() -> step(c, step, rescue, now));
            case CaseAction.Close close -> held(c, close).orElseGet(() -> close(c, close, incidents, now));
        };
    }

    private static CaseDecision take(AlarmCase c, CaseAction.Take take, Instant now) {
        if (c.taken() == null) {
            return accepted(c, now, new AlarmEvent.AlarmCaseTaken(c.id(), take.operator(), null),
                    take.operator() + " took " + c.id() + " after " + waited(c, now));
        }
        if (c.taken().operator().equals(take.operator())) {
            return new CaseDecision.Accepted(List.of(), take.operator() + " already holds " + c.id(), c);
        }
        if (!take.takeOver()) {
            return new CaseDecision.Refused(CONFLICT, "caseId", "larmärendet " + c.id() + " hanteras av "
                    + c.taken().operator() + " sedan " + CLOCK.format(c.taken().at()) + "; välj att ta över det");
        }
        return accepted(c, now, new AlarmEvent.AlarmCaseTaken(c.id(), take.operator(),
                c.taken().operator()), take.operator() + " took " + c.id() + " over from " + c.taken().operator());
    }

    /** A refusal when the operator does not hold the case: the lock that keeps two operators off one alarm. */
    private static Optional<CaseDecision> held(AlarmCase c, CaseAction action) {
        if (c.taken() == null) {
            return Optional.of(new CaseDecision.Refused(CONFLICT, "caseId", "ta larmärendet " + c.id()
                    + " innan du hanterar det"));
        }
        if (!c.taken().operator().equals(action.operator())) {
            return Optional.of(new CaseDecision.Refused(CONFLICT, "caseId", "larmärendet " + c.id()
                    + " hanteras av " + c.taken().operator() + "; ta över det först"));
        }
        return Optional.empty();
    }

    private static CaseDecision step(AlarmCase c, CaseAction.DoStep action, Function<AlarmCase, RescueTarget> rescue,
                                     Instant now) {
        if (c.steps().isEmpty()) {
            return new CaseDecision.Refused(INVALID, "step", "larmärendet " + c.id()
                    + " har ingen åtgärdsplan; avsluta det med en anteckning om vad du gjorde");
        }
        if (action.step() < 1 || action.step() > c.steps().size()) {
            return new CaseDecision.Refused(INVALID, "step", "steg " + action.step()
                    + " finns inte i åtgärdsplanen, som har steg 1–" + c.steps().size());
        }
        PlanStep step = c.steps().get(action.step() - 1);
        Collection<StepOutcome> allowed = StepOutcome.allowedFor(step.kind());
        Optional<StepOutcome> outcome = choice(StepOutcome.class, action.outcome()).filter(allowed::contains);
        if (outcome.isEmpty()) {
            return new CaseDecision.Refused(INVALID, "outcome", "" + (blank(action.outcome()) ? "saknas"
                    : "'" + shown(action.outcome()) + "' passar inte steg " + action.step()) + "; ange ett av "
                    + names(allowed));
        }
        Optional<CaseDecision> note = note(action.note());
        if (note.isPresent()) {
            return note.get();
        }
        AlarmEvent.AlarmStepDone done = new AlarmEvent.AlarmStepDone(c.id(), action.operator(), action.step(),
                step.kind(), outcome.get(), stripped(action.note()));
        String explanation = "step " + action.step() + " of " + c.id() + " (" + step.kind() + "): " + outcome.get();
        if (step.kind() != StepKind.ALERT_RESCUE_SERVICE || outcome.get() != StepOutcome.ALERTED) {
            return accepted(c, now, List.of(done), explanation);
        }
        if (c.rescue() != null) {
            return new CaseDecision.Refused(CONFLICT, "step", "räddningstjänsten (" + c.rescue().service()
                    + ") larmades redan " + CLOCK.format(c.rescue().at()) + " " + (c.rescue().automatic()
                    ? "automatiskt" : "av " + c.rescue().operator()));
        }
        return switch (rescue.apply(c)) {
            case RescueTarget.Unknown unknown -> new CaseDecision.Refused(INVALID, "step", "räddningstjänsten kan inte"
                    + " larmas härifrån: " + unknown.reason() + "; larma via 112 och ange steget som skipped med en"
                    + " anteckning");
            case RescueTarget.Known known -> accepted(c, now, List.of(done, RescueAlerting.alert(c.id(), c.objectId(),
                    c.code(), known.service(), action.step(), action.operator(), now)), explanation + ", "
                    + known.service().name() + " alerted on " + known.service().alarmNumber());
        };
    }

    private static CaseDecision close(AlarmCase c, CaseAction.Close action, Predicate<String> incidents, Instant now) {
        Optional<ClosingReason> reason = choice(ClosingReason.class, action.reason());
        if (reason.isEmpty()) {
            return new CaseDecision.Refused(INVALID, "reason", "" + (blank(action.reason()) ? "saknas"
                    : "'" + shown(action.reason()) + "' är ingen avslutsorsak") + "; ange ett av "
                    + names(Arrays.asList(ClosingReason.values())));
        }
        Optional<CaseDecision> note = note(action.note());
        if (note.isPresent()) {
            return note.get();
        }
        String incident = blank(action.incidentId()) ? null : action.incidentId().strip();
        if (incident != null && reason.get() != ClosingReason.PASSED_TO_INCIDENT) {
            return new CaseDecision.Refused(INVALID, "incidentId", "anges bara med avslutsorsaken passed_to_incident");
        }
        if (incident != null && !incidents.test(incident)) {
            return new CaseDecision.Refused(NOT_FOUND, "incidentId", "det finns inget ärende '" + shown(incident) + "'");
        }
        long done = c.steps().isEmpty() ? 0 : c.done().stream().mapToInt(AlarmCase.StepDone::step).distinct().count();
        return accepted(c, now, List.of(new AlarmEvent.AlarmCaseClosed(c.id(), action.operator(),
                reason.get(), stripped(action.note()), incident)), c.id() + " closed as " + reason.get()
                + (incident == null ? "" : " to incident " + incident) + " with " + done + " of " + c.steps().size()
                + " steps done");
    }

    private static CaseDecision accepted(AlarmCase c, Instant now, AlarmEvent event, String explanation) {
        return accepted(c, now, List.of(event), explanation);
    }

    private static CaseDecision accepted(AlarmCase c, Instant now, List<AlarmEvent> events, String explanation) {
        AlarmCase after = c;
        for (AlarmEvent event : events) {
            after = AlarmCases.applied(after, event, now);
        }
        return new CaseDecision.Accepted(events, explanation, after);
    }

    private static Optional<CaseDecision> note(String note) {
        String text = stripped(note);
        if (text.length() > MAX_NOTE) {
            return Optional.of(new CaseDecision.Refused(INVALID, "note", "får vara högst " + MAX_NOTE
                    + " tecken, var " + text.length()));
        }
        return Optional.empty();
    }

    private static String waited(AlarmCase c, Instant now) {
        long seconds = Math.max(0, now.getEpochSecond() - c.receivedAt().getEpochSecond());
        return seconds + " s";
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(text.strip())).findFirst();
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(AlarmDesk::name).collect(Collectors.joining(", "));
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }

    private static String shown(String text) {
        String s = text.strip();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
