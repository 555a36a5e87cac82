package se.larmcentral.social.ical;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.DtStart;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.social.RosterShift;

/**
 * Reads a roster (jourlista) from an iCalendar file (RFC 5545), so a municipality can keep it in its own
 * calendar. Each VEVENT is a shift: DTSTART/DTEND with a TZID (or UTC; floating times are Swedish time),
 * RRULE/RDATE/EXDATE for rotations. The person and number are in an ATTENDEE:
 * {@code ATTENDEE;CN=Anna Berg:tel:+46701234567} (the CN is the person, a {@code tel:} URI the number);
 * without CN the SUMMARY names the person. Occurrences starting in [from, to) (Swedish days) are returned,
 * sorted by start; errors name the event by its UID. One import holds at most
 * {@value RecurrenceLimits#MAX_SHIFTS} shifts, rules repeat at most hourly and shifts last at least 15 minutes;
 * a file beyond these limits is refused before its recurrences are expanded.
 */
public final class RosterCalendarReader {

    /** The shortest shift accepted: anything shorter is a mistake in the calendar (or a flood of events). */
    static final Duration MIN_SHIFT = Duration.ofMinutes(15);

    private RosterCalendarReader() {
    }

    public static List<RosterShift> read(InputStream in, LocalDate from, LocalDate to) throws IOException {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new InvalidInputException("to", "the imported period must end after it begins (" + from + " to " + to + ")");
        }
        Calendar calendar;
        try {
            calendar = new CalendarBuilder(new CheckedTimeZones()).build(in);
        } catch (ParserException e) {
            throw CalendarSyntaxErrors.of(e);
        }
        ZonedDateTime start = from.atStartOfDay(SwedishTime.ZONE);
        ZonedDateTime end = to.atStartOfDay(SwedishTime.ZONE);
        RecurrenceLimits limits = new RecurrenceLimits(start, end);
        List<RosterShift> shifts = new ArrayList<>();
        List<VEvent> events = calendar.getComponents("VEVENT");
        for (int i = 0; i < events.size(); i++) {
            VEvent event = events.get(i);
            String uid = event.getProperty(Property.UID).map(Property::getValue).orElse("#" + (i + 1));
            String name = "ics.VEVENT[" + uid + "]";
            String label = "event " + uid + event.getProperty(Property.SUMMARY).map(p -> " (" + p.getValue() + ")").orElse("");
            try {
                shifts.addAll(occurrences(event, name, label, start, end, limits));
            } catch (DateTimeException e) {
                throw TimeZoneErrors.of(event, name, label, e);
            }
        }
        shifts.sort(Comparator.comparing(RosterShift::start));
        return shifts;
    }

    /** The event's shifts starting in [start, end), checked against the import's limits before they are expanded. */
    private static List<RosterShift> occurrences(VEvent event, String name, String label, ZonedDateTime start,
                                                 ZonedDateTime end, RecurrenceLimits limits) {
        String person = person(event, name);
        PhoneNumber number = number(event, name);
        Optional<DtStart<Temporal>> dtStart = event.getStartDate();
        if (dtStart.isEmpty()) {
            throw new InvalidInputException(name + ".DTSTART", "the shift has no start");
        }
        if (event.getEndDate().isEmpty() && event.getProperty(Property.DURATION).isEmpty()) {
            throw new InvalidInputException(name + ".DTEND", "the shift has neither an end nor a duration");
        }
        Temporal seed = dtStart.get().getDate();
        limits.reserve(event, seed, instant(seed), name, label);
        List<RosterShift> shifts = new ArrayList<>();
        for (Period<Temporal> p : event.<Temporal>calculateRecurrenceSet(new Period<>(start, end))) {
            Instant s = instant(p.getStart());
            Instant e = instant(p.getEnd());
            if (s.isBefore(start.toInstant()) || !s.isBefore(end.toInstant())) {
                continue;
            }
            if (e.isAfter(s) && Duration.between(s, e).compareTo(MIN_SHIFT) < 0) {
                throw new InvalidInputException(name + ".DTEND", label + " has a shift of " + Duration.between(s, e).toSeconds()
                        + " seconds from " + s + "; a shift lasts at least " + MIN_SHIFT.toMinutes() + " minutes");
            }
            try {
                shifts.add(new RosterShift(s, e, person, number));
            } catch (InvalidInputException ex) {
                throw new InvalidInputException(name + "." + ex.field(), ex.reason());
            }
        }
        return shifts;
    }

    private static String person(VEvent event, String name) {
        Optional<Property> attendee = event.getProperty(Property.ATTENDEE);
        Optional<String> cn = attendee.flatMap(a -> a.<Cn>getParameter(Parameter.CN)).map(Parameter::getValue);
        Optional<String> summary = event.getProperty(Property.SUMMARY).map(Property::getValue);
        return cn.or(() -> summary).filter(s -> !s.isBlank())
                .orElseThrow(() -> new InvalidInputException(name + ".ATTENDEE", "names nobody: give ATTENDEE;CN=<person> or a SUMMARY"));
    }

    private static PhoneNumber number(VEvent event, String name) {
        String value = event.getProperty(Property.ATTENDEE).map(Property::getValue)
                .orElseThrow(() -> new InvalidInputException(name + ".ATTENDEE", "is missing; give ATTENDEE;CN=<person>:tel:<number>"));
        String scheme = value.length() > 4 ? value.substring(0, 4) : value;
        if (!scheme.equalsIgnoreCase("tel:")) {
            throw new InvalidInputException(name + ".ATTENDEE", "must be a tel: URI with the number, was '" + value + "'");
        }
        return PhoneNumber.parse(name + ".ATTENDEE", URI.create(value.replace(" ", "")).getSchemeSpecificPart());
    }

    private static Instant instant(Temporal t) {
        return switch (t) {
            case Instant i -> i;
            case ZonedDateTime z -> z.toInstant();
            case java.time.OffsetDateTime o -> o.toInstant();
            case LocalDateTime l -> l.atZone(SwedishTime.ZONE).toInstant();
            case LocalDate d -> d.atStartOfDay(SwedishTime.ZONE).toInstant();
            default -> throw new InvalidInputException("ics", "unsupported date value " + t);
        };
    }
}
