package se.larmcentral.social;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Objects;

import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.SwedishTime;

/**
 * The routing decision for a social call, or a call to a customer's on-call line ({@link LineOwner}: the one engine
 * for both, an owner keyed by SCB code or customer id): a pure function of the state, the owner (or direct number),
 * the channel and an explicit instant. Rules, in order: the agreement in force (none: the dated no-agreement
 * policy); a basic agreement always forwards; an extended one tries its one-off changes, then its set times
 * (date rule, day-type rules, weekly pattern, for windows starting that day and the day before), then the
 * roster inside the windows (or at all times without windows), falling back to the service's number on a gap.
 * Uses the state's indexes: a binary search over shifts, maps for date and day-type rules.
 */
public final class SocialRouter {

    private SocialRouter() {
    }

    /** The decision for a call about {@code municipality} (SCB code) reaching the centre by {@code channel} at {@code at}. */
    public static SocialDecision route(SocialState state, String municipality, Channel channel, Instant at) {
        LineOwner owner = state.requireLineOwner("municipality", municipality);
        Objects.requireNonNull(channel, "channel");
        return decide(state, owner, channel, null, Objects.requireNonNull(at, "at"));
    }

    /** The decision for a call to a municipality's direct number. */
    public static SocialDecision routeDirectNumber(SocialState state, PhoneNumber dialled, Instant at) {
        DirectNumber direct = state.directNumber(dialled).orElseThrow(() -> new NotFoundException("directNumber",
                "directNumber: " + dialled + " is not a direct number of any municipality"));
        return decide(state, state.requireLineOwner("directNumber", direct.municipality()), Channel.DIRECT_NUMBER, dialled, Objects.requireNonNull(at, "at"));
    }

    /** The decision for a parsed request. */
    public static SocialDecision route(SocialState state, RouteRequest request) {
        return request.directNumber() != null
                ? routeDirectNumber(state, request.directNumber(), request.at())
                : route(state, request.municipality(), request.channel(), request.at());
    }

    private static SocialDecision decide(SocialState state, LineOwner owner, Channel channel, PhoneNumber direct, Instant at) {
        var call = new DecisionTexts.Call(owner, channel, direct, at, new ArrayList<>(8));
        CompiledAgreement compiled = state.compiledInForce(owner.key(), at);
        if (compiled == null) {
            return DecisionTexts.noAgreement(call, state.policyAt(at));
        }
        Agreement a = compiled.agreement;
        Jour jour = state.requireJour("jourId", a.jourId());
        call.why().add("agreement " + a.id() + " (" + a.kind() + ", " + a.periodText() + ") in force");
        if (a.kind() == AgreementKind.BASIC) {
            return DecisionTexts.forwardToService(call, a, jour, Basis.BASIC_SERVICE, "basic service: every call is connected");
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, SwedishTime.ZONE);
        OneOffChange change = compiled.oneOffAt(local);
        if (change != null) {
            return oneOff(call, a, change);
        }
        if (!a.oneOffChanges().isEmpty()) {
            call.why().add("no one-off change covers " + local);
        }
        String windowRule;
        Basis inside;
        if (!compiled.hasWindows) {
            windowRule = "no set times: connected at all times";
            inside = Basis.ALL_TIMES;
            call.why().add(windowRule);
        } else {
            WindowMatch match = window(compiled, state.calendar(), local, call);
            if (match == null) {
                return DecisionTexts.message(call, a, Basis.OUTSIDE_WINDOWS, null, "outside the set times at " + local);
            }
            windowRule = match.describe();
            inside = Basis.WINDOW;
        }
        if (a.usesRoster()) {
            RosterShift shift = state.roster(a.jourId()).shiftAt(at);
            if (shift != null) {
                return DecisionTexts.forward(call, a, Basis.ROSTER_SHIFT, shift.number(), TargetKind.ROSTERED_PERSON,
                        shift.person(), "roster of " + jour.id() + ": " + shift.describe() + " (" + windowRule + ")");
            }
            call.why().add("roster of " + jour.id() + " names nobody at " + local + ": fallback");
            return DecisionTexts.forwardToService(call, a, jour, Basis.ROSTER_GAP, "roster gap (" + windowRule + ")");
        }
        return DecisionTexts.forwardToService(call, a, jour, inside, windowRule);
    }

    static SocialDecision oneOff(DecisionTexts.Call call, Agreement a, OneOffChange change) {
        String rule = "one-off change " + change.id() + " " + change.from() + " to " + change.to() + ": " + change.action();
        call.why().add(rule + " takes precedence");
        return change.action() == OneOffChange.Action.CONNECT
                ? DecisionTexts.forward(call, a, Basis.ONE_OFF_CONNECT, change.number(), TargetKind.ONE_OFF_NUMBER,
                        change.note() != null ? change.note() : "one-off change " + change.id(), rule)
                : DecisionTexts.message(call, a, Basis.ONE_OFF_CLOSED, change.note(), rule);
    }

    private static WindowMatch window(CompiledAgreement compiled, SwedishCalendar calendar, LocalDateTime local,
                                      DecisionTexts.Call call) {
        LocalDate today = local.toLocalDate();
        CompiledAgreement.DayRules rules = compiled.rulesFor(today, calendar);
        call.why().add(today + " (" + today.getDayOfWeek() + "): " + rules.label());
        for (Window w : rules.windows()) {
            if (w.covers(today, local)) {
                return new WindowMatch(today, w, rules.label());
            }
        }
        LocalDate yesterday = today.minusDays(1);
        CompiledAgreement.DayRules before = compiled.rulesFor(yesterday, calendar);
        call.why().add(yesterday + " (" + yesterday.getDayOfWeek() + "): " + before.label());
        for (Window w : before.windows()) {
            if (w.covers(yesterday, local)) {
                return new WindowMatch(yesterday, w, before.label());
            }
        }
        call.why().add("no window covers " + local);
        return null;
    }
}
