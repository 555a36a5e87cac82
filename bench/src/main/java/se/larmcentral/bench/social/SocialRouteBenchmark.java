package se.larmcentral.bench.social;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.Recorded;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.social.AddAgreement;
import se.larmcentral.social.AddRosterShifts;
import se.larmcentral.social.AgreementKind;
import se.larmcentral.social.Channel;
import se.larmcentral.social.DateRule;
import se.larmcentral.social.DayType;
import se.larmcentral.social.DayTypeRule;
import se.larmcentral.social.DefineJour;
import se.larmcentral.social.Jour;
import se.larmcentral.social.Municipality;
import se.larmcentral.social.OneOffChange;
import se.larmcentral.social.ReferenceRouter;
import se.larmcentral.social.RosterShift;
import se.larmcentral.social.Schedule;
import se.larmcentral.social.SocialDecision;
import se.larmcentral.social.SocialRouter;
import se.larmcentral.social.SocialState;
import se.larmcentral.social.WeeklyWindow;
import se.larmcentral.social.Window;
import se.larmcentral.social.file.MunicipalityRegistryFile;

/**
 * One routing decision with all 290 municipalities on extended agreements (weekly windows, day-type and date
 * rules, one-off changes) and a year (2025) of 8-hour roster shifts each; the baseline scans every rule linearly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SocialRouteBenchmark {

    private static final int QUERIES = 1 << 16;

    private SocialState state;
    private String[] municipalities;
    private Instant[] instants;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        state = build();
        List<Municipality> all = state.registry().all();
        Random r = new Random(42);
        municipalities = new String[QUERIES];
        instants = new Instant[QUERIES];
        long start = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < QUERIES; i++) {
            municipalities[i] = all.get(r.nextInt(all.size())).code();
            instants[i] = Instant.ofEpochSecond(start + (long) (r.nextDouble() * 364 * 86400));
        }
    }

    static SocialState build() {
        SocialState state = new SocialState(MunicipalityRegistryFile.standard());
        Random r = new Random(7);
        Schedule schedule = new Schedule(List.of(
                weekly(DayOfWeek.MONDAY, "16:00-08:00"), weekly(DayOfWeek.TUESDAY, "16:00-08:00"),
                weekly(DayOfWeek.WEDNESDAY, "16:00-08:00"), weekly(DayOfWeek.THURSDAY, "16:00-08:00"),
                weekly(DayOfWeek.FRIDAY, "14:30-08:00"), weekly(DayOfWeek.SATURDAY, "00:00-24:00"),
                weekly(DayOfWeek.SUNDAY, "00:00-24:00")),
                List.of(new DayTypeRule(DayType.PUBLIC_HOLIDAY, List.of(Window.parse("w", "00:00-24:00"))),
                        new DayTypeRule(DayType.EVE, List.of(Window.parse("w", "08:00-01:30"))),
                        new DayTypeRule(DayType.DAY_BEFORE_PUBLIC_HOLIDAY, List.of(Window.parse("w", "12:00-08:00")))),
                dateRules());
        for (Municipality m : state.registry().all()) {
            String jour = "j" + m.code();
            submit(state, new DefineJour(new Jour(jour, "Jour " + m.name(), number(r), true, null, null)));
            List<OneOffChange> changes = List.of(
                    new OneOffChange("jul", LocalDateTime.of(2025, 12, 23, 12, 0), LocalDateTime.of(2025, 12, 27, 8, 0),
                            OneOffChange.Action.CONNECT, number(r), "Julförstärkning"),
                    new OneOffChange("midsommar", LocalDateTime.of(2025, 6, 19, 12, 0), LocalDateTime.of(2025, 6, 22, 8, 0),
                            OneOffChange.Action.CLOSE, null, "Stängt"));
            submit(state, new AddAgreement(m.code(), jour, AgreementKind.EXTENDED, LocalDate.of(2018, 1, 1), null, null, null,
                    "Instruktion", "Meddelande", true, schedule, changes));
            List<RosterShift> shifts = new ArrayList<>();
            Instant t = LocalDate.of(2025, 1, 1).atStartOfDay(SwedishTime.ZONE).toInstant();
            Instant end = LocalDate.of(2026, 1, 1).atStartOfDay(SwedishTime.ZONE).toInstant();
            while (t.isBefore(end)) {
                Instant stop = t.plusSeconds(8 * 3600);
                if (r.nextInt(50) != 0) { // about one shift in fifty is unstaffed: roster gaps
                    shifts.add(new RosterShift(t, stop, "Person " + r.nextInt(6), number(r)));
                }
                t = stop;
            }
            submit(state, new AddRosterShifts(jour, shifts));
        }
        return state;
    }

    private static List<DateRule> dateRules() {
        List<DateRule> rules = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2025, 1, 10); d.getYear() == 2025; d = d.plusDays(17)) {
            rules.add(new DateRule(d, List.of(Window.parse("w", "10:00-22:00"))));
        }
        return rules;
    }

    private static WeeklyWindow weekly(DayOfWeek day, String window) {
        return new WeeklyWindow(day, Window.parse("w", window));
    }

    private static PhoneNumber number(Random r) {
        return new PhoneNumber("+4670" + (1000000 + r.nextInt(8999999)));
    }

    private static void submit(SocialState state, Command<SocialState, ?> command) {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        for (var e : command.decide(state, now).events()) {
            state.apply(new Recorded(0, now, Actor.SYSTEM, e));
        }
    }

    @Benchmark
    public SocialDecision indexedDecision() {
        int i = next++ & (QUERIES - 1);
        return SocialRouter.route(state, municipalities[i], Channel.EMERGENCY_112, instants[i]);
    }

    @Benchmark
    public SocialDecision linearScanBaseline() {
        int i = next++ & (QUERIES - 1);
        return ReferenceRouter.route(state, municipalities[i], Channel.EMERGENCY_112, instants[i]);
    }
}
