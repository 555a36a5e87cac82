package se.larmcentral.config;

import se.larmcentral.centre.dispatch.MoveUpAdvice;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.moveup.ComplianceTable;
import se.larmcentral.dispatch.moveup.DemandPoint;
import se.larmcentral.dispatch.moveup.Dmexclp;
import se.larmcentral.dispatch.moveup.DmexclpSettings;
import se.larmcentral.dispatch.moveup.NoMoveUp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns {@code dispatch.moveUp} into the centre's {@link MoveUpAdvice}; a bad value stops start-up naming the setting
 * ({@code dispatch.moveUp.busyFraction}, {@code dispatch.moveUp.demandPoints[2].position}, ...).
 */
public final class MoveUpSettings {

    private static final String PREFIX = "dispatch.moveUp.";

    private MoveUpSettings() {
    }

    public static MoveUpAdvice advice(Settings.MoveUp settings) {
        String policy = settings.policy() == null ? "" : settings.policy().strip().toLowerCase(Locale.ROOT);
        try {
            return switch (policy) {
                case "none" -> MoveUpAdvice.NONE;
                case "dmexclp" -> new MoveUpAdvice(new Dmexclp(dmexclp(settings),
                        Dmexclp.Scope.parse("scope", settings.scope() == null ? "any-idle" : settings.scope())),
                        demand(settings));
                case "compliance-table" -> new MoveUpAdvice(complianceTable(settings), List.of());
                default -> throw new InvalidSettingException(PREFIX + "policy",
                        "unknown policy '" + settings.policy() + "'; expected one of none, dmexclp, compliance-table");
            };
        } catch (InvalidInputException e) {
            throw new InvalidSettingException(PREFIX + e.field(), e.reason());
        }
    }

    private static DmexclpSettings dmexclp(Settings.MoveUp s) {
        List<Integer> minutes = s.targetMinutes();
        if (minutes == null || minutes.size() != 4 || minutes.stream().anyMatch(m -> m == null || m < 1 || m > 1440)) {
            throw new InvalidInputException("targetMinutes", "give four targets in minutes (1 to 1440), for priorities"
                    + " 1, 2, 3 and 4, such as [10, 20, 60, 60]");
        }
        Map<Integer, Duration> targets = new LinkedHashMap<>();
        for (int p = 1; p <= 4; p++) {
            targets.put(p, Duration.ofMinutes(minutes.get(p - 1)));
        }
        if (s.turnoutSeconds() < 0 || s.turnoutSeconds() > 900) {
            throw new InvalidInputException("turnoutSeconds", "must be 0 to 900, was " + s.turnoutSeconds());
        }
        if (s.maxTravelMinutes() < 1 || s.maxTravelMinutes() > 240) {
            throw new InvalidInputException("maxTravelMinutes", "must be 1 to 240, was " + s.maxTravelMinutes());
        }
        if (!(s.minGainPercent() >= 0 && s.minGainPercent() <= 100)) {
            throw new InvalidInputException("minGainPercent", "must be 0 to 100, was " + s.minGainPercent());
        }
        return new DmexclpSettings(s.busyFraction(), targets, Duration.ofSeconds(s.turnoutSeconds()),
                s.minGainPercent() / 100, Duration.ofMinutes(s.maxTravelMinutes()));
    }

    /** The listed points, then the area's grid; both empty: the stations stand for demand (MoveUpAdvice). */
    static List<DemandPoint> demand(Settings.MoveUp s) {
        List<DemandPoint> points = new ArrayList<>();
        for (int i = 0; i < s.demandPoints().size(); i++) {
            Settings.DemandPointSetting d = s.demandPoints().get(i);
            String field = "demandPoints[" + i + "]";
            if (d == null) {
                throw new InvalidInputException(field, "is empty; give {position: \"LAT,LON\", weight: W, priority: P}");
            }
            GeoPoint position = GeoPoint.parse(field + ".position", d.position());
            try {
                points.add(new DemandPoint("point-" + (i + 1), position, d.weight(), d.priority() == null ? 1 : d.priority()));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(field + "." + e.field(), e.reason());
            }
        }
        String area = s.demandArea() == null ? "" : s.demandArea().strip();
        if (!area.isEmpty()) {
            points.addAll(grid(area, s.demandAreaCells()));
        }
        return points;
    }

    private static List<DemandPoint> grid(String area, int cells) {
        String[] parts = area.split(",");
        double[] box = new double[4];
        try {
            if (parts.length != 4) {
                throw new NumberFormatException();
            }
            for (int i = 0; i < 4; i++) {
                box[i] = Double.parseDouble(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            throw new InvalidInputException("demandArea", "give SOUTH,WEST,NORTH,EAST in degrees, such as"
                    + " \"59.20,17.75,59.55,18.30\", was '" + area + "'");
        }
        if (!(box[0] < box[2] && box[1] < box[3])) {
            throw new InvalidInputException("demandArea", "south must lie below north and west below east, was '" + area + "'");
        }
        if (cells < 1 || cells > 50) {
            throw new InvalidInputException("demandAreaCells", "must be 1 to 50, was " + cells);
        }
        List<DemandPoint> points = new ArrayList<>();
        for (int r = 0; r < cells; r++) {
            for (int c = 0; c < cells; c++) {
                double lat = box[0] + (r + 0.5) * (box[2] - box[0]) / cells;
                double lon = box[1] + (c + 0.5) * (box[3] - box[1]) / cells;
                GeoPoint centre = GeoPoint.parse("demandArea", String.format(Locale.ROOT, "%.5f,%.5f", lat, lon));
                points.add(new DemandPoint("area-" + (r + 1) + "-" + (c + 1), centre, 1, 1));
            }
        }
        return points;
    }

    private static ComplianceTable complianceTable(Settings.MoveUp s) {
        if (s.complianceTable().isEmpty()) {
            throw new InvalidInputException("complianceTable", "the compliance-table policy needs a table: row n lists"
                    + " the n stations n free units should stand at, such as [[sodersjukhuset], [sodersjukhuset, danderyd]]");
        }
        Map<Integer, List<String>> rows = new LinkedHashMap<>();
        for (int i = 0; i < s.complianceTable().size(); i++) {
            List<String> row = s.complianceTable().get(i) == null ? List.of() : s.complianceTable().get(i);
            if (row.size() != i + 1) {
                throw new InvalidInputException("complianceTable[" + i + "]", "row " + (i + 1) + " is for " + (i + 1)
                        + " free units and must name " + (i + 1) + " stations, it names " + row.size());
            }
            rows.put(i + 1, row);
        }
        return new ComplianceTable(rows);
    }
}
