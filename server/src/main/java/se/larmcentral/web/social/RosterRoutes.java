package se.larmcentral.web.social;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.web.auth.Access;
import se.larmcentral.centre.CentreState;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.social.SocialRequests.ShiftRequest;
import se.larmcentral.web.social.SocialRequests.ShiftsRequest;
import se.larmcentral.centre.social.SocialViews.RosterChange;
import se.larmcentral.centre.social.SocialViews.RosterView;
import se.larmcentral.centre.social.SocialViews.ShiftView;
import se.larmcentral.social.AddRosterShifts;
import se.larmcentral.social.ReplaceRoster;
import se.larmcentral.social.Roster;
import se.larmcentral.social.RosterShift;
import se.larmcentral.social.ical.RosterCalendarReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/** A jour's roster (jourlista): read it, add shifts, replace a period from an uploaded iCalendar file. */
final class RosterRoutes {

    private final CommandGateway gateway;
    private final JsonBody body;
    private final CalendarBody calendar;

    RosterRoutes(CommandGateway gateway, JsonBody body, CalendarBody calendar) {
        this.gateway = gateway;
        this.body = body;
        this.calendar = calendar;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/social/jours/{id}/roster").access(Access.roles(CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN).orMunicipalityAdmin(SocialScopes.jour("id"))).tag(SocialRoutes.TAG)
                        .summary("A jour's shifts overlapping the days [from, to) in Swedish time (all without a period)")
                        .query("from", "first day YYYY-MM-DD").query("to", "day after the last YYYY-MM-DD")
                        .response(RosterView.class).handle(this::read),
                Route.post("/api/social/jours/{id}/roster/shifts").access(Access.roles(AGREEMENTS_ADMIN).orMunicipalityAdmin(SocialScopes.jour("id"))).tag(SocialRoutes.TAG)
                        .summary("Add shifts to a jour's roster; overlapping shifts are refused, both named")
                        .request(ShiftsRequest.class).response(RosterChange.class).handle(this::add),
                Route.put("/api/social/jours/{id}/roster").access(Access.roles(AGREEMENTS_ADMIN).orMunicipalityAdmin(SocialScopes.jour("id"))).tag(SocialRoutes.TAG)
                        .summary("Replace the shifts starting in the days [from, to) with those of an iCalendar body"
                                + " (Content-Type text/calendar; ATTENDEE;CN=<person>:tel:<number> per VEVENT)")
                        .requiredQuery("from", "first day YYYY-MM-DD").requiredQuery("to", "day after the last YYYY-MM-DD")
                        .response(RosterChange.class).handle(this::replace));
    }

    private void read(Context ctx) {
        String id = ctx.pathParam("id");
        LocalDate from = SocialParams.optionalDate("from", ctx.queryParam("from"));
        LocalDate to = SocialParams.optionalDate("to", ctx.queryParam("to"));
        if ((from == null) != (to == null)) {
            throw new InvalidInputException(from == null ? "from" : "to", "give both from and to, or neither");
        }
        if (from != null && !to.isAfter(from)) {
            throw new InvalidInputException("to", "the period must end after it begins (" + from + " to " + to + ")");
        }
        ctx.json(gateway.read(s -> {
            s.social().requireJour("jour", id);
            Roster roster = s.social().roster(id);
            List<RosterShift> shifts = from == null ? roster.shifts() : roster.overlapping(startOf(from), startOf(to));
            return new RosterView(id, shifts.stream().map(ShiftView::of).toList());
        }));
    }

    private void add(Context ctx) {
        String id = ctx.pathParam("id");
        ShiftsRequest r = body.read(ctx, ShiftsRequest.class);
        List<RosterShift> shifts = new ArrayList<>();
        List<ShiftRequest> given = r.shifts() == null ? List.of() : r.shifts();
        for (int i = 0; i < given.size(); i++) {
            shifts.add(shift("shifts[" + i + "]", given.get(i)));
        }
        int added = gateway.execute(ctx, new AddRosterShifts(id, shifts).on(CentreState::social));
        ctx.status(HttpStatus.CREATED).json(new RosterChange(id, added, null, null));
    }

    private void replace(Context ctx) {
        String id = ctx.pathParam("id");
        SocialParams.Period period = SocialParams.period(ctx);
        gateway.read(s -> s.social().requireJour("jour", id));
        byte[] ics = calendar.read(ctx);
        List<RosterShift> shifts;
        try {
            shifts = RosterCalendarReader.read(new ByteArrayInputStream(ics), period.from(), period.to());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant from = startOf(period.from());
        Instant to = startOf(period.to());
        int placed = gateway.execute(ctx, new ReplaceRoster(id, from, to, shifts).on(CentreState::social));
        ctx.json(new RosterChange(id, placed, from, to));
    }

    private static RosterShift shift(String place, ShiftRequest s) {
        if (s == null) {
            throw new InvalidInputException(place, "is null; give a shift {start, end, person, number}");
        }
        try {
            return new RosterShift(SwedishTime.parseInstant("start", s.start()), SwedishTime.parseInstant("end", s.end()),
                    s.person(), PhoneNumber.parse("number", s.number()));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(place + "." + e.field(), e.reason());
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(SwedishTime.ZONE).toInstant();
    }
}
