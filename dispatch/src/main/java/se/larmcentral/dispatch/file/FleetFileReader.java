package se.larmcentral.dispatch.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.FleetDefinition;
import se.larmcentral.dispatch.Hospital;
import se.larmcentral.dispatch.HospitalCapability;
import se.larmcentral.dispatch.ShiftWindow;
import se.larmcentral.dispatch.Station;
import se.larmcentral.dispatch.UnitDefinition;
import se.larmcentral.dispatch.UnitType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads a fleet file (format {@code larmcentral-fleet/1}, described in the module README) into a
 * {@link FleetDefinition}, which {@link se.larmcentral.dispatch.LoadFleet} registers. Validates everything on load:
 * unknown or missing keys, ids used twice, positions outside Sweden (a swapped latitude and longitude), unknown
 * unit types, capabilities, shift names and stations. Every error is an {@link InvalidInputException} whose field
 * names the file and the place in it, e.g. {@code demo.yaml: stations[3].units[1].type}.
 */
public final class FleetFileReader {

    /** The classpath resource of the illustrative Stockholm County demo fleet. */
    public static final String DEMO_STOCKHOLM = "/se/larmcentral/dispatch/demo-fleet-stockholm.yaml";

    static final String FORMAT = "larmcentral-fleet/1";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private FleetFileReader() {
    }

    /** The Stockholm County demo fleet shipped with the module (illustrative positions). */
    public static FleetDefinition demoStockholm() {
        try (InputStream in = FleetFileReader.class.getResourceAsStream(DEMO_STOCKHOLM)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DEMO_STOCKHOLM + " is missing from the dispatch module");
            }
            return read("demo-fleet-stockholm.yaml", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FleetDefinition read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /** Reads a fleet file; {@code source} names it in error messages. */
    public static FleetDefinition read(String source, InputStream in) {
        JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidInputException(source, "is not valid YAML" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInputException(source, "cannot be read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidInputException(source, "is empty");
        }
        return new Parse().fleet(new Place(source, "", root));
    }

    /** One reading of one file: the ids seen so far, to refuse duplicates. */
    private static final class Parse {

        private final Set<String> hospitalIds = new HashSet<>();
        private final Set<String> stationIds = new HashSet<>();
        private final Set<String> unitIds = new HashSet<>();
        private final Map<String, List<ShiftWindow>> shifts = new LinkedHashMap<>();

        FleetDefinition fleet(Place root) {
            root.onlyKeys(Set.of("format", "name", "illustrative", "note", "shifts", "hospitals", "stations"));
            Place format = root.required("format");
            if (!FORMAT.equals(format.text())) {
                throw format.error("must be '" + FORMAT + "', was '" + format.text() + "'");
            }
            String name = root.required("name").text();
            boolean illustrative = root.required("illustrative").bool();
            Place notePlace = root.optional("note");
            String note = notePlace == null ? "" : notePlace.text();
            Place shiftsPlace = root.optional("shifts");
            if (shiftsPlace != null) {
                for (Map.Entry<String, Place> entry : shiftsPlace.entries()) {
                    shifts.put(entry.getKey(), windows(entry.getValue()));
                }
            }
            List<Hospital> hospitals = new ArrayList<>();
            Place hospitalsPlace = root.optional("hospitals");
            if (hospitalsPlace != null) {
                for (Place h : hospitalsPlace.list()) {
                    hospitals.add(hospital(h));
                }
            }
            List<Station> stations = new ArrayList<>();
            List<UnitDefinition> units = new ArrayList<>();
            for (Place s : root.required("stations").list()) {
                stations.add(station(s, units));
            }
            return new FleetDefinition(name, illustrative, note, stations, hospitals, units);
        }

        private List<ShiftWindow> windows(Place place) {
            List<ShiftWindow> windows = new ArrayList<>();
            for (Place w : place.list()) {
                w.onlyKeys(Set.of("days", "from", "to"));
                List<DayOfWeek> days = days(w.required("days"));
                LocalTime from = time(w.required("from"), false);
                LocalTime to = time(w.required("to"), true);
                windows.add(new ShiftWindow(days, from, to));
            }
            if (windows.isEmpty()) {
                throw place.error("a shift needs at least one window");
            }
            return windows;
        }

        private static List<DayOfWeek> days(Place place) {
            if (!place.isList()) {
                String text = place.text();
                return switch (text) {
                    case "every-day" -> List.of(DayOfWeek.values());
                    case "weekdays" -> List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
                    case "weekends" -> List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                    default -> throw place.error("must be every-day, weekdays, weekends or a list of mon..sun, was '" + text + "'");
                };
            }
            EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (Place day : place.list()) {
                String text = day.text().toLowerCase(Locale.ROOT);
                DayOfWeek found = null;
                for (DayOfWeek d : DayOfWeek.values()) {
                    if (d.name().toLowerCase(Locale.ROOT).startsWith(text) && text.length() >= 3) {
                        found = d;
                    }
                }
                if (found == null || !days.add(found)) {
                    throw day.error(found == null ? "must be a day: mon, tue, wed, thu, fri, sat or sun, was '" + text + "'"
                            : "names " + text + " twice");
                }
            }
            if (days.isEmpty()) {
                throw place.error("must name at least one day");
            }
            return List.copyOf(days);
        }

        private static LocalTime time(Place place, boolean end) {
            String text = place.text();
            if (end && text.equals("24:00")) {
                return LocalTime.MIDNIGHT;
            }
            if (!text.matches("[0-2][0-9]:[0-5][0-9]")) {
                throw place.error("must be a local time HH:MM" + (end ? " (24:00 for midnight at the end of the day)" : "")
                        + ", was '" + text + "'");
            }
            try {
                return LocalTime.parse(text);
            } catch (DateTimeParseException e) {
                throw place.error("is not a time of day: '" + text + "'");
            }
        }

        private Hospital hospital(Place h) {
            h.onlyKeys(Set.of("id", "name", "position", "capabilities"));
            String id = uniqueId(h.required("id"), hospitalIds, "hospital");
            List<HospitalCapability> capabilities = new ArrayList<>();
            for (Place c : h.required("capabilities").list()) {
                HospitalCapability capability = enumValue(c, HospitalCapability.class);
                if (capabilities.contains(capability)) {
                    throw c.error("names " + c.text() + " twice");
                }
                capabilities.add(capability);
            }
            return build(h, () -> new Hospital(id, h.required("name").text(), position(h.required("position")), capabilities));
        }

        private Station station(Place s, List<UnitDefinition> units) {
            s.onlyKeys(Set.of("id", "name", "municipality", "position", "units"));
            String id = uniqueId(s.required("id"), stationIds, "station");
            Place municipality = s.optional("municipality");
            Station station = build(s, () -> new Station(id, s.required("name").text(), position(s.required("position")),
                    municipality == null ? null : municipality.text()));
            Place unitsPlace = s.optional("units");
            if (unitsPlace != null) {
                for (Place u : unitsPlace.list()) {
                    units.add(unit(u, id));
                }
            }
            return station;
        }

        private UnitDefinition unit(Place u, String stationId) {
            u.onlyKeys(Set.of("id", "call-sign", "type", "shift"));
            String id = uniqueId(u.required("id"), unitIds, "unit");
            Place callSign = u.optional("call-sign");
            UnitType type = enumValue(u.required("type"), UnitType.class);
            Place shiftPlace = u.optional("shift");
            List<ShiftWindow> windows = List.of();
            if (shiftPlace != null) {
                windows = shifts.get(shiftPlace.text());
                if (windows == null) {
                    throw shiftPlace.error("unknown shift '" + shiftPlace.text() + "'; the file defines " + shifts.keySet());
                }
            }
            List<ShiftWindow> chosen = windows;
            return build(u, () -> new UnitDefinition(id, callSign == null ? id : callSign.text(), type, stationId, chosen));
        }

        private static String uniqueId(Place place, Set<String> seen, String what) {
            String id = place.text();
            if (!seen.add(id)) {
                throw place.error("the " + what + " id '" + id + "' is used twice");
            }
            return id;
        }

        /** Stockholm-sized sanity check: inside Sweden, which also catches a swapped latitude and longitude. */
        private static GeoPoint position(Place place) {
            GeoPoint point;
            try {
                point = GeoPoint.parse("position", place.text());
            } catch (InvalidInputException e) {
                throw place.error(e.reason());
            }
            if (point.lat() < 55 || point.lat() > 69.1 || point.lon() < 10.9 || point.lon() > 24.2) {
                throw place.error("lies outside Sweden (" + place.text() + "); give latitude first, then longitude");
            }
            return point;
        }

        private static <E extends Enum<E>> E enumValue(Place place, Class<E> type) {
            String text = place.text();
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                List<String> names = new ArrayList<>();
                for (E value : type.getEnumConstants()) {
                    names.add(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                }
                throw place.error("unknown value '" + text + "'; expected one of " + names);
            }
        }

        /** Builds a domain value, moving its own validation error to this place in the file. */
        private static <T> T build(Place place, Supplier<T> builder) {
            try {
                return builder.get();
            } catch (InvalidInputException e) {
                if (e.field() != null && e.field().contains(": ")) {
                    throw e;
                }
                throw place.error(e.field() + " " + e.reason());
            } catch (DomainException e) {
                throw place.error(e.getMessage());
            }
        }
    }
}
