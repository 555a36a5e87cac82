package se.larmcentral.social.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.larmcentral.core.Actor;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.Recorded;
import se.larmcentral.core.ServiceNumber;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.core.file.YamlBinding;
import se.larmcentral.core.file.YamlFileException;
import se.larmcentral.core.file.YamlNode;
import se.larmcentral.core.file.YamlReader;
import se.larmcentral.social.AddAgreement;
import se.larmcentral.social.AddNoAgreementPolicyRow;
import se.larmcentral.social.AddRosterShifts;
import se.larmcentral.social.AgreementKind;
import se.larmcentral.social.AssignDirectNumber;
import se.larmcentral.social.Customer;
import se.larmcentral.social.DateRule;
import se.larmcentral.social.DayType;
import se.larmcentral.social.DayTypeRule;
import se.larmcentral.social.DefineCustomer;
import se.larmcentral.social.DefineJour;
import se.larmcentral.social.Jour;
import se.larmcentral.social.MunicipalityRegistry;
import se.larmcentral.social.NoAgreementPolicy;
import se.larmcentral.social.OneOffChange;
import se.larmcentral.social.RosterShift;
import se.larmcentral.social.Schedule;
import se.larmcentral.social.SocialState;
import se.larmcentral.social.WeeklyWindow;
import se.larmcentral.social.Window;

/**
 * Reads a social configuration file (YAML, or JSON, which is YAML too) and turns it into the commands that
 * load it: jours, their rosters, agreements, direct numbers, policy rows, in that order. Every error names
 * its place in the file ({@code agreements[3].weekly[1]: ...}); {@link #load} also dry-runs the commands on
 * an empty state so that conflicts between entries (overlapping agreements or shifts) are found on load.
 */
public final class SocialConfigurationReader {

    public static final String FORMAT = "larm-social/1";

    private SocialConfigurationReader() {
    }

    /** Reads, converts and dry-runs a file; answers the commands to submit, in order. */
    public static List<PlacedCommand> load(Path file, MunicipalityRegistry registry, Instant now) throws IOException {
        List<PlacedCommand> commands = commands(read(file));
        dryRun(commands, new SocialState(registry), now);
        return commands;
    }

    /** Parses a file without interpreting its values. */
    public static SocialConfiguration read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("file", "no such file: " + file);
        }
    }

    /**
     * Parses a document with core's {@link YamlReader} and binds it to the records; an error names its place (or
     * {@code file} for the document as a whole) with the line and column.
     */
    public static SocialConfiguration read(InputStream in) throws IOException {
        SocialConfiguration config;
        try {
            YamlNode document = YamlReader.read("file", in);
            if (document.isNull()) {
                throw new InvalidInputException("file", "is empty");
            }
            config = YamlBinding.bind(document, SocialConfiguration.class);
        } catch (YamlFileException e) {
            throw new InvalidInputException(e.path().isEmpty() ? "file" : e.path(), e.reasonWithPosition());
        }
        if (!FORMAT.equals(config.format())) {
            throw new InvalidInputException("format", "must be '" + FORMAT + "', was '" + config.format() + "'");
        }
        return config;
    }

    /**
     * Decides the commands as one {@link ApplyConfiguration} and applies its events to {@code state}, as the command
     * loop would; an error names the command's place and leaves {@code state} as it was.
     */
    public static void dryRun(List<PlacedCommand> commands, SocialState state, Instant now) {
        long sequence = 0;
        for (DomainEvent event : new ApplyConfiguration(commands).decide(state, now).events()) {
            state.apply(new Recorded(++sequence, now, Actor.SYSTEM, event));
        }
    }

    /** Converts a parsed configuration into commands; values are parsed and checked here. */
    public static List<PlacedCommand> commands(SocialConfiguration config) {
        List<PlacedCommand> out = new ArrayList<>();
        List<SocialConfiguration.CustomerEntry> customers = orEmpty(config.customers());
        for (int i = 0; i < customers.size(); i++) {
            String place = "customers[" + i + "]";
            SocialConfiguration.CustomerEntry c = customers.get(i);
            out.add(new PlacedCommand(place, placed(place, () -> new DefineCustomer(new Customer(c.id(), c.name(),
                    parseEnum("kind", c.kind(), Customer.Kind.class)), optionalNumber("number", c.number())))));
        }
        List<SocialConfiguration.JourEntry> jours = orEmpty(config.jours());
        for (int i = 0; i < jours.size(); i++) {
            String place = "jours[" + i + "]";
            SocialConfiguration.JourEntry j = jours.get(i);
            out.add(new PlacedCommand(place, placed(place, () -> new DefineJour(new Jour(j.id(), j.name(),
                    optionalNumber("number", j.number()), Boolean.TRUE.equals(j.answeredAroundTheClock()), j.hours(), j.outsideHours())))));
            List<RosterShift> shifts = new ArrayList<>();
            List<String> places = new ArrayList<>();
            List<SocialConfiguration.ShiftEntry> roster = orEmpty(j.roster());
            for (int s = 0; s < roster.size(); s++) {
                String shiftPlace = place + ".roster[" + s + "]";
                SocialConfiguration.ShiftEntry e = roster.get(s);
                shifts.add(placed(shiftPlace, () -> new RosterShift(SwedishTime.parseInstant("start", e.start()),
                        SwedishTime.parseInstant("end", e.end()), e.person(), PhoneNumber.parse("number", e.number()))));
                places.add(shiftPlace);
            }
            List<SocialConfiguration.RotationEntry> rotations = orEmpty(j.rotations());
            for (int r = 0; r < rotations.size(); r++) {
                String rotationPlace = place + ".rotations[" + r + "]";
                int index = r;
                for (RosterShift s : placed(rotationPlace, () -> RotationExpander.expand(rotations.get(index)))) {
                    shifts.add(s);
                    places.add(rotationPlace);
                }
            }
            if (!shifts.isEmpty()) {
                out.add(new PlacedCommand(place + ".roster", new ShiftPlacing(new AddRosterShifts(j.id(), shifts), places)));
            }
        }
        List<SocialConfiguration.AgreementEntry> agreements = orEmpty(config.agreements());
        for (int i = 0; i < agreements.size(); i++) {
            String place = "agreements[" + i + "]";
            SocialConfiguration.AgreementEntry a = agreements.get(i);
            out.add(new PlacedCommand(place, placed(place, () -> agreement(a))));
        }
        List<SocialConfiguration.DirectNumberEntry> numbers = orEmpty(config.directNumbers());
        for (int i = 0; i < numbers.size(); i++) {
            String place = "directNumbers[" + i + "]";
            SocialConfiguration.DirectNumberEntry d = numbers.get(i);
            out.add(new PlacedCommand(place, placed(place, () -> new AssignDirectNumber(PhoneNumber.parse("number", d.number()), d.municipality()))));
        }
        List<SocialConfiguration.PolicyEntry> policy = orEmpty(config.noAgreementPolicy());
        for (int i = 0; i < policy.size(); i++) {
            String place = "noAgreementPolicy[" + i + "]";
            SocialConfiguration.PolicyEntry p = policy.get(i);
            out.add(new PlacedCommand(place, placed(place, () -> policyRow(p))));
        }
        return out;
    }

    private static AddAgreement agreement(SocialConfiguration.AgreementEntry a) {
        if (a.customer() != null && a.municipality() != null) {
            throw new InvalidInputException("customer", "an agreement is a municipality's or a customer's on-call line's,"
                    + " not both");
        }
        String owner = a.customer() != null ? a.customer() : a.municipality();
        AgreementKind kind = parseEnum("kind", a.kind(), AgreementKind.class);
        LocalDate from = date("validFrom", a.validFrom(), true);
        LocalDate until = date("validUntil", a.validUntil(), false);
        List<WeeklyWindow> weekly = new ArrayList<>();
        List<String> weeklyText = orEmpty(a.weekly());
        for (int w = 0; w < weeklyText.size(); w++) {
            weekly.addAll(WeeklyText.parse("weekly[" + w + "]", weeklyText.get(w)));
        }
        List<DayTypeRule> dayTypes = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : orEmpty(a.dayTypes()).entrySet()) {
            DayType type = parseEnum("dayTypes." + e.getKey(), e.getKey(), DayType.class);
            dayTypes.add(new DayTypeRule(type, windows("dayTypes." + e.getKey(), e.getValue())));
        }
        List<DateRule> dates = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : orEmpty(a.dates()).entrySet()) {
            dates.add(new DateRule(date("dates." + e.getKey(), e.getKey(), true), windows("dates." + e.getKey(), e.getValue())));
        }
        List<OneOffChange> changes = new ArrayList<>();
        List<SocialConfiguration.OneOffEntry> oneOffs = orEmpty(a.oneOffChanges());
        for (int c = 0; c < oneOffs.size(); c++) {
            String place = "oneOffChanges[" + c + "]";
            SocialConfiguration.OneOffEntry o = oneOffs.get(c);
            changes.add(placed(place, () -> oneOff(o)));
        }
        return new AddAgreement(owner, a.jour(), kind, from, until, optionalNumber("forwardingNumber", a.forwardingNumber()),
                Boolean.TRUE.equals(a.answeredAroundTheClock()), a.outsideHours(), a.instructions(), a.message(),
                Boolean.TRUE.equals(a.roster()), new Schedule(weekly, dayTypes, dates), changes);
    }

    private static OneOffChange oneOff(SocialConfiguration.OneOffEntry o) {
        boolean close = Boolean.TRUE.equals(o.close());
        if (close == (o.connect() != null)) {
            throw new InvalidInputException("connect", "a one-off change either connects to a number or has close: true");
        }
        return new OneOffChange(o.id(), localDateTime("from", o.from()), localDateTime("to", o.to()),
                close ? OneOffChange.Action.CLOSE : OneOffChange.Action.CONNECT,
                close ? null : PhoneNumber.parse("connect", o.connect()), o.note());
    }

    private static AddNoAgreementPolicyRow policyRow(SocialConfiguration.PolicyEntry p) {
        NoAgreementPolicy.Action action = parseEnum("action", p.action(), NoAgreementPolicy.Action.class);
        return new AddNoAgreementPolicyRow(new NoAgreementPolicy(SwedishTime.parseInstant("from", p.from()), action,
                action == NoAgreementPolicy.Action.REFER_POLICE ? ServiceNumber.POLICE_114_14 : null, p.text()));
    }

    private static List<Window> windows(String field, List<String> texts) {
        List<Window> out = new ArrayList<>();
        List<String> list = orEmpty(texts);
        for (int i = 0; i < list.size(); i++) {
            out.add(Window.parse(field + "[" + i + "]", list.get(i)));
        }
        return out;
    }

    static LocalDate date(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, "is missing; give a date YYYY-MM-DD");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a date YYYY-MM-DD");
        }
    }

    static LocalDateTime localDateTime(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is missing; give a Swedish local date-time YYYY-MM-DDTHH:MM");
        }
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a local date-time YYYY-MM-DDTHH:MM");
        }
    }

    private static PhoneNumber optionalNumber(String field, String text) {
        return text == null || text.isBlank() ? null : PhoneNumber.parse(field, text);
    }

    static <E extends Enum<E>> E parseEnum(String field, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + text + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    /** Runs a conversion, prefixing any error's field with the place in the file. */
    static <T> T placed(String place, java.util.function.Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (DomainException e) {
            throw at(place, e);
        }
    }

    static DomainException at(String place, DomainException e) {
        String field = e.field() == null ? place : e.field().startsWith(place) ? e.field() : place + "." + e.field();
        return switch (e.kind()) {
            case NOT_FOUND -> new NotFoundException(field, place + ": " + e.getMessage());
            case CONFLICT -> new ConflictException(field, place + ": " + e.getMessage());
            default -> new InvalidInputException(field, e instanceof InvalidInputException i ? i.reason() : e.getMessage());
        };
    }

    /** Names weekdays in the file's weekly lines. */
    static final class WeeklyText {

        private static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

        private WeeklyText() {
        }

        /** {@code "Mon-Thu 16:00-24:00"}, {@code "Sat,Sun 13:30-01:00"}, {@code "Fri 18:00-01:00"}. */
        static List<WeeklyWindow> parse(String field, String text) {
            if (text == null || !text.strip().contains(" ")) {
                throw new InvalidInputException(field, "must be DAYS HH:MM-HH:MM (e.g. 'Mon-Fri 16:00-08:00'), was '" + text + "'");
            }
            String[] parts = text.strip().split("\\s+", 2);
            Window window = Window.parse(field, parts[1]);
            List<WeeklyWindow> out = new ArrayList<>();
            for (String group : parts[0].split(",", -1)) {
                String[] range = group.split("-", -1); // "-" alone: two empty days, refused by name
                int first = day(field, range[0]);
                int last = range.length == 2 ? day(field, range[1]) : first;
                if (range.length > 2) {
                    throw new InvalidInputException(field, "'" + group + "' is not a day or a range of days");
                }
                for (int d = first; ; d = (d + 1) % 7) {
                    out.add(new WeeklyWindow(DayOfWeek.of(d + 1), window));
                    if (d == last) {
                        break;
                    }
                }
            }
            return out;
        }

        private static int day(String field, String text) {
            int i = DAYS.indexOf(text.strip());
            if (i < 0) {
                throw new InvalidInputException(field, "'" + text + "' is not a day; use " + DAYS);
            }
            return i;
        }
    }
}
