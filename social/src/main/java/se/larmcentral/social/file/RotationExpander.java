package se.larmcentral.social.file;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.social.RosterShift;
import se.larmcentral.social.file.SocialConfiguration.PersonEntry;
import se.larmcentral.social.file.SocialConfiguration.RotationEntry;

/** Turns a rotation into shifts: wall-clock shifts of a fixed length, taken in turn, each then a fixed interval of real time. */
final class RotationExpander {

    private RotationExpander() {
    }

    static List<RosterShift> expand(RotationEntry rotation) {
        LocalDateTime from = SocialConfigurationReader.localDateTime("from", rotation.from());
        LocalDate until = SocialConfigurationReader.date("until", rotation.until(), true);
        Integer hours = rotation.shiftHours();
        if (hours == null || hours < 1 || hours > 24 * 14) {
            throw new InvalidInputException("shiftHours", "must be 1 to 336 hours, was " + hours);
        }
        List<PersonEntry> people = rotation.people() == null ? List.of() : rotation.people();
        if (people.isEmpty()) {
            throw new InvalidInputException("people", "a rotation needs at least one person");
        }
        List<PhoneNumber> numbers = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            numbers.add(PhoneNumber.parse("people[" + i + "].number", people.get(i).number()));
        }
        LocalDateTime end = until.atStartOfDay();
        if (!end.isAfter(from)) {
            throw new InvalidInputException("until", "the rotation ends " + until + ", not after it begins " + from);
        }
        List<RosterShift> shifts = new ArrayList<>();
        int k = 0;
        for (LocalDateTime start = from; start.isBefore(end); start = start.plusHours(hours), k++) {
            LocalDateTime stop = start.plusHours(hours).isAfter(end) ? end : start.plusHours(hours);
            int who = k % people.size();
            shifts.add(new RosterShift(start.atZone(SwedishTime.ZONE).toInstant(), stop.atZone(SwedishTime.ZONE).toInstant(),
                    people.get(who).person(), numbers.get(who)));
        }
        return shifts;
    }
}
