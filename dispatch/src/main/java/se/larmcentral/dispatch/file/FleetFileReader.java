package se.larmcentral.dispatch.file;

import se.larmcentral.core.DomainException;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.file.YamlFileException;
import se.larmcentral.core.file.YamlNode;
import se.larmcentral.core.file.YamlReader;
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
 * names the file and the place in it, e.g. {@code demo.yaml: stations[3].units[1].type}, and whose reason ends with
 * the line and column. The YAML itself is read by core's {@link YamlReader}; this class maps its tree to the fleet.
 */
public final class FleetFileReader {

    /** The classpath resource of the illustrative Stockholm County demo fleet. */
    public static final String DEMO_STOCKHOLM = "/se/larmcentral/dispatch/demo-fleet-stockholm.yaml";

    static final String FORMAT = "larmcentral-fleet/1";

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
        YamlNode document;
        try {
            document = YamlReader.read(source, in);
        } catch (YamlFileException e) {
            // the text as a whole (not YAML, too large...), or a key given twice at its place
            throw new InvalidInputException(e.path().isEmpty() ? source : source + ": " + e.path(),
                    e.reasonWithPosition());
        } catch (IOException e) {
            throw new InvalidInputException(source, "cannot be read: " + e.getMessage());
        }
        if (document.isNull()) {
            throw new InvalidInputException(source, "is empty");
        }
        try {
            return new Parse().fleet(document.asMapping());
        } catch (YamlFileException e) {
            throw new InvalidInputException(e.source() + ": " + (e.path().isEmpty() ? "(top level)" : e.path()),
                    e.reasonWithPosition());
        }
    }

    /** One reading of one file: the ids seen so far, to refuse duplicates. */
    private static final class Parse {

        private final Set<String> hospitalIds = new HashSet<>();
        private final Set<String> stationIds = new HashSet<>();
        private final Set<String> unitIds = new HashSet<>();
        private final Map<String, List<ShiftWindow>> shifts = new LinkedHashMap<>();

        FleetDefinition fleet(YamlNode.Mapping root) {
            root.onlyKeys(Set.of("format", "name", "illustrative", "note", "shifts", "hospitals", "stations"));
            YamlNode format = root.required("format");
            if (!FORMAT.equals(text(format))) {
                throw format.problem("must be '" + FORMAT + "', was '" + text(format) + "'");
            }
            String name = text(root.required("name"));
            boolean illustrative = root.required("illustrative").asBoolean();
            YamlNode noteNode = root.optional("note");
            String note = noteNode == null ? "" : text(noteNode);
            YamlNode shiftsNode = root.optional("shifts");
            if (shiftsNode != null) {
                for (YamlNode.Mapping.Entry entry : shiftsNode.asMapping().entries().values()) {
                    shifts.put(entry.key(), windows(entry.value()));
                }
            }
            List<Hospital> hospitals = new ArrayList<>();
            YamlNode hospitalsNode = root.optional("hospitals");
            if (hospitalsNode != null) {
                for (YamlNode h : hospitalsNode.asList()) {
                    hospitals.add(hospital(h.asMapping()));
                }
            }
            List<Station> stations = new ArrayList<>();
            List<UnitDefinition> units = new ArrayList<>();
            for (YamlNode s : root.required("stations").asList()) {
                stations.add(station(s.asMapping(), units));
            }
            return new FleetDefinition(name, illustrative, note, stations, hospitals, units);
        }

        private List<ShiftWindow> windows(YamlNode node) {
            List<ShiftWindow> windows = new ArrayList<>();
            for (YamlNode item : node.asList()) {
                YamlNode.Mapping w = item.asMapping().onlyKeys(Set.of("days", "from", "to"));
                List<DayOfWeek> days = days(w.required("days"));
                LocalTime from = time(w.required("from"), false);
                LocalTime to = time(w.required("to"), true);
                windows.add(new ShiftWindow(days, from, to));
            }
            if (windows.isEmpty()) {
                throw node.problem("a shift needs at least one window");
            }
            return windows;
        }

        private static List<DayOfWeek> days(YamlNode node) {
            if (!(node instanceof YamlNode.Sequence)) {
                String text = text(node);
                return switch (text) {
                    case "every-day" -> List.of(DayOfWeek.values());
                    case "weekdays" -> List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
                    case "weekends" -> List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                    default -> throw node.problem("must be every-day, weekdays, weekends or a list of mon..sun, was '" + text + "'");
                };
            }
            EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (YamlNode day : node.asList()) {
                String text = text(day).toLowerCase(Locale.ROOT);
                DayOfWeek found = null;
                for (DayOfWeek d : DayOfWeek.values()) {
                    if (d.name().toLowerCase(Locale.ROOT).startsWith(text) && text.length() >= 3) {
                        found = d;
                    }
                }
                if (found == null || !days.add(found)) {
                    throw day.problem(found == null ? "must be a day: mon, tue, wed, thu, fri, sat or sun, was '" + text + "'"
                            : "names " + text + " twice");
                }
            }
            if (days.isEmpty()) {
                throw node.problem("must name at least one day");
            }
            return List.copyOf(days);
        }

        private static LocalTime time(YamlNode node, boolean end) {
            String text = text(node);
            if (end && text.equals("24:00")) {
                return LocalTime.MIDNIGHT;
            }
            if (!text.matches("[0-2][0-9]:[0-5][0-9]")) {
                throw node.problem("must be a local time HH:MM" + (end ? " (24:00 for midnight at the end of the day)" : "")
                        + ", was '" + text + "'");
            }
            try {
                return LocalTime.parse(text);
            } catch (DateTimeParseException e) {
                throw node.problem("is not a time of day: '" + text + "'");
            }
        }

        private Hospital hospital(YamlNode.Mapping h) {
            h.onlyKeys(Set.of("id", "name", "position", "capabilities"));
            String id = uniqueId(h.required("id"), hospitalIds, "hospital");
            List<HospitalCapability> capabilities = new ArrayList<>();
            for (YamlNode c : h.required("capabilities").asList()) {
                HospitalCapability capability = c.asConstant(HospitalCapability.class);
                if (capabilities.contains(capability)) {
                    throw c.problem("names " + text(c) + " twice");
                }
                capabilities.add(capability);
            }
            return build(h, () -> new Hospital(id, text(h.required("name")), position(h.required("position")), capabilities));
        }

        private Station station(YamlNode.Mapping s, List<UnitDefinition> units) {
            s.onlyKeys(Set.of("id", "name", "municipality", "position", "units"));
            String id = uniqueId(s.required("id"), stationIds, "station");
            YamlNode municipality = s.optional("municipality");
            Station station = build(s, () -> new Station(id, text(s.required("name")), position(s.required("position")),
                    municipality == null ? null : text(municipality)));
            YamlNode unitsNode = s.optional("units");
            if (unitsNode != null) {
                for (YamlNode u : unitsNode.asList()) {
                    units.add(unit(u.asMapping(), id));
                }
            }
            return station;
        }

        private UnitDefinition unit(YamlNode.Mapping u, String stationId) {
            u.onlyKeys(Set.of("id", "call-sign", "type", "shift"));
            String id = uniqueId(u.required("id"), unitIds, "unit");
            YamlNode callSign = u.optional("call-sign");
            UnitType type = u.required("type").asConstant(UnitType.class);
            YamlNode shiftNode = u.optional("shift");
            List<ShiftWindow> windows = List.of();
            if (shiftNode != null) {
                windows = shifts.get(text(shiftNode));
                if (windows == null) {
                    throw shiftNode.problem("unknown shift '" + text(shiftNode) + "'; the file defines " + shifts.keySet());
                }
            }
            List<ShiftWindow> chosen = windows;
            return build(u, () -> new UnitDefinition(id, callSign == null ? id : text(callSign), type, stationId, chosen));
        }

        private static String uniqueId(YamlNode node, Set<String> seen, String what) {
            String id = text(node);
            if (!seen.add(id)) {
                throw node.problem("the " + what + " id '" + id + "' is used twice");
            }
            return id;
        }

        /** Stockholm-sized sanity check: inside Sweden, which also catches a swapped latitude and longitude. */
        private static GeoPoint position(YamlNode node) {
            GeoPoint point;
            try {
                point = GeoPoint.parse("position", text(node));
            } catch (InvalidInputException e) {
                throw node.problem(e.reason());
            }
            if (point.lat() < 55 || point.lat() > 69.1 || point.lon() < 10.9 || point.lon() > 24.2) {
                throw node.problem("lies outside Sweden (" + text(node) + "); give latitude first, then longitude");
            }
            return point;
        }

        /** A value as written, without surrounding spaces. */
        private static String text(YamlNode node) {
            return node.asText().strip();
        }

        /** Builds a domain value, moving its own validation error to this place in the file. */
        private static <T> T build(YamlNode node, Supplier<T> builder) {
            try {
                return builder.get();
            } catch (InvalidInputException e) {
                throw node.problem(e.field() + " " + e.reason());
            } catch (DomainException e) {
                throw node.problem(e.getMessage());
            }
        }
    }
}
