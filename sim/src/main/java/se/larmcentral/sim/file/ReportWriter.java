package se.larmcentral.sim.file;

import se.larmcentral.sim.CoverageMap;
import se.larmcentral.sim.IncidentOutcome;
import se.larmcentral.sim.MoveRecord;
import se.larmcentral.sim.Scenario;
import se.larmcentral.sim.SimResult;
import se.larmcentral.sim.Summary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Writes a run's report: {@code incidents.csv} (every simulated incident of every replication) and
 * {@code report.html}, one self-contained file with Chart.js (from its WebJar) inlined: response-time distribution
 * per priority against the targets, priority 1 by hour of day, utilisation per unit and per station, the coverage
 * map ({@link CoverageMap}) and the move-up moves (also in {@code moves.csv}).
 */
public final class ReportWriter {

    static final String CSV_HEADER = "replication,seed,incident,priority,call,lat,lon,alerted,on_scene,response_s,"
            + "wait_for_unit_s,unit,hospital,units_alerted";
    static final String MOVES_HEADER = "replication,seed,time,unit,from_station,to_station,drive_s,reason";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private ReportWriter() {
    }

    /** Writes both files into {@code folder} (created when absent); returns the HTML file. */
    public static Path write(Path folder, Scenario scenario, List<SimResult> replications) {
        try {
            Files.createDirectories(folder);
            writeCsv(folder.resolve("incidents.csv"), scenario.zone(), replications);
            writeMoves(folder.resolve("moves.csv"), scenario.zone(), replications);
            Path html = folder.resolve("report.html");
            Files.writeString(html, html(scenario, replications), StandardCharsets.UTF_8);
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + folder + ": " + e.getMessage(), e);
        }
    }

    static void writeCsv(Path file, ZoneId zone, List<SimResult> replications) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(CSV_HEADER);
            out.newLine();
            int r = 0;
            for (SimResult result : replications) {
                r++;
                for (IncidentOutcome i : result.incidents()) {
                    out.write(r + "," + result.seed() + "," + Csv.field(i.id()) + "," + i.priority() + ","
                            + time(i.call(), zone) + "," + i.position().lat() + "," + i.position().lon() + ","
                            + time(i.alerted(), zone) + "," + time(i.onScene(), zone) + "," + seconds(i.response()) + ","
                            + seconds(i.waitForUnit()) + "," + Csv.field(i.unitId()) + "," + Csv.field(i.hospitalId())
                            + "," + i.units());
                    out.newLine();
                }
            }
        }
    }

    static void writeMoves(Path file, ZoneId zone, List<SimResult> replications) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(MOVES_HEADER);
            out.newLine();
            int r = 0;
            for (SimResult result : replications) {
                r++;
                for (MoveRecord m : result.moveLog()) {
                    out.write(r + "," + result.seed() + "," + time(m.at(), zone) + "," + Csv.field(m.unitId()) + ","
                            + Csv.field(m.fromStationId()) + "," + Csv.field(m.toStationId()) + "," + seconds(m.drive())
                            + "," + Csv.field(m.reason()));
                    out.newLine();
                }
            }
        }
    }

    /**
     * The moves of a run with move-up: how many, by hour of day, the most frequent station pairs with their drives,
     * and the first moves of the first replication with the policy's reason.
     */
    static String movesSection(Scenario scenario, List<SimResult> replications) {
        long total = replications.stream().mapToLong(r -> r.moveLog().size()).sum();
        if (total == 0) {
            return "<h2>Move-up</h2><p>No moves (" + escape(replications.getFirst().policy()) + ").</p>\n";
        }
        Map<String, String> names = scenario.fleet().stations().stream()
                .collect(Collectors.toMap(s -> s.id(), s -> s.name()));
        long[] byHour = new long[24];
        Map<String, double[]> pairs = new java.util.TreeMap<>();
        double driveSum = 0;
        for (SimResult r : replications) {
            for (MoveRecord m : r.moveLog()) {
                byHour[m.at().atZone(scenario.zone()).getHour()]++;
                double[] pair = pairs.computeIfAbsent(m.fromStationId() + "\u0000" + m.toStationId(), k -> new double[2]);
                pair[0]++;
                pair[1] += m.drive().toMillis() / 1000.0;
                driveSum += m.drive().toMillis() / 1000.0;
            }
        }
        double days = replications.size() * Math.max(1, replications.getFirst().length().toHours() / 24.0);
        StringBuilder pairRows = new StringBuilder();
        pairs.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0])).limit(15)
                .forEach(e -> {
                    String[] ids = e.getKey().split("\u0000");
                    pairRows.append("<tr><td style=\"text-align:left\">").append(escape(names.getOrDefault(ids[0], ids[0])))
                            .append("</td><td style=\"text-align:left\">").append(escape(names.getOrDefault(ids[1], ids[1])))
                            .append("</td><td>").append(String.format(Locale.ROOT, "%.0f", e.getValue()[0]))
                            .append("</td><td>").append(String.format(Locale.ROOT, "%.1f", e.getValue()[1] / e.getValue()[0] / 60))
                            .append("</td></tr>\n");
                });
        StringBuilder firstRows = new StringBuilder();
        SimResult first = replications.getFirst();
        first.moveLog().stream().limit(20).forEach(m -> firstRows.append("<tr><td>")
                .append(LOCAL.format(m.at().atZone(scenario.zone()))).append("</td><td>").append(escape(m.unitId()))
                .append("</td><td style=\"text-align:left\">").append(escape(m.reason() == null ? "" : m.reason()))
                .append("</td></tr>\n"));
        String hours = java.util.Arrays.stream(byHour).mapToObj(h -> fmt(h / (double) replications.size()))
                .collect(Collectors.joining(","));
        return """
                <h2>Move-up (%s)</h2>
                <p>%d moves in all, %s a day per replication, mean drive %s min. Every move is the product's
                RelocateUnit: the unit counts at its new station from then on. All moves are in moves.csv.</p>
                <div class="chart"><canvas id="moves"></canvas></div>
                <h3>Most frequent moves</h3>
                <table><tr><th>from</th><th>to</th><th>moves</th><th>mean drive (min)</th></tr>
                %s</table>
                <h3>The first moves of replication 1</h3>
                <table><tr><th>time</th><th>unit</th><th>the policy's reason</th></tr>
                %s</table>
                <script>
                new Chart(document.getElementById('moves'),{type:'bar',data:{labels:[...Array(24).keys()],datasets:[
                 {label:'moves per replication by hour of day',data:[%s],backgroundColor:'#8e44ad'}]},
                 options:{maintainAspectRatio:false}});
                </script>
                """.formatted(escape(first.policy()), total, String.format(Locale.ROOT, "%.1f", total / days),
                String.format(Locale.ROOT, "%.1f", driveSum / total / 60), pairRows, firstRows, hours);
    }

    /** The coverage shares binned for the map's legend: [low, high) in per cent, the last bin closed. */
    static final int[] COVERAGE_BINS = {0, 50, 70, 85, 95, 100};
    private static final String[] COVERAGE_COLOURS = {"#c0392b", "#e67e22", "#f1c40f", "#27ae60", "#1e8449"};

    /**
     * The coverage map: each priority-1 demand point at its longitude/latitude as a Chart.js bubble, coloured by the
     * share of time a free unit at a station reached it within the target (one dataset per band, so the legend names
     * the bands), sized by its weight. Each point carries {@code c}, its share in per cent to one decimal.
     */
    static String coverageSection(Optional<CoverageMap> map) {
        if (map.isEmpty()) {
            return "<h2>Coverage map</h2><p>No coverage map: the scenario has no priority-1 target or demand.</p>\n";
        }
        CoverageMap m = map.get();
        double maxWeight = m.points().stream().mapToDouble(CoverageMap.Point::weight).max().orElse(1);
        double[] bounds = mapBounds(m.points());
        StringBuilder datasets = new StringBuilder();
        for (int b = 0; b + 1 < COVERAGE_BINS.length; b++) {
            int low = COVERAGE_BINS[b];
            int high = COVERAGE_BINS[b + 1];
            boolean last = b + 2 == COVERAGE_BINS.length;
            List<String> data = new ArrayList<>();
            for (CoverageMap.Point p : m.points()) {
                double percent = 100 * p.covered();
                if (percent >= low && (percent < high || (last && percent <= high))) {
                    data.add(String.format(Locale.ROOT, "{x:%.5f,y:%.5f,r:%.1f,c:%.1f}", p.position().lon(),
                            p.position().lat(), 2 + 8 * Math.sqrt(p.weight() / maxWeight), percent));
                }
            }
            datasets.append("{label:'").append(low).append(last ? "–" : "–<").append(high).append(" %',data:[")
                    .append(String.join(",", data)).append("],backgroundColor:'").append(COVERAGE_COLOURS[b])
                    .append("cc'},\n");
        }
        return """
                <h2>Coverage map (täckning), priority 1</h2>
                <p>Each point is a priority-1 demand point (larger: more calls; a large demand is pooled on 2 km
                cells); its colour is the share of simulated time in which a free ambulance counted at a station
                reached it within the priority-1 target of %s (turnout %d s + road time from the station), mean over
                the replications. Weighted by calls, priority-1 demand was covered %.1f %% of the time.
                <i>Andel av tiden som en ledig ambulans på station nådde punkten inom målet för prio 1.</i></p>
                <div style="margin:1.5em 0"><canvas id="coverage"></canvas></div>
                <script>
                const coverageData=[%s];
                new Chart(document.getElementById('coverage'),{type:'bubble',data:{datasets:coverageData},
                 options:{aspectRatio:%s,scales:{x:{type:'linear',min:%s,max:%s,title:{display:true,text:'longitude'}},
                 y:{min:%s,max:%s,title:{display:true,text:'latitude'}}},plugins:{legend:{title:{display:true,
                 text:'share of time covered / andel av tiden täckt'}},tooltip:{callbacks:{label:c=>
                 c.raw.c+' %% covered ('+c.raw.y.toFixed(4)+', '+c.raw.x.toFixed(4)+')'}}}}});
                </script>
                """.formatted(minutes(m.target().toMillis() / 1000.0), m.turnout().toSeconds(),
                100 * m.weightedCoverage(), datasets, fmt(MAP_ASPECT), coordinate(bounds[2]), coordinate(bounds[3]),
                coordinate(bounds[0]), coordinate(bounds[1]));
    }

    /** The map's width / height; the shorter side's range is widened so a kilometre is as long on both axes. */
    static final double MAP_ASPECT = 1.6;

    /** {minLat, maxLat, minLon, maxLon} around the points with a margin, at {@link #MAP_ASPECT} in kilometres. */
    static double[] mapBounds(List<CoverageMap.Point> points) {
        double minLat = points.stream().mapToDouble(p -> p.position().lat()).min().orElse(0);
        double maxLat = points.stream().mapToDouble(p -> p.position().lat()).max().orElse(0);
        double minLon = points.stream().mapToDouble(p -> p.position().lon()).min().orElse(0);
        double maxLon = points.stream().mapToDouble(p -> p.position().lon()).max().orElse(0);
        double cos = Math.max(0.1, Math.cos(Math.toRadians((minLat + maxLat) / 2)));
        double latSpan = Math.max(0.01, maxLat - minLat) * 1.1;
        double lonSpan = Math.max(0.01, maxLon - minLon) * 1.1;
        // in north-south degrees: the map is lonSpan * cos wide and latSpan high
        if (lonSpan * cos / latSpan < MAP_ASPECT) {
            lonSpan = MAP_ASPECT * latSpan / cos;
        } else {
            latSpan = lonSpan * cos / MAP_ASPECT;
        }
        double midLat = (minLat + maxLat) / 2;
        double midLon = (minLon + maxLon) / 2;
        return new double[]{midLat - latSpan / 2, midLat + latSpan / 2, midLon - lonSpan / 2, midLon + lonSpan / 2};
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.4f", degrees);
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? "" : LOCAL.format(at.atZone(zone));
    }

    private static String seconds(Duration d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }

    static String html(Scenario scenario, List<SimResult> replications) {
        SimResult first = replications.getFirst();
        List<Summary.PriorityFigures> figures = Summary.byPriority(replications, scenario.targets());
        StringBuilder table = new StringBuilder();
        for (Summary.PriorityFigures f : figures) {
            table.append("<tr><td>").append(f.priority()).append("</td><td>")
                    .append(f.target() == null ? "–" : minutes(f.target().toMillis() / 1000.0)).append("</td><td>")
                    .append(f.count().text("%.0f")).append("</td><td>")
                    .append(minutesEstimate(f.meanSeconds())).append("</td><td>")
                    .append(minutesEstimate(f.medianSeconds())).append("</td><td>")
                    .append(minutesEstimate(f.p90Seconds())).append("</td><td>")
                    .append(Double.isNaN(f.withinTarget().mean()) ? "–" : percent(f.withinTarget())).append("</td></tr>\n");
        }
        // response-time distribution: share reached within each minute, per priority
        int maxMinutes = 60;
        StringBuilder cdf = new StringBuilder();
        String[] colours = {"#c0392b", "#e67e22", "#2980b9", "#7f8c8d"};
        for (Summary.PriorityFigures f : figures) {
            List<Double> all = new ArrayList<>();
            for (SimResult r : replications) {
                for (double s : Summary.responses(r, f.priority())) {
                    all.add(s);
                }
            }
            double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            List<String> points = new ArrayList<>();
            for (int m = 0; m <= maxMinutes; m++) {
                double limit = m * 60.0;
                long n = java.util.Arrays.stream(sorted).filter(s -> s <= limit).count();
                points.add(String.format(Locale.ROOT, "{x:%d,y:%.4f}", m, sorted.length == 0 ? 0 : (double) n / sorted.length));
            }
            String colour = colours[f.priority() - 1];
            cdf.append("{label:'priority ").append(f.priority()).append("',data:[").append(String.join(",", points))
                    .append("],borderColor:'").append(colour).append("',pointRadius:0,tension:0.1},\n");
            if (f.target() != null) {
                double t = f.target().toMillis() / 60000.0;
                cdf.append("{label:'priority ").append(f.priority()).append(" target (").append(minutes(t * 60))
                        .append(")',data:[{x:").append(fmt(t)).append(",y:0},{x:").append(fmt(t)).append(",y:1}],borderColor:'")
                        .append(colour).append("',borderDash:[6,4],pointRadius:0},\n");
            }
        }
        List<Summary.HourFigures> hours = Summary.byHourOfDay(replications, 1, scenario.zone());
        String hourMean = hours.stream().map(h -> fmt(h.meanSeconds() / 60)).collect(Collectors.joining(","));
        String hourP90 = hours.stream().map(h -> fmt(h.p90Seconds() / 60)).collect(Collectors.joining(","));
        String hourCalls = hours.stream().map(h -> Long.toString(h.calls())).collect(Collectors.joining(","));
        Map<String, Double> units = Summary.utilisationByUnit(replications);
        Map<String, Double> stations = Summary.utilisationByStation(replications);
        Map<String, String> stationNames = scenario.fleet().stations().stream()
                .collect(Collectors.toMap(s -> s.id(), s -> s.name()));
        String unitLabels = units.keySet().stream().map(ReportWriter::js).collect(Collectors.joining(","));
        String unitValues = units.values().stream().map(v -> fmt(100 * v)).collect(Collectors.joining(","));
        String stationLabels = stations.keySet().stream().map(s -> js(stationNames.getOrDefault(s, s)))
                .collect(Collectors.joining(","));
        String stationValues = stations.values().stream().map(v -> fmt(100 * v)).collect(Collectors.joining(","));
        long incidents = replications.stream().mapToLong(r -> r.incidents().size()).sum();
        long events = replications.stream().mapToLong(SimResult::events).sum();
        long redirections = replications.stream().mapToLong(SimResult::redirections).sum();
        long moves = replications.stream().mapToLong(SimResult::moves).sum();
        String length = first.length().toDays() + " days";
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>Simulation: %s</title>
                <style>
                body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}
                table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 10px;text-align:right}
                th{background:#f4f4f4}.chart{position:relative;height:360px;margin:1.5em 0}
                .note{color:#555;font-size:90%%}
                </style>
                <script>%s</script>
                </head><body>
                <h1>%s — %s</h1>
                <p>%d replication(s) of %s from %s (%s), first seed %d. Travel: %s. %d incidents, %d simulation events,
                %d redirections, %d move-up moves. Decisions are the product's own (recommender, pending queue, hospital
                choice); only time and the crews' actions are simulated.</p>
                <h2>Response time (call queued → first unit on scene) by priority</h2>
                <p class="note">Mean over replications ± half-width of the 95 %% confidence interval (Student's t) where
                there is more than one replication. Minutes.</p>
                <table><tr><th>priority</th><th>target</th><th>incidents</th><th>mean</th><th>median</th><th>90th percentile</th><th>within target</th></tr>
                %s</table>
                <h2>Distribution against the targets</h2>
                <div class="chart"><canvas id="cdf"></canvas></div>
                <h2>Priority 1 by hour of day (%s)</h2>
                <div class="chart"><canvas id="hours"></canvas></div>
                <h2>Utilisation per unit (busy from alert to clear ÷ time in service)</h2>
                <div class="chart"><canvas id="units"></canvas></div>
                <h2>Utilisation per station</h2>
                <div class="chart"><canvas id="stations"></canvas></div>
                %s
                %s
                <p class="note">Charts: Chart.js %s (MIT licence), inlined. Every incident is in incidents.csv beside this file.</p>
                <script>
                new Chart(document.getElementById('cdf'),{type:'line',data:{datasets:[%s]},
                 options:{maintainAspectRatio:false,scales:{x:{type:'linear',min:0,max:%d,title:{display:true,text:'minutes'}},
                 y:{min:0,max:1,title:{display:true,text:'share of incidents reached'}}}}});
                new Chart(document.getElementById('hours'),{data:{labels:[...Array(24).keys()],datasets:[
                 {type:'line',label:'mean response (min)',data:[%s],borderColor:'#c0392b',yAxisID:'y'},
                 {type:'line',label:'90th percentile (min)',data:[%s],borderColor:'#8e44ad',yAxisID:'y'},
                 {type:'bar',label:'calls per replication (all priorities)',data:[%s],backgroundColor:'#d5dbdb',yAxisID:'calls'}]},
                 options:{maintainAspectRatio:false,scales:{y:{title:{display:true,text:'minutes'}},calls:{position:'right',grid:{drawOnChartArea:false}}}}});
                new Chart(document.getElementById('units'),{type:'bar',data:{labels:[%s],datasets:[{label:'utilisation %%',data:[%s],backgroundColor:'#2980b9'}]},
                 options:{maintainAspectRatio:false,scales:{y:{min:0,max:100}}}});
                new Chart(document.getElementById('stations'),{type:'bar',data:{labels:[%s],datasets:[{label:'utilisation %%',data:[%s],backgroundColor:'#16a085'}]},
                 options:{maintainAspectRatio:false,scales:{y:{min:0,max:100}}}});
                </script>
                </body></html>
                """.formatted(escape(scenario.name()), chartJs(), escape(scenario.name()), escape(first.policy()),
                replications.size(), length, LOCAL.format(first.start().atZone(scenario.zone())), scenario.zone(),
                first.seed(), escape(scenario.travelName()), incidents, events, redirections, moves, table,
                scenario.zone(), coverageSection(CoverageMap.of(scenario, replications)),
                movesSection(scenario, replications), chartJsVersion(), cdf, maxMinutes, hourMean, hourP90, hourCalls,
                unitLabels, unitValues, stationLabels, stationValues);
    }

    private static String percent(Summary.Estimate e) {
        Summary.Estimate scaled = new Summary.Estimate(100 * e.mean(), 100 * e.halfWidth());
        return scaled.text("%.1f") + " %";
    }

    private static String minutesEstimate(Summary.Estimate e) {
        return new Summary.Estimate(e.mean() / 60, e.halfWidth() / 60).text("%.1f");
    }

    private static String minutes(double seconds) {
        return String.format(Locale.ROOT, "%.0f min", seconds / 60);
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "null" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String js(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("<", "\\u003c") + "'";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String chartJsVersion() {
        try (InputStream in = ReportWriter.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the Chart.js WebJar (org.webjars.npm:chart.js) is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Chart.js UMD bundle from its WebJar, so that the report needs nothing else. */
    static String chartJs() {
        String resource = "/META-INF/resources/webjars/chart.js/" + chartJsVersion() + "/dist/chart.umd.min.js";
        try (InputStream in = ReportWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the Chart.js WebJar");
            }
            // a "</script>" inside the bundle would end the inline script early
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
