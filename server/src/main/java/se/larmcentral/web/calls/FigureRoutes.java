package se.larmcentral.web.calls;


import se.larmcentral.centre.calls.CallsFigures;
import io.javalin.http.Context;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.figures.AnswerTimeFigures;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.web.auth.Access;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.Route;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * Answer-time figures (svarstider): live (the last hour), per hour of a Swedish day, per Swedish day, against the 112
 * targets (mean at most 8 s, at most 8 % answered after more than 15 s, nobody waits more than 30 s), each judged
 * MET, MISSED or NO_CALLS. The targets are for 112, so by default only 112 calls count ({@code lines=all} for every line).
 */
final class FigureRoutes {

    static final int MAX_DAYS = 400;

    private final CommandGateway gateway;
    private final Clock clock;

    FigureRoutes(CommandGateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    List<Route> routes() {
        String lines = "112 (default: the targets are for 112) or all";
        return List.of(
                Route.get("/api/calls/figures/live").access(Access.roles(CALL_TAKER, DISPATCHER, NURSE, SUPERVISOR)).tag(CallRoutes.TAG)
                        .summary("Answer-time figures of the last hour against the targets")
                        .query("lines", lines).response(CallsFigures.LiveFigures.class).handle(ctx -> {
                            Instant now = clock.instant();
                            boolean all = all(ctx);
                            List<Call> calls = gateway.read(s -> s.calls().callsQueuedIn(now.minus(Duration.ofHours(1)), now));
                            ctx.json(CallsFigures.live(calls, all, now));
                        }),
                Route.get("/api/calls/figures/hourly").access(Access.roles(CALL_TAKER, DISPATCHER, NURSE, SUPERVISOR)).tag(CallRoutes.TAG)
                        .summary("Answer-time figures per hour of a Swedish day (23, 24 or 25 hours): of every call, and of the"
                                + " calls marked with a major incident (majorIncidentPeriods) and the rest (otherPeriods) apart")
                        .requiredQuery("date", "the day, YYYY-MM-DD").query("lines", lines)
                        .response(CallsFigures.PeriodFigures.class).handle(ctx -> {
                            LocalDate day = date("date", ctx.queryParam("date"));
                            Instant now = clock.instant();
                            boolean all = all(ctx);
                            ctx.json(gateway.read(s -> CallsFigures.PeriodFigures.split(lines(ctx), now,
                                    lineCalls(s.calls().callsQueuedIn(start(day), start(day.plusDays(1))), all),
                                    s.majorIncidents()::marked, calls -> AnswerTimeFigures.perHour(calls, day, now))));
                        }),
                Route.get("/api/calls/figures/daily").access(Access.roles(CALL_TAKER, DISPATCHER, NURSE, SUPERVISOR)).tag(CallRoutes.TAG)
                        .summary("Answer-time figures per Swedish day, from and to included (at most " + MAX_DAYS + " days): of"
                                + " every call, and of the calls marked with a major incident (majorIncidentPeriods) and the rest"
                                + " (otherPeriods) apart")
                        .requiredQuery("from", "first day, YYYY-MM-DD").requiredQuery("to", "last day, YYYY-MM-DD")
                        .query("lines", lines).response(CallsFigures.PeriodFigures.class).handle(ctx -> {
                            LocalDate from = date("from", ctx.queryParam("from"));
                            LocalDate to = date("to", ctx.queryParam("to"));
                            if (to.isBefore(from)) {
                                throw new InvalidInputException("to", "must not be before from (" + from + "), was " + to);
                            }
                            if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
                                throw new InvalidInputException("to", "at most " + MAX_DAYS + " days at a time");
                            }
                            Instant now = clock.instant();
                            boolean all = all(ctx);
                            ctx.json(gateway.read(s -> CallsFigures.PeriodFigures.split(lines(ctx), now,
                                    lineCalls(s.calls().callsQueuedIn(start(from), start(to.plusDays(1))), all),
                                    s.majorIncidents()::marked, calls -> AnswerTimeFigures.perDay(calls, from, to, now))));
                        }));
    }

    private static List<Call> lineCalls(List<Call> calls, boolean all) {
        return all ? calls : AnswerTimeFigures.on112(calls);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(SwedishTime.ZONE).toInstant();
    }

    private static boolean all(Context ctx) {
        String lines = ctx.queryParam("lines");
        if (lines == null || lines.isBlank() || lines.equals("112")) {
            return false;
        }
        if (lines.equals("all")) {
            return true;
        }
        throw new InvalidInputException("lines", "must be 112 or all, was '" + lines + "'");
    }

    private static String lines(Context ctx) {
        return all(ctx) ? "all" : "112";
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is missing; give a day as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a day YYYY-MM-DD");
        }
    }
}
