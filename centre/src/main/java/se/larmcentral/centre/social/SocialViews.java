package se.larmcentral.centre.social;

import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.social.Agreement;
import se.larmcentral.social.AgreementKind;
import se.larmcentral.social.Basis;
import se.larmcentral.social.Channel;
import se.larmcentral.social.CoverageGap;
import se.larmcentral.social.DateRule;
import se.larmcentral.social.DayType;
import se.larmcentral.social.DayTypeRule;
import se.larmcentral.social.DirectNumber;
import se.larmcentral.social.Jour;
import se.larmcentral.social.LineOwner;
import se.larmcentral.social.MonthlyOutcomeCount;
import se.larmcentral.social.Municipality;
import se.larmcentral.social.NoAgreementPolicy;
import se.larmcentral.social.OneOffChange;
import se.larmcentral.social.Outcome;
import se.larmcentral.social.PlanSegment;
import se.larmcentral.social.RosterShift;
import se.larmcentral.social.SocialDecision;
import se.larmcentral.social.TargetKind;
import se.larmcentral.social.WeeklyWindow;
import se.larmcentral.social.Window;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the social endpoints answer. Numbers are given in E.164 ({@code number}) and as dialled in Sweden
 * ({@code numberNational}); schedules in the same text forms the requests and the configuration file use.
 */
public final class SocialViews {

    private SocialViews() {
    }

    public record JourView(String id, String name, String number, String numberNational, boolean answeredAroundTheClock,
                           String hours, String outsideHours, List<String> municipalities) {

        public static JourView of(Jour j, List<String> municipalities) {
            return new JourView(j.id(), j.name(), e164(j.number()), national(j.number()), j.answeredAroundTheClock(),
                    j.hours(), j.outsideHours(), municipalities);
        }
    }

    public record Jours(List<JourView> jours) {
    }

    public record OneOffChangeView(String id, LocalDateTime from, LocalDateTime to, OneOffChange.Action action,
                                   String number, String note) {

        public static OneOffChangeView of(OneOffChange c) {
            return new OneOffChangeView(c.id(), c.from(), c.to(), c.action(), e164(c.number()), c.note());
        }
    }

    /** An agreement; {@code weekly}, {@code dayTypes} and {@code dates} in the request's text forms. */
    public record AgreementView(String id, String municipality, String jourId, AgreementKind kind, LocalDate validFrom,
                                LocalDate validUntil, String forwardingNumber, boolean answeredAroundTheClock,
                                String outsideHours, String instructions,
                                String message, boolean usesRoster, List<String> weekly,
                                Map<String, List<String>> dayTypes, Map<String, List<String>> dates,
                                List<OneOffChangeView> oneOffChanges) {

        public static AgreementView of(Agreement a) {
            Map<String, List<String>> dayTypes = new LinkedHashMap<>();
            for (DayTypeRule rule : a.schedule().dayTypes()) {
                dayTypes.put(rule.dayType().name(), texts(rule.windows()));
            }
            Map<String, List<String>> dates = new LinkedHashMap<>();
            for (DateRule rule : a.schedule().dates()) {
                dates.put(rule.date().toString(), texts(rule.windows()));
            }
            return new AgreementView(a.id(), a.municipality(), a.jourId(), a.kind(), a.validFrom(), a.validUntil(),
                    e164(a.forwardingNumber()), a.answeredAroundTheClock(), a.outsideHours(), a.instructions(), a.message(),
                    a.usesRoster(),
                    a.schedule().weekly().stream().map(SocialViews::weeklyText).toList(), dayTypes, dates,
                    a.oneOffChanges().stream().map(OneOffChangeView::of).toList());
        }
    }

    /** The agreement in force, in brief. */
    public record AgreementBrief(String id, AgreementKind kind, LocalDate validFrom, LocalDate validUntil, String jourId) {

        public static AgreementBrief of(Agreement a) {
            return new AgreementBrief(a.id(), a.kind(), a.validFrom(), a.validUntil(), a.jourId());
        }
    }

    public record JourBrief(String id, String name, String number) {

        public static JourBrief of(Jour j) {
            return new JourBrief(j.id(), j.name(), e164(j.number()));
        }
    }

    /** A municipality with the agreement in force at {@code at} and its jour (both null without an agreement). */
    public record MunicipalitySummary(String code, String name, String countyCode, AgreementBrief agreement, JourBrief jour) {
    }

    public record Municipalities(Instant at, List<MunicipalitySummary> municipalities) {
    }

    /** A municipality with its whole agreement history, the one in force at {@code at}, and its direct numbers. */
    public record MunicipalityDetail(String code, String name, String countyCode, Instant at, String agreementInForce,
                                     JourView jour, List<AgreementView> agreements, List<String> directNumbers) {

        public static MunicipalityDetail of(Municipality m, Instant at, Agreement inForce, JourView jour,
                                     List<Agreement> agreements, List<DirectNumber> directNumbers) {
            return new MunicipalityDetail(m.code(), m.name(), m.countyCode(), at, inForce == null ? null : inForce.id(),
                    jour, agreements.stream().map(AgreementView::of).toList(),
                    directNumbers.stream().map(d -> d.number().e164()).toList());
        }
    }

    public record DirectNumberView(String number, String numberNational, String municipality) {

        public static DirectNumberView of(DirectNumber d) {
            return new DirectNumberView(d.number().e164(), d.number().national(), d.municipality());
        }
    }

    public record DirectNumbers(List<DirectNumberView> directNumbers) {
    }

    public record PolicyRowView(Instant from, NoAgreementPolicy.Action action, String referral, String text) {

        public static PolicyRowView of(NoAgreementPolicy row) {
            return new PolicyRowView(row.from(), row.action(), row.referral() == null ? null : row.referral().dialled(), row.text());
        }
    }

    public record PolicyRows(List<PolicyRowView> rows) {
    }

    public record ShiftView(Instant start, Instant end, String person, String number, String numberNational) {

        public static ShiftView of(RosterShift s) {
            return new ShiftView(s.start(), s.end(), s.person(), s.number().e164(), s.number().national());
        }
    }

    /** A jour's shifts overlapping the period asked for (all when none is given), sorted by start. */
    public record RosterView(String jourId, List<ShiftView> shifts) {
    }

    /** How many shifts a change added or put in place, and the period it replaced (null when it only added). */
    public record RosterChange(String jourId, int shifts, Instant replacedFrom, Instant replacedTo) {
    }

    /** The id of what a command created or changed. */
    public record Created(String id) {
    }

    /** The municipalities a changed jour serves. */
    public record JourChange(String id, List<String> municipalities) {
    }

    /**
     * The routing decision with what the operator needs: the outcome, where to connect, the words to say to the
     * caller ({@code say}), the municipality's instructions and the rules considered ({@code explanation}).
     * {@code recorded} tells whether the routed call was recorded (a {@code callId} was given).
     */
    public record DecisionView(String municipality, String municipalityName, Channel channel, String directNumber,
                               Instant at, Outcome outcome, Basis basis, String number, String numberNational,
                               TargetKind targetKind, String targetName, String referral, String message, String say,
                               String outsideHours, String instructions, String agreementId, String rule,
                               List<String> explanation, String callId, boolean recorded) {

        public static DecisionView of(SocialDecision d, String municipalityName, String callId) {
            return new DecisionView(d.municipality(), municipalityName, d.channel(), e164(d.directNumber()), d.at(),
                    d.outcome(), d.basis(), e164(d.number()), national(d.number()), d.targetKind(), d.targetName(),
                    d.referral() == null ? null : d.referral().dialled(), d.message(), say(d, municipalityName), d.outsideHours(),
                    d.instructions(), d.agreementId(), d.rule(), d.explanation(), callId, callId != null);
        }

        /** The decision for a line of either owner: a customer's line is connected to its jour, not the socialjour. */
        public static DecisionView of(SocialDecision d, LineOwner owner, String callId) {
            DecisionView v = of(d, owner.name(), callId);
            if (!(owner instanceof LineOwner.OfCustomer) || d.outcome() != Outcome.FORWARD) {
                return v;
            }
            return new DecisionView(v.municipality(), v.municipalityName(), v.channel(), v.directNumber(), v.at(),
                    v.outcome(), v.basis(), v.number(), v.numberNational(), v.targetKind(), v.targetName(), v.referral(),
                    v.message(), "Jag kopplar dig nu till jouren för " + owner.name() + ".", v.outsideHours(),
                    v.instructions(), v.agreementId(), v.rule(), v.explanation(), v.callId(), v.recorded());
        }

        /** What the operator tells the caller: the message, or that the call is being connected (whoever takes it). */
        private static String say(SocialDecision d, String municipalityName) {
            if (d.outcome() != Outcome.FORWARD) {
                return d.message();
            }
            return "Jag kopplar dig nu till socialjouren för " + municipalityName + ".";
        }
    }

    public record CoverageGaps(String municipality, LocalDate from, LocalDate to, List<CoverageGap> gaps) {
    }

    /**
     * One interval of the effective plan: from {@code start} to {@code end} (also in Swedish local time) every social
     * call gets this outcome; the fields that do not apply to it are null (as in the routing decision).
     */
    public record PlanSegmentView(Instant start, Instant end, LocalDateTime localStart, LocalDateTime localEnd,
                                  Outcome outcome, Basis basis, String number, String numberNational,
                                  TargetKind targetKind, String targetName, String referral, String message,
                                  String outsideHours, String rule) {

        public static PlanSegmentView of(PlanSegment s) {
            SocialDecision d = s.decision();
            return new PlanSegmentView(s.start(), s.end(), LocalDateTime.ofInstant(s.start(), SwedishTime.ZONE),
                    LocalDateTime.ofInstant(s.end(), SwedishTime.ZONE), d.outcome(), d.basis(), e164(d.number()),
                    national(d.number()), d.targetKind(), d.targetName(),
                    d.referral() == null ? null : d.referral().dialled(), d.message(), d.outsideHours(), d.rule());
        }
    }

    /** A municipality's effective plan for the Swedish days [from, to), as the console's week view reads it. */
    public record Plan(String municipality, String municipalityName, LocalDate from, LocalDate to,
                       List<PlanSegmentView> segments) {
    }

    /**
     * A public holiday, eve or day before a public holiday in the period, with its Swedish name (null for a day
     * that is only the day before a public holiday) and the municipality's plan for that day.
     */
    public record HolidayView(LocalDate date, String name, List<DayType> dayTypes, List<PlanSegmentView> plan) {
    }

    /** The special days of the Swedish days [from, to) and what applies on each in the municipality. */
    public record Holidays(String municipality, String municipalityName, LocalDate from, LocalDate to,
                           List<HolidayView> days) {
    }

    public record MonthlyCount(String municipality, String month, Outcome outcome, long calls) {

        public static MonthlyCount of(MonthlyOutcomeCount c) {
            return new MonthlyCount(c.municipality(), c.month().toString(), c.outcome(), c.calls());
        }
    }

    /** Routed calls per municipality, month (Swedish time) and outcome; months {@code from} to {@code to} inclusive. */
    public record Statistics(String municipality, String from, String to, long total, List<MonthlyCount> counts) {
    }

    public static String e164(PhoneNumber number) {
        return number == null ? null : number.e164();
    }

    public static String national(PhoneNumber number) {
        return number == null ? null : number.national();
    }

    public static String weeklyText(WeeklyWindow w) {
        return w.day().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + w.window().text();
    }

    private static List<String> texts(List<Window> windows) {
        return windows.stream().map(Window::text).toList();
    }
}
