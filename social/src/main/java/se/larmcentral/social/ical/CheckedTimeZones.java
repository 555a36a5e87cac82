package se.larmcentral.social.ical;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Map;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryImpl;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;

import se.larmcentral.core.InvalidInputException;

/**
 * The time zones a roster file defines (its VTIMEZONE components), checked before ical4j registers them. ical4j
 * accepts an observance without DTSTART or an offset, logs a warning with a stack trace and "applies a default":
 * a file's times would then be placed by a guess. Here such a file is refused, naming the zone and the property.
 */
final class CheckedTimeZones implements TimeZoneRegistry {

    private final TimeZoneRegistry registry = new TimeZoneRegistryImpl();

    @Override
    public void register(TimeZone timeZone) {
        check(timeZone.getVTimeZone());
        registry.register(timeZone);
    }

    @Override
    public void register(TimeZone timeZone, boolean update) {
        check(timeZone.getVTimeZone());
        registry.register(timeZone, update);
    }

    private static void check(VTimeZone zone) {
        String tzid = zone.getProperty(Property.TZID).map(Property::getValue).orElse("?");
        if (zone.getObservances().isEmpty()) {
            throw new InvalidInputException("ics.VTIMEZONE[" + tzid + "]", "the time zone " + tzid
                    + " has neither STANDARD nor DAYLIGHT; give both, or leave the VTIMEZONE out and use TZID=Europe/Stockholm");
        }
        for (Observance observance : zone.getObservances()) {
            for (String required : new String[] {Property.DTSTART, Property.TZOFFSETFROM, Property.TZOFFSETTO}) {
                if (observance.getProperty(required).isEmpty()) {
                    throw new InvalidInputException("ics.VTIMEZONE[" + tzid + "]." + observance.getName() + "." + required,
                            "the time zone " + tzid + " has a " + observance.getName() + " without " + required
                                    + "; its times cannot be placed; give it, or leave the VTIMEZONE out and use TZID=Europe/Stockholm");
                }
            }
        }
    }

    @Override
    public void clear() {
        registry.clear();
    }

    @Override
    public TimeZone getTimeZone(String id) {
        return registry.getTimeZone(id);
    }

    @Override
    public Map<String, ZoneRules> getZoneRules() {
        return registry.getZoneRules();
    }

    @Override
    public ZoneId getZoneId(String tzId) {
        return registry.getZoneId(tzId);
    }

    @Override
    public String getTzId(String zoneId) {
        return registry.getTzId(zoneId);
    }
}
