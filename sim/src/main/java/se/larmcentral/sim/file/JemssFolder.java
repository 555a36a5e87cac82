package se.larmcentral.sim.file;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.FleetDefinition;
import se.larmcentral.dispatch.Hospital;
import se.larmcentral.dispatch.HospitalCapability;
import se.larmcentral.dispatch.Station;
import se.larmcentral.dispatch.UnitDefinition;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.sim.DemandPoint;
import se.larmcentral.sim.RoadGraphTravelTimes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A scenario folder in the JEMSS simulator's own formats (the Auckland model in {@code shared/data/jemss-auckland}):
 * {@code stations/stations_1.csv}, {@code ambulances/ambulances_1.csv}, {@code hospitals/hospitals_1.csv},
 * {@code misc/call priorities/priorities_1.csv}, {@code travel/travel/travel_1.csv} (off-road speeds) and
 * {@code travel/roads/roads.zip} (nodes.csv, arcs.csv; arc times in days per travel mode). Each file is a JEMSS
 * table: a title line, a header line, rows until a blank line. A missing file is an error naming it.
 */
public final class JemssFolder {

    private final Path folder;
    private RoadGraphTravelTimes[] roads = new RoadGraphTravelTimes[3];

    private JemssFolder(Path folder) {
        this.folder = folder;
    }

    private static final Map<Path, JemssFolder> OPENED = new HashMap<>();

    /** One reading per folder per process (the road graph takes a second to build). */
    public static synchronized JemssFolder open(Path folder) {
        return OPENED.computeIfAbsent(folder.toAbsolutePath().normalize(), JemssFolder::new);
    }

    /** Stations, ambulances (always in service) and hospitals; ids S1.., A1.., H1.. from JEMSS's indices. */
    public FleetDefinition fleet() {
        List<Station> stations = new ArrayList<>();
        for (Map<String, String> row : table("stations/stations_1.csv")) {
            String name = row.getOrDefault("NAME", "");
            stations.add(new Station("S" + row.get("index"), name.isBlank() ? "Station " + row.get("index") : name,
                    point(row), null));
        }
        List<UnitDefinition> units = new ArrayList<>();
        for (Map<String, String> row : table("ambulances/ambulances_1.csv")) {
            units.add(new UnitDefinition("A" + row.get("index"), "A" + row.get("index"), UnitType.AMBULANCE,
                    "S" + row.get("stationIndex"), List.of()));
        }
        List<Hospital> hospitals = new ArrayList<>();
        for (Map<String, String> row : table("hospitals/hospitals_1.csv")) {
            hospitals.add(new Hospital("H" + row.get("index"), row.get("name"), point(row),
                    List.of(HospitalCapability.ADULT, HospitalCapability.CHILDREN)));
        }
        return new FleetDefinition("JEMSS Auckland (" + folder.getFileName() + ")", false,
                "16 ambulances at 14 St John stations, 4 hospitals, from the JEMSS simulator's Auckland model",
                stations, hospitals, units);
    }

    /** Response-time targets per priority from {@code priorities_1.csv} (days in the file). */
    public Map<Integer, Duration> targets() {
        Map<Integer, Duration> targets = new HashMap<>();
        for (Map<String, String> row : table("misc/call priorities/priorities_1.csv")) {
            double days = Double.parseDouble(row.get("targetResponseTime"));
            targets.put(Integer.parseInt(row.get("priority")), Duration.ofMillis(Math.round(days * 86_400_000)));
        }
        return targets;
    }

    /**
     * Places calls come from: the road nodes with off-road access, each weight 1. JEMSS draws calls from a
     * population-density raster that is not in the shared data, so this spreads demand over the road network.
     */
    public List<DemandPoint> demandPoints() {
        RoadGraphTravelTimes graph = roads(1);
        List<DemandPoint> points = new ArrayList<>();
        for (int i = 0; i < graph.nodes(); i++) {
            if (access[i]) {
                points.add(new DemandPoint(graph.node(i), 1));
            }
        }
        return points;
    }

    private boolean[] access;

    /** The road network for a JEMSS travel mode (1: lights and sirens, 2: regular). */
    public synchronized RoadGraphTravelTimes roads(int mode) {
        if (roads[mode] != null) {
            return roads[mode];
        }
        Path zip = require("travel/roads/roads.zip");
        double offRoadKmh = 0;
        for (Map<String, String> row : table("travel/travel/travel_1.csv", "travelModes")) {
            if (Integer.parseInt(row.get("travelModeIndex")) == mode) {
                offRoadKmh = Double.parseDouble(row.get("offRoadSpeed")) / 24;
            }
        }
        List<double[]> nodes = new ArrayList<>();
        List<double[]> arcs = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.getName().equals("nodes.csv")) {
                    readNumbers(in, "nodes", nodes);
                } else if (entry.getName().equals("arcs.csv")) {
                    readNumbers(in, "arcs", arcs);
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(zip.toString(), "cannot be read: " + e.getMessage());
        }
        if (nodes.isEmpty() || arcs.isEmpty()) {
            throw new InvalidInputException(zip.toString(), "must hold nodes.csv and arcs.csv with rows");
        }
        double[] lat = new double[nodes.size()];
        double[] lon = new double[nodes.size()];
        access = new boolean[nodes.size()];
        for (double[] n : nodes) {
            int i = (int) n[0] - 1;
            lon[i] = n[1];
            lat[i] = n[2];
            access[i] = n[3] != 0;
        }
        int[][] arcNodes = new int[arcs.size()][];
        double[] seconds = new double[arcs.size()];
        double[] metres = new double[arcs.size()];
        for (int a = 0; a < arcs.size(); a++) {
            double[] row = arcs.get(a);
            arcNodes[a] = new int[]{(int) row[1] - 1, (int) row[2] - 1};
            metres[a] = row[3] * 1000;
            seconds[a] = row[3 + mode] * 86_400;
        }
        RoadGraphTravelTimes graph = new RoadGraphTravelTimes("JEMSS road network (" + nodes.size() + " nodes, mode "
                + mode + ")", lat, lon, access, arcNodes, seconds, metres, offRoadKmh);
        FleetDefinition fleet = fleet();
        List<GeoPoint> fixed = new ArrayList<>();
        fleet.stations().forEach(s -> fixed.add(s.position()));
        fleet.hospitals().forEach(h -> fixed.add(h.position()));
        graph.keepTreesFor(fixed);
        roads[mode] = graph;
        return graph;
    }

    /** Rows of numbers of the table titled {@code title} (a title line, a header, rows up to a blank one). */
    private static void readNumbers(InputStream in, String title, List<double[]> rows) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        boolean inTable = false;
        boolean header = false;
        while ((line = reader.readLine()) != null) {
            if (!inTable) {
                inTable = line.startsWith(title + ",");
                header = inTable;
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            if (line.isBlank() || line.startsWith(",")) {
                break;
            }
            String[] parts = line.split(",");
            double[] row = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                row[i] = parts[i].isBlank() ? 0 : Double.parseDouble(parts[i]);
            }
            rows.add(row);
        }
    }

    private List<Map<String, String>> table(String file) {
        return table(file, null);
    }

    /** The rows of a JEMSS table, as header → value; {@code title} picks a table by its title line (first if null). */
    private List<Map<String, String>> table(String file, String title) {
        Path path = require(file);
        List<Map<String, String>> rows = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            int i = 0;
            if (title != null) {
                while (i < lines.size() && !Csv.split(lines.get(i)).getFirst().equals(title)) {
                    i++;
                }
                if (i == lines.size()) {
                    throw new InvalidInputException(path.toString(), "has no table '" + title + "'");
                }
            }
            List<String> header = Csv.split(lines.get(i + 1));
            for (int r = i + 2; r < lines.size(); r++) {
                List<String> fields = Csv.split(lines.get(r));
                if (fields.getFirst().isEmpty()) {
                    break;
                }
                Map<String, String> row = new HashMap<>();
                for (int c = 0; c < header.size() && c < fields.size(); c++) {
                    row.put(header.get(c), fields.get(c));
                }
                rows.add(row);
            }
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new InvalidInputException(path.toString(), "is not a JEMSS table: " + e.getMessage());
        }
        return rows;
    }

    private Path require(String file) {
        Path path = folder.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(path.toString(), "is missing: the JEMSS scenario needs this file");
        }
        return path;
    }

    private static GeoPoint point(Map<String, String> row) {
        return new GeoPoint(Double.parseDouble(row.get("y")), Double.parseDouble(row.get("x")));
    }
}
