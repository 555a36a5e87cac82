package se.larmcentral.centre.audit;

import se.larmcentral.core.Recorded;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.social.Agreement;
import se.larmcentral.social.AgreementAdded;
import se.larmcentral.social.AgreementEnded;
import se.larmcentral.social.AgreementTextsSet;
import se.larmcentral.social.CallRouted;
import se.larmcentral.social.DirectNumber;
import se.larmcentral.social.DirectNumberAssigned;
import se.larmcentral.social.DirectNumberRemoved;
import se.larmcentral.social.Jour;
import se.larmcentral.social.JourChanged;
import se.larmcentral.social.CustomerDefined;
import se.larmcentral.social.JourDefined;
import se.larmcentral.social.NoAgreementPolicyAdded;
import se.larmcentral.social.OneOffChangeAdded;
import se.larmcentral.social.OneOffChangeRemoved;
import se.larmcentral.social.RosterReplaced;
import se.larmcentral.social.RosterShift;
import se.larmcentral.social.RosterShiftsAdded;
import se.larmcentral.social.ScheduleSet;
import se.larmcentral.social.SocialEvent;
import se.larmcentral.social.SocialState;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * How one social event changed something, described from the social state just before it ({@link #of}) and finished
 * from the state just after it ({@link #after}): the thing's content on both sides, and a line for people.
 */
public final class SocialChange {

    private static final int SHIFTS_NAMED = 3;

    final AuditSubject subject;
    final String subjectId;
    final List<String> municipalities;
    final Object before;
    private final Function<SocialState, Object> view;
    private final BiFunction<Object, Object, String> summary;

    private SocialChange(AuditSubject subject, String subjectId, List<String> municipalities,
                         Function<SocialState, Object> view, SocialState stateBefore,
                         BiFunction<Object, Object, String> summary) {
        this.subject = subject;
        this.subjectId = subjectId;
        this.municipalities = List.copyOf(municipalities);
        this.view = view;
        this.before = view.apply(stateBefore);
        this.summary = summary;
    }

    /** The finished entry, given the state after the event was applied. */
    AuditEntry after(Recorded recorded, String eventType, SocialState stateAfter) {
        Object after = view.apply(stateAfter);
        return new AuditEntry(recorded.sequence(), recorded.at(), recorded.actor().id(), recorded.actor().kind().name(),
                eventType, subject, subjectId, municipalities, summary.apply(before, after), before, after);
    }

    /** The change an event makes, seen from the state before it; empty for events that change no configuration. */
    public static Optional<SocialChange> of(SocialState s, Recorded recorded) {
        if (!(recorded.event() instanceof SocialEvent event)) {
            return Optional.empty();
        }
        Instant at = recorded.at();
        return Optional.ofNullable(switch (event) {
            case RosterShiftsAdded e -> roster(s, at, e.jourId(), null, null, e.shifts(), "added " + count(e.shifts().size())
                    + " to");
            case RosterReplaced e -> roster(s, at, e.jourId(), e.from(), e.to(), e.shifts(), "replaced");
            case JourDefined e -> jour(s, at, e.jour(), "defined");
            case JourChanged e -> jour(s, at, e.jour(), "changed");
            case AgreementAdded e -> agreement(s, e.agreement().id(), e.agreement().municipality(),
                    (b, a) -> "added " + ((Agreement) a).kind() + " agreement " + ((Agreement) a).id() + " with jour "
                            + ((Agreement) a).jourId() + ", " + ((Agreement) a).periodText());
            case AgreementEnded e -> agreement(s, e.agreementId(), null,
                    (b, a) -> "ended agreement " + e.agreementId() + ": valid until " + e.validUntil() + " (was "
                            + (b == null || ((Agreement) b).validUntil() == null ? "open end" : ((Agreement) b).validUntil()) + ")");
            case ScheduleSet e -> agreement(s, e.agreementId(), null,
                    (b, a) -> "set the times of agreement " + e.agreementId());
            case AgreementTextsSet e -> agreement(s, e.agreementId(), null,
                    (b, a) -> "set the texts of agreement " + e.agreementId() + ": " + texts((Agreement) b, (Agreement) a));
            case OneOffChangeAdded e -> agreement(s, e.agreementId(), null,
                    (b, a) -> "added one-off change " + e.change().id() + " to agreement " + e.agreementId() + " ("
                            + e.change().from() + " to " + e.change().to() + ", " + e.change().action() + ")");
            case OneOffChangeRemoved e -> agreement(s, e.agreementId(), null,
                    (b, a) -> "withdrew one-off change " + e.changeId() + " from agreement " + e.agreementId());
            case DirectNumberAssigned e -> directNumber(s, e.directNumber().number().e164(), e.directNumber().municipality());
            case DirectNumberRemoved e -> directNumber(s, e.number().e164(), null);
            case NoAgreementPolicyAdded e -> new SocialChange(AuditSubject.NO_AGREEMENT_POLICY, "centre", List.of(),
                    SocialState::policyRows, s, (b, a) -> "added a no-agreement policy row from "
                    + local(e.row().from()) + ": " + e.row().action());
            case CustomerDefined e -> new SocialChange(AuditSubject.AGREEMENT, e.customer().id(), List.of(e.customer().id()),
                    state -> state.customer(e.customer().id()).orElse(null), s, (b, a) -> "registered customer "
                    + e.customer().id() + " (" + e.customer().name() + ", " + e.customer().kind() + ") for an on-call line");
            case CallRouted e -> null; // a routed call changes no configuration
        });
    }

    /**
     * A roster change, listed for the municipalities the jour serves at the time; its content is the roster's shifts
     * in the changed period (the replaced days, or from the first added shift's start to the last one's end).
     */
    private static SocialChange roster(SocialState s, Instant at, String jourId, Instant replacedFrom, Instant replacedTo,
                                       List<RosterShift> shifts, String verb) {
        Instant from = Stream.concat(Stream.ofNullable(replacedFrom), shifts.stream().map(RosterShift::start))
                .min(Instant::compareTo).orElse(at);
        Instant to = Stream.concat(Stream.ofNullable(replacedTo), shifts.stream().map(RosterShift::end))
                .max(Instant::compareTo).orElse(from);
        String period = local(from) + " to " + local(to);
        return new SocialChange(AuditSubject.ROSTER, jourId, servedAt(s, jourId, at),
                state -> state.roster(jourId).overlapping(from, to), s,
                (b, a) -> verb + " the roster of jour " + jourId + " for " + period + " (Swedish time): before "
                        + shifts((List<?>) b) + "; after " + shifts((List<?>) a));
    }

    private static SocialChange jour(SocialState s, Instant at, Jour jour, String verb) {
        return new SocialChange(AuditSubject.JOUR, jour.id(), servedAt(s, jour.id(), at),
                state -> state.jour(jour.id()).orElse(null), s,
                (b, a) -> verb + " jour " + jour.id() + " (" + jour.name() + ")"
                        + (b == null ? "" : ": " + changed(b, a)));
    }

    private static SocialChange agreement(SocialState s, String agreementId, String municipality,
                                          BiFunction<Object, Object, String> summary) {
        String code = municipality != null ? municipality
                : s.agreement(agreementId).map(Agreement::municipality).orElse(agreementId.split("/")[0]);
        return new SocialChange(AuditSubject.AGREEMENT, agreementId, List.of(code),
                state -> state.agreement(agreementId).orElse(null), s, summary);
    }

    /** A direct number assigned or removed: listed for its owner before and after; the content is the owner's numbers. */
    private static SocialChange directNumber(SocialState s, String number, String newOwner) {
        String previous = s.directNumbers().stream().filter(d -> d.number().e164().equals(number))
                .map(DirectNumber::municipality).findFirst().orElse(null);
        String owner = newOwner != null ? newOwner : previous;
        List<String> concerned = Stream.of(previous, newOwner).filter(Objects::nonNull).distinct().toList();
        String what = newOwner != null
                ? "assigned direct number " + number + " to " + newOwner
                        + (previous != null && !previous.equals(newOwner) ? " (was " + previous + "'s)" : "")
                : "removed direct number " + number + (previous != null ? " (was " + previous + "'s)" : "");
        return new SocialChange(AuditSubject.DIRECT_NUMBERS, owner == null ? number : owner, concerned,
                state -> state.directNumbers().stream().filter(d -> d.municipality().equals(owner))
                        .map(d -> d.number().e164()).sorted().toList(), s,
                (b, a) -> what + "; its numbers before " + b + ", after " + a);
    }

    /** The municipalities whose agreements name the jour and are in force at {@code at} or begin later. */
    public static List<String> servedAt(SocialState s, String jourId, Instant at) {
        return s.municipalitiesServedBy(jourId).stream()
                .filter(m -> s.agreementsOf(m).stream().anyMatch(a -> a.jourId().equals(jourId) && a.endInstant().isAfter(at)))
                .toList();
    }

    /** Which of the texts changed: "message, instructions", or "unchanged". */
    private static String texts(Agreement before, Agreement after) {
        List<String> changed = new ArrayList<>();
        if (before == null || !Objects.equals(before.message(), after.message())) {
            changed.add("message");
        }
        if (before == null || !Objects.equals(before.instructions(), after.instructions())) {
            changed.add("instructions");
        }
        return changed.isEmpty() ? "unchanged" : String.join(", ", changed) + " changed";
    }

    private static String shifts(List<?> shifts) {
        if (shifts == null || shifts.isEmpty()) {
            return "no shifts";
        }
        List<String> named = new ArrayList<>();
        for (int i = 0; i < Math.min(SHIFTS_NAMED, shifts.size()); i++) {
            named.add(((RosterShift) shifts.get(i)).describe());
        }
        return count(shifts.size()) + " (" + String.join("; ", named)
                + (shifts.size() > SHIFTS_NAMED ? "; and " + (shifts.size() - SHIFTS_NAMED) + " more" : "") + ")";
    }

    private static String count(int shifts) {
        return shifts + (shifts == 1 ? " shift" : " shifts");
    }

    /** The names of the record components that differ: "number, hours". */
    private static String changed(Object before, Object after) {
        if (after == null || !before.getClass().isRecord() || before.getClass() != after.getClass()) {
            return "changed";
        }
        List<String> names = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            try {
                if (!Objects.equals(component.getAccessor().invoke(before), component.getAccessor().invoke(after))) {
                    names.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return names.isEmpty() ? "nothing changed" : String.join(", ", names);
    }

    private static String local(Instant instant) {
        ZonedDateTime local = instant.atZone(SwedishTime.ZONE);
        return local.toLocalDate() + " " + local.toLocalTime();
    }
}
