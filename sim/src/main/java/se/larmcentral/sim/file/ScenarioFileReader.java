package se.larmcentral.sim.file;

import se.larmcentral.core.DomainException;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.file.YamlFileException;
import se.larmcentral.core.file.YamlNode;
import se.larmcentral.core.file.YamlReader;
import se.larmcentral.dispatch.FleetDefinition;
import se.larmcentral.dispatch.moveup.ComplianceTable;
import se.larmcentral.dispatch.moveup.Dmexclp;
import se.larmcentral.dispatch.file.FleetFileReader;
import se.larmcentral.geo.CoverageFallbackTravelTimes;
import se.larmcentral.geo.EstimatedTravelTimes;
import se.larmcentral.geo.RoadNetworkConfig;
import se.larmcentral.geo.RoadNetworkTravelTimes;
import se.larmcentral.geo.TravelTimes;
import se.larmcentral.sim.Demand;
import se.larmcentral.sim.DemandPoint;
import se.larmcentral.sim.Distribution;
import se.larmcentral.sim.MoveUpOptions;
import se.larmcentral.sim.Policy;
import se.larmcentral.sim.PoissonDemand;
import se.larmcentral.sim.RefusalFallbackTravelTimes;
import se.larmcentral.sim.Scenario;
import se.larmcentral.sim.ServiceModel;
import se.larmcentral.sim.TraceDemand;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads a scenario file ({@code larmcentral-sim-scenario/1}, described in {@code sim/README.md}): fleet, travel
 * times, service times, demand and targets. Validated on load: unknown and missing keys, wrong kinds of value,
 * malformed distributions, missing files; every error is an {@link InvalidInputException} whose field is
 * {@code <file>: <path>} and whose reason ends with the line and column.
 *
 * <p>Paths in the file are relative to the file; a path starting {@code shared-data/} is relative to the project's
 * shared reference data folder instead (given by the caller).
 */
public final class ScenarioFileReader {

    public static final String FORMAT = "larmcentral-sim-scenario/1";

    private final Path sharedData;
    private final Path graphCache;
    private final Consumer<String> progress;

    /**
     * @param sharedData the folder {@code shared-data/...} paths resolve against
     * @param graphCache where an OpenStreetMap road graph is kept once imported (unless the file names a folder)
     * @param progress   where loading a road network reports what it does
     */
    public ScenarioFileReader(Path sharedData, Path graphCache, Consumer<String> progress) {
        this.sharedData = sharedData;
        this.graphCache = graphCache;
        this.progress = progress;
    }

    public Scenario read(Path file) {
        YamlNode document;
        try (InputStream in = Files.newInputStream(file)) {
            document = YamlReader.read(file.getFileName().toString(), in);
        } catch (YamlFileException e) {
            throw new InvalidInputException(e.path().isEmpty() ? file.toString() : file + ": " + e.path(),
                    e.reasonWithPosition());
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
        try {
            return scenario(document.asMapping(), file.toAbsolutePath().getParent());
        } catch (YamlFileException e) {
            throw new InvalidInputException(file.getFileName() + ": " + (e.path().isEmpty() ? "(top level)" : e.path()),
                    e.reasonWithPosition());
        }
    }

    private Scenario scenario(YamlNode.Mapping root, Path folder) {
        root.onlyKeys(Set.of("format", "name", "zone", "start", "fleet", "travel", "service", "demand", "targets-minutes",
                "policy", "move-up"));
        YamlNode format = root.required("format");
        if (!FORMAT.equals(format.asText())) {
            throw format.problem("must be " + FORMAT + ", was '" + format.asText() + "'");
        }
        String name = root.required("name").asText();
        YamlNode zoneNode = root.optional("zone");
        ZoneId zone = zoneNode == null ? ZoneId.of("Europe/Stockholm") : build(zoneNode, () -> zone(zoneNode));
        YamlNode startNode = root.required("start");
        Instant start = build(startNode, () -> OffsetDateTime.parse(startNode.asText()).toInstant());
        Resolver paths = new Resolver(folder, sharedData);
        FleetDefinition fleet = fleet(root.required("fleet").asMapping(), paths);
        YamlNode travelNode = root.required("travel");
        Travel travel = travel(travelNode.asMapping(), paths);
        ServiceModel service = service(root.required("service").asMapping());
        Demand demand = demand(root.required("demand").asMapping(), paths, fleet);
        Map<Integer, Duration> targets = new HashMap<>();
        YamlNode targetsNode = root.optional("targets-minutes");
        if (targetsNode != null) {
            for (YamlNode.Mapping.Entry entry : targetsNode.asMapping().entries().values()) {
                if (!entry.key().matches("[1-4]")) {
                    throw entry.value().problem("the priority must be 1, 2, 3 or 4, was '" + entry.key() + "'");
                }
                double minutes = positive(entry.value());
                targets.put(Integer.parseInt(entry.key()), Duration.ofMillis(Math.round(minutes * 60_000)));
            }
        }
        MoveUpOptions moveUp = moveUp(root.optional("move-up"), fleet);
        YamlNode policyNode = root.optional("policy");
        if (policyNode != null) {
            if (!Policy.NAMES.contains(policyNode.asText())) {
                throw policyNode.problem("unknown policy '" + policyNode.asText() + "'; expected one of " + Policy.NAMES);
            }
            if (policyNode.asText().equals("compliance-table") && moveUp.complianceTable().isEmpty()) {
                throw policyNode.problem("the compliance-table policy needs move-up.compliance-table");
            }
            moveUp = moveUp.withPolicy(policyNode.asText());
        }
        return new Scenario(name, zone, start, fleet, travel.times(), travel.name(), service, demand, targets, moveUp);
    }

    // --- move-up

    private static MoveUpOptions moveUp(YamlNode node, FleetDefinition fleet) {
        MoveUpOptions d = MoveUpOptions.DEFAULT;
        if (node == null) {
            return d;
        }
        YamlNode.Mapping m = node.asMapping();
        m.onlyKeys(Set.of("busy-fraction", "min-gain", "max-travel-minutes", "turnout-seconds", "interval-minutes",
                "compliance-table", "scope"));
        double busy = d.busyFraction();
        YamlNode busyNode = m.optional("busy-fraction");
        if (busyNode != null) {
            busy = number(busyNode);
            if (!(busy > 0 && busy < 1)) {
                throw busyNode.problem("must lie strictly between 0 and 1, was " + busyNode.describe());
            }
        }
        double minGain = d.minGain();
        YamlNode gainNode = m.optional("min-gain");
        if (gainNode != null) {
            minGain = number(gainNode);
            if (!(minGain >= 0 && minGain <= 1)) {
                throw gainNode.problem("must be a share between 0 and 1, was " + gainNode.describe());
            }
        }
        YamlNode travelNode = m.optional("max-travel-minutes");
        Duration maxTravel = travelNode == null ? d.maxTravel() : Duration.ofMillis(Math.round(positive(travelNode) * 60_000));
        YamlNode turnoutNode = m.optional("turnout-seconds");
        Duration turnout = null;
        if (turnoutNode != null) {
            double seconds = number(turnoutNode);
            if (seconds < 0) {
                throw turnoutNode.problem("must be 0 or more, was " + turnoutNode.describe());
            }
            turnout = Duration.ofMillis(Math.round(seconds * 1000));
        }
        YamlNode intervalNode = m.optional("interval-minutes");
        Duration interval = d.interval();
        if (intervalNode != null) {
            double minutes = number(intervalNode);
            if (minutes != 0 && minutes < 1) {
                throw intervalNode.problem("must be 0 (decide only after assignments and units coming free) or at least 1, was "
                        + intervalNode.describe());
            }
            interval = minutes == 0 ? null : Duration.ofMillis(Math.round(minutes * 60_000));
        }
        Map<Integer, List<String>> table = new TreeMap<>();
        YamlNode tableNode = m.optional("compliance-table");
        if (tableNode != null) {
            for (YamlNode.Mapping.Entry entry : tableNode.asMapping().entries().values()) {
                if (!entry.key().matches("[1-9][0-9]{0,3}")) {
                    throw entry.value().problem("rows are numbered by free units from 1, was '" + entry.key() + "'");
                }
                List<String> row = new ArrayList<>();
                for (YamlNode item : entry.value().asList()) {
                    row.add(item.asText());
                }
                table.put(Integer.parseInt(entry.key()), row);
            }
            build(tableNode, () -> {
                new ComplianceTable(table).requireKnown(fleet.stations());
                return null;
            });
        }
        YamlNode scopeNode = m.optional("scope");
        Dmexclp.Scope scope = d.scope();
        if (scopeNode != null) {
            scope = build(scopeNode, () -> Dmexclp.Scope.parse("scope", scopeNode.asText()));
        }
        return new MoveUpOptions(d.policy(), busy, minGain, maxTravel, turnout, interval, table, scope);
    }

    private static ZoneId zone(YamlNode node) {
        try {
            return ZoneId.of(node.asText());
        } catch (DateTimeException e) {
            throw node.problem("unknown time zone '" + node.asText() + "'; give a name such as Europe/Stockholm");
        }
    }

    // --- fleet

    private static FleetDefinition fleet(YamlNode.Mapping node, Resolver paths) {
        node.onlyKeys(Set.of("kind", "path", "folder"));
        YamlNode kind = node.required("kind");
        return switch (kind.asText()) {
            case "demo-stockholm" -> FleetFileReader.demoStockholm();
            case "file" -> {
                Path path = paths.existing(node.required("path"));
                yield FleetFileReader.read(path);
            }
            case "jemss" -> JemssFolder.open(paths.existingFolder(node.required("folder"))).fleet();
            default -> throw kind.problem("unknown fleet kind '" + kind.asText() + "'; expected one of [demo-stockholm, file, jemss]");
        };
    }

    // --- travel

    private record Travel(TravelTimes times, String name) {
    }

    private Travel travel(YamlNode.Mapping node, Resolver paths) {
        YamlNode kind = node.required("kind");
        switch (kind.asText()) {
            case "estimated" -> {
                node.onlyKeys(Set.of("kind", "speed-kmh", "detour"));
                double speed = node.optional("speed-kmh") == null ? EstimatedTravelTimes.DEFAULT_SPEED_KMH : positive(node.required("speed-kmh"));
                double detour = node.optional("detour") == null ? EstimatedTravelTimes.DEFAULT_DETOUR_FACTOR : positive(node.required("detour"));
                EstimatedTravelTimes times = new EstimatedTravelTimes(detour, speed);
                return new Travel(times, "estimated: " + times.formula());
            }
            case "osm" -> {
                node.onlyKeys(Set.of("kind", "extract", "graph-cache"));
                Path extract = paths.existing(node.required("extract"));
                YamlNode cacheNode = node.optional("graph-cache");
                Path cache = cacheNode == null ? graphCache : paths.path(cacheNode);
                RoadNetworkTravelTimes roads = RoadNetworkTravelTimes.open(RoadNetworkConfig.of(extract, cache), progress);
                EstimatedTravelTimes estimate = new EstimatedTravelTimes();
                return new Travel(new RefusalFallbackTravelTimes(new CoverageFallbackTravelTimes(roads, estimate), estimate),
                        "road network " + extract.getFileName() + " (estimates outside it)");
            }
            case "jemss-roads" -> {
                node.onlyKeys(Set.of("kind", "folder", "mode", "search"));
                YamlNode modeNode = node.optional("mode");
                int mode = modeNode == null ? 1 : modeNode.asWholeNumber();
                if (mode != 1 && mode != 2) {
                    throw modeNode.problem("must be 1 (lights and sirens) or 2 (regular), was " + mode);
                }
                YamlNode searchNode = node.optional("search");
                String search = searchNode == null ? "dijkstra" : searchNode.asText();
                if (!search.equals("dijkstra") && !search.equals("contraction-hierarchies")) {
                    throw searchNode.problem("must be dijkstra or contraction-hierarchies, was '" + search + "'");
                }
                JemssFolder jemss = JemssFolder.open(paths.existingFolder(node.required("folder")));
                return search.equals("dijkstra")
                        ? new Travel(jemss.roads(mode), "JEMSS road network, travel mode " + mode)
                        : new Travel(jemss.roads(mode).contracted(), "JEMSS road network, travel mode " + mode
                                + ", contraction hierarchies");
            }
            default -> throw kind.problem("unknown travel kind '" + kind.asText() + "'; expected one of [estimated, osm, jemss-roads]");
        }
    }

    // --- service

    private static ServiceModel service(YamlNode.Mapping node) {
        node.onlyKeys(Set.of("dispatch-delay", "acknowledge", "turnout-at-station", "turnout-mobile", "on-scene",
                "transport-probability", "handover"));
        YamlNode p = node.required("transport-probability");
        double transport = number(p);
        if (transport < 0 || transport > 1) {
            throw p.problem("must be a probability between 0 and 1, was " + p.asText());
        }
        return new ServiceModel(distribution(node.required("dispatch-delay")), distribution(node.required("acknowledge")),
                distribution(node.required("turnout-at-station")), distribution(node.required("turnout-mobile")),
                distribution(node.required("on-scene")), transport, distribution(node.required("handover")));
    }

    /** {@code fixed S}, {@code exponential MEAN}, {@code uniform MIN MAX}, {@code normal MEAN SD}, {@code lognormal MEAN SD}; seconds. */
    static Distribution distribution(YamlNode node) {
        String[] words = node.asText().strip().split("\\s+");
        String usage = "; write 'fixed S', 'exponential MEAN', 'uniform MIN MAX', 'normal MEAN SD' or 'lognormal MEAN SD' (seconds)";
        double[] args = new double[words.length - 1];
        for (int i = 1; i < words.length; i++) {
            try {
                args[i - 1] = Double.parseDouble(words[i]);
            } catch (NumberFormatException e) {
                throw node.problem("'" + words[i] + "' is not a number" + usage);
            }
            if (!(args[i - 1] >= 0) || !Double.isFinite(args[i - 1])) {
                throw node.problem("'" + words[i] + "' must be a number of seconds, 0 or more" + usage);
            }
        }
        int wanted = switch (words[0]) {
            case "fixed", "exponential" -> 1;
            case "uniform", "normal", "lognormal" -> 2;
            default -> throw node.problem("unknown distribution '" + words[0] + "'" + usage);
        };
        if (args.length != wanted) {
            throw node.problem(words[0] + " takes " + wanted + " number" + (wanted == 1 ? "" : "s") + ", was given " + args.length + usage);
        }
        return switch (words[0]) {
            case "fixed" -> new Distribution.Fixed(args[0]);
            case "exponential" -> new Distribution.Exponential(args[0]);
            case "uniform" -> {
                if (args[1] < args[0]) {
                    throw node.problem("uniform MIN MAX needs MIN at most MAX" + usage);
                }
                yield new Distribution.Uniform(args[0], args[1]);
            }
            case "normal" -> new Distribution.Normal(args[0], args[1]);
            default -> {
                if (args[0] <= 0) {
                    throw node.problem("lognormal needs a mean above 0" + usage);
                }
                yield new Distribution.LogNormal(args[0], args[1]);
            }
        };
    }

    // --- demand

    private static Demand demand(YamlNode.Mapping node, Resolver paths, FleetDefinition fleet) {
        YamlNode kind = node.required("kind");
        return switch (kind.asText()) {
            case "trace" -> {
                node.onlyKeys(Set.of("kind", "file"));
                yield new TraceDemand(TraceFileReader.read(paths.existing(node.required("file"))));
            }
            case "poisson" -> {
                node.onlyKeys(Set.of("kind", "calls-per-hour", "hour-of-day", "hour-of-week", "priority-mix", "places"));
                double rate = positive(node.required("calls-per-hour"));
                double[] profile = PoissonDemand.flat();
                if (node.optional("hour-of-week") != null && node.optional("hour-of-day") != null) {
                    throw node.required("hour-of-day").problem("give hour-of-day or hour-of-week, not both");
                }
                if (node.optional("hour-of-week") != null) {
                    profile = numbers(node.required("hour-of-week"), PoissonDemand.HOURS_OF_WEEK);
                } else if (node.optional("hour-of-day") != null) {
                    double[] day = numbers(node.required("hour-of-day"), 24);
                    for (int h = 0; h < profile.length; h++) {
                        profile[h] = day[h % 24];
                    }
                }
                YamlNode mixNode = node.required("priority-mix");
                double[] mix = numbers(mixNode, 4);
                if (Math.abs(Arrays.stream(mix).sum() - 1) > 1e-6) {
                    throw mixNode.problem("the shares of priorities 1-4 must sum to 1, sum to " + Arrays.stream(mix).sum());
                }
                List<DemandPoint> places = places(node.required("places"), paths, fleet);
                double[] finalProfile = profile;
                yield build(node, () -> new PoissonDemand(rate, finalProfile, places, mix));
            }
            default -> throw kind.problem("unknown demand kind '" + kind.asText() + "'; expected one of [poisson, trace]");
        };
    }

    private static List<DemandPoint> places(YamlNode node, Resolver paths, FleetDefinition fleet) {
        if (node instanceof YamlNode.Mapping m) {
            m.onlyKeys(Set.of("from", "folder"));
            YamlNode from = m.required("from");
            return switch (from.asText()) {
                case "stations" -> fleet.stations().stream().map(s -> new DemandPoint(s.position(), 1)).toList();
                case "jemss-nodes" -> JemssFolder.open(paths.existingFolder(m.required("folder"))).demandPoints();
                default -> throw from.problem("unknown source of places '" + from.asText() + "'; expected one of [stations, jemss-nodes], or give a list of points");
            };
        }
        List<DemandPoint> points = new ArrayList<>();
        for (YamlNode item : node.asList()) {
            YamlNode.Mapping point = item.asMapping().onlyKeys(Set.of("position", "weight"));
            YamlNode position = point.required("position");
            GeoPoint at = build(position, () -> GeoPoint.parse("position", position.asText()));
            YamlNode weightNode = point.optional("weight");
            double weight = weightNode == null ? 1 : positive(weightNode);
            points.add(new DemandPoint(at, weight));
        }
        if (points.isEmpty()) {
            throw node.problem("needs at least one place");
        }
        return points;
    }

    // --- values

    private static double number(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NUMBER) {
            double value = ((Number) s.value()).doubleValue();
            if (Double.isFinite(value)) {
                return value;
            }
        }
        throw node.problem("must be a number, was " + node.describe());
    }

    private static double positive(YamlNode node) {
        double value = number(node);
        if (!(value > 0)) {
            throw node.problem("must be more than 0, was " + node.describe());
        }
        return value;
    }

    private static double[] numbers(YamlNode node, int count) {
        List<YamlNode> items = node.asList();
        if (items.size() != count) {
            throw node.problem("needs " + count + " numbers, has " + items.size());
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = number(items.get(i));
            if (values[i] < 0) {
                throw items.get(i).problem("must be 0 or more, was " + items.get(i).describe());
            }
        }
        return values;
    }

    private static <T> T build(YamlNode node, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (InvalidInputException e) {
            throw node.problem(e.field() + " " + e.reason());
        } catch (DomainException e) {
            throw node.problem(e.getMessage());
        } catch (DateTimeException e) {
            throw node.problem("is not a date and time with its offset, such as 2025-03-03T00:00:00+01:00");
        }
    }

    /** Paths relative to the scenario file, or to the shared data for {@code shared-data/...}. */
    private record Resolver(Path folder, Path sharedData) {

        Path path(YamlNode node) {
            String text = node.asText();
            if (text.startsWith("shared-data/")) {
                return sharedData.resolve(text.substring("shared-data/".length()));
            }
            return folder.resolve(text);
        }

        Path existing(YamlNode node) {
            Path path = path(node);
            if (!Files.isRegularFile(path)) {
                throw node.problem("names a file that does not exist: " + path);
            }
            return path;
        }

        Path existingFolder(YamlNode node) {
            Path path = path(node);
            if (!Files.isDirectory(path)) {
                throw node.problem("names a folder that does not exist: " + path);
            }
            return path;
        }
    }
}
