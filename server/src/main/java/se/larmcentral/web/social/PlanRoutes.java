package se.larmcentral.web.social;

import io.javalin.http.Context;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.web.auth.Access;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.Route;
import se.larmcentral.centre.social.SocialViews.CoverageGaps;
import se.larmcentral.centre.social.SocialViews.HolidayView;
import se.larmcentral.centre.social.SocialViews.Holidays;
import se.larmcentral.centre.social.SocialViews.Plan;
import se.larmcentral.centre.social.SocialViews.PlanSegmentView;
import se.larmcentral.centre.social.SocialViews.MonthlyCount;
import se.larmcentral.centre.social.SocialViews.Statistics;
import se.larmcentral.social.EffectivePlan;
import se.larmcentral.social.Municipality;
import se.larmcentral.social.DayType;
import se.larmcentral.social.PlanSegment;
import se.larmcentral.social.SwedishCalendar;
import se.larmcentral.social.ical.PlanCalendarWriter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * Looking ahead and back: a municipality's effective plan (as iCalendar and as JSON), its holidays with the plan on
 * each, its coverage gaps, routed-call statistics.
 */
final class PlanRoutes {

    private final CommandGateway gateway;
    private final Clock clock;

    PlanRoutes(CommandGateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/social/municipalities/{code}/plan.ics").access(Access.roles(CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN).orMunicipalityAdmin(SocialScopes.PATH_CODE)).tag(SocialRoutes.TAG)
                        .summary("The municipality's effective plan for the days [from, to) as iCalendar: one event per"
                                + " interval in which calls are connected, whom they reach in ATTENDEE")
                        .requiredQuery("from", "first day YYYY-MM-DD").requiredQuery("to", "day after the last YYYY-MM-DD")
                        .produces(CalendarBody.CONTENT_TYPE).handle(this::plan),
                Route.get("/api/social/municipalities/{code}/plan").access(Access.roles(CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN).orMunicipalityAdmin(SocialScopes.PATH_CODE)).tag(SocialRoutes.TAG)
                        .summary("The municipality's effective plan for the days [from, to) as JSON: the intervals in"
                                + " which every social call gets the same decision, in real and Swedish local time")
                        .requiredQuery("from", "first day YYYY-MM-DD").requiredQuery("to", "day after the last YYYY-MM-DD")
                        .response(Plan.class).handle(this::planJson),
                Route.get("/api/social/municipalities/{code}/holidays").access(Access.roles(CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN).orMunicipalityAdmin(SocialScopes.PATH_CODE)).tag(SocialRoutes.TAG)
                        .summary("The public holidays, eves and days before a public holiday of the days [from, to),"
                                + " with their Swedish names and the municipality's plan on each")
                        .requiredQuery("from", "first day YYYY-MM-DD").requiredQuery("to", "day after the last YYYY-MM-DD")
                        .response(Holidays.class).handle(this::holidays),
                Route.get("/api/social/municipalities/{code}/coverage-gaps").access(Access.roles(CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN).orMunicipalityAdmin(SocialScopes.PATH_CODE)).tag(SocialRoutes.TAG)
                        .summary("The intervals of the days [from, to) in which a social call would reach nobody from the"
                                + " municipality's jour (outside set times, closed, roster gaps, no agreement)")
                        .requiredQuery("from", "first day YYYY-MM-DD").requiredQuery("to", "day after the last YYYY-MM-DD")
                        .response(CoverageGaps.class).handle(this::gaps),
                Route.get("/api/social/statistics").access(Access.roles(SUPERVISOR, AGREEMENTS_ADMIN).orMunicipalityAdmin(SocialScopes.QUERY)).tag(SocialRoutes.TAG)
                        .summary("Recorded routed calls per municipality, month (Swedish time) and outcome")
                        .query("municipality", "SCB code (default: every municipality)")
                        .requiredQuery("from", "first month YYYY-MM").requiredQuery("to", "last month YYYY-MM (inclusive)")
                        .response(Statistics.class).handle(this::statistics));
    }

    private void plan(Context ctx) {
        String code = ctx.pathParam("code");
        SocialParams.Period period = SocialParams.period(ctx);
        record Found(Municipality municipality, List<PlanSegment> plan) {
        }
        Found found = gateway.read(s -> new Found(s.social().registry().require("municipality", code),
                EffectivePlan.of(s.social(), code, period.from(), period.to())));
        StringWriter out = new StringWriter();
        try {
            PlanCalendarWriter.write(code, found.municipality().name(), found.plan(), clock.instant(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"socialjour-" + code + "-" + period.from() + ".ics\"");
        ctx.contentType(CalendarBody.CONTENT_TYPE + "; charset=utf-8").result(out.toString());
    }

    private void planJson(Context ctx) {
        String code = ctx.pathParam("code");
        SocialParams.Period period = SocialParams.period(ctx);
        ctx.json(gateway.read(s -> {
            Municipality m = s.social().registry().require("municipality", code);
            return new Plan(code, m.name(), period.from(), period.to(),
                    EffectivePlan.of(s.social(), code, period.from(), period.to()).stream().map(PlanSegmentView::of).toList());
        }));
    }

    private void holidays(Context ctx) {
        String code = ctx.pathParam("code");
        SocialParams.Period period = SocialParams.period(ctx);
        ctx.json(gateway.read(s -> {
            Municipality m = s.social().registry().require("municipality", code);
            SwedishCalendar calendar = s.social().calendar();
            List<HolidayView> days = new ArrayList<>();
            for (LocalDate day = period.from(); day.isBefore(period.to()); day = day.plusDays(1)) {
                Set<DayType> types = calendar.dayTypes(day);
                if (!types.isEmpty()) {
                    days.add(new HolidayView(day, calendar.namedDays(day.getYear()).get(day), List.copyOf(types),
                            EffectivePlan.of(s.social(), code, day, day.plusDays(1)).stream().map(PlanSegmentView::of)
                                    .toList()));
                }
            }
            return new Holidays(code, m.name(), period.from(), period.to(), days);
        }));
    }

    private void gaps(Context ctx) {
        String code = ctx.pathParam("code");
        SocialParams.Period period = SocialParams.period(ctx);
        ctx.json(gateway.read(s -> {
            s.social().registry().require("municipality", code); // a customer's line has its own route
            return new CoverageGaps(code, period.from(), period.to(),
                    se.larmcentral.social.CoverageGaps.find(s.social(), code, period.from(), period.to()));
        }));
    }

    private void statistics(Context ctx) {
        String municipality = SocialParams.blankToNull(ctx.queryParam("municipality"));
        YearMonth from = SocialParams.month("from", ctx.queryParam("from"));
        YearMonth to = SocialParams.month("to", ctx.queryParam("to"));
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "the last month " + to + " is before the first " + from);
        }
        List<MonthlyCount> counts = gateway.read(s -> {
            if (municipality != null) {
                s.social().registry().require("municipality", municipality);
            }
            return s.social().statistics().between(municipality, from, to).stream().map(MonthlyCount::of).toList();
        });
        ctx.json(new Statistics(municipality, from.toString(), to.toString(),
                counts.stream().mapToLong(MonthlyCount::calls).sum(), counts));
    }
}
