package se.larmcentral.social.ical;

import java.time.DateTimeException;
import java.time.ZoneId;

import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import se.larmcentral.core.InvalidInputException;

/** Names the event and the time zone when an event's times cannot be placed in time (an unknown TZID). */
final class TimeZoneErrors {

    private TimeZoneErrors() {
    }

    static InvalidInputException of(VEvent event, String name, String label, DateTimeException e) {
        for (Property property : event.getProperties()) {
            String tzid = property.getParameter(Parameter.TZID).map(Parameter::getValue).orElse(null);
            if (tzid != null && !known(tzid)) {
                return new InvalidInputException(name + "." + property.getName(), label + " uses the time zone TZID=" + tzid
                        + ", which is not known; use a zone of the IANA database such as Europe/Stockholm, or UTC");
            }
        }
        return new InvalidInputException(name + ".DTSTART", label + " has a time that cannot be placed in time:"
                + " give DTSTART and DTEND as a date and time each, with a TZID, in UTC (Z) or both without a zone");
    }

    private static boolean known(String tzid) {
        try {
            ZoneId.of(tzid);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
