package se.larmcentral.social.ical;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;

import se.larmcentral.core.SwedishTime;
import se.larmcentral.social.Outcome;
import se.larmcentral.social.PlanSegment;
import se.larmcentral.social.SocialDecision;

/**
 * Writes a municipality's effective plan as an iCalendar file: one VEVENT per interval in which calls are
 * connected, in Swedish time (TZID Europe/Stockholm with its VTIMEZONE), whom they reach in
 * {@code ATTENDEE;CN=<name>:tel:<number>} (the place {@link RosterCalendarReader} reads), the rule in
 * DESCRIPTION. Intervals in which nobody is reached have no event. Deterministic: UIDs come from the
 * municipality and the start, DTSTAMP is given.
 */
public final class PlanCalendarWriter {

    private PlanCalendarWriter() {
    }

    public static void write(String municipality, String municipalityName, List<PlanSegment> plan, Instant stamp, Writer out)
            throws IOException {
        write("Socialjour", municipality, municipalityName, plan, stamp, out);
    }

    /** The plan of a line of either owner; {@code service} begins each SUMMARY ("Socialjour", "Jourlinje"). */
    public static void write(String service, String municipality, String municipalityName, List<PlanSegment> plan,
                             Instant stamp, Writer out) throws IOException {
        Calendar calendar = new Calendar()
                .withProdId("-//Larmcentral//social plan//SV")
                .withDefaults()
                .getFluentTarget();
        calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(SwedishTime.ZONE.getId()).getVTimeZone());
        for (PlanSegment s : plan) {
            SocialDecision d = s.decision();
            if (d.outcome() != Outcome.FORWARD) {
                continue;
            }
            VEvent event = new VEvent(s.start().atZone(SwedishTime.ZONE), s.end().atZone(SwedishTime.ZONE),
                    service + " " + municipalityName + ": " + d.targetName());
            event.add(new Uid(municipality + "-" + s.start().getEpochSecond() + "@larmcentral"));
            event.add(new DtStamp(stamp));
            event.add(new Attendee(new ParameterList(List.of(new Cn(d.targetName()))), URI.create("tel:" + d.number().e164())));
            event.add(new Description(d.rule()));
            calendar.add(event);
        }
        new CalendarOutputter(false).output(calendar, out);
    }
}
