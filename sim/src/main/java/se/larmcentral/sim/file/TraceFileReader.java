package se.larmcentral.sim.file;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.sim.TraceDemand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A trace of calls as CSV with a header: {@code time,lat,lon,priority} and optionally
 * {@code dispatch_delay_s,on_scene_s,transport,handover_s} (empty = drawn from the scenario). {@code time} is
 * ISO-8601 with its offset ({@code 2025-03-03T08:15:00+01:00}); {@code transport} is true or false. Errors name
 * the file, the line and the column.
 */
public final class TraceFileReader {

    static final List<String> COLUMNS = List.of("time", "lat", "lon", "priority", "dispatch_delay_s", "on_scene_s",
            "transport", "handover_s");

    private TraceFileReader() {
    }

    public static List<TraceDemand.TraceCall> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
        String name = file.getFileName().toString();
        if (lines.isEmpty()) {
            throw new InvalidInputException(name, "is empty; the first line names the columns " + COLUMNS);
        }
        List<String> header = Csv.split(lines.getFirst());
        if (header.size() < 4 || !header.equals(COLUMNS.subList(0, header.size()))) {
            throw new InvalidInputException(name + ": line 1", "the columns must be " + COLUMNS
                    + " (the first four required, in this order), were " + header);
        }
        List<TraceDemand.TraceCall> calls = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> f = Csv.split(lines.get(i));
            Line line = new Line(name, i + 1, f, header.size());
            calls.add(new TraceDemand.TraceCall(line.time(0), line.position(), line.priority(),
                    line.seconds(4), line.seconds(5), line.bool(6), line.seconds(7)));
        }
        return calls;
    }

    private record Line(String file, int number, List<String> fields, int columns) {

        Line {
            if (fields.size() != columns) {
                throw new InvalidInputException(file + ": line " + number, "has " + fields.size() + " fields, the header "
                        + columns);
            }
        }

        private InvalidInputException bad(int column, String reason) {
            return new InvalidInputException(file + ": line " + number + ", column " + (column + 1) + " ("
                    + COLUMNS.get(column) + ")", reason);
        }

        Instant time(int c) {
            try {
                return OffsetDateTime.parse(fields.get(c)).toInstant();
            } catch (DateTimeParseException e) {
                throw bad(c, "'" + fields.get(c) + "' is not a time with its offset, such as 2025-03-03T08:15:00+01:00");
            }
        }

        double number(int c) {
            try {
                return Double.parseDouble(fields.get(c));
            } catch (NumberFormatException e) {
                throw bad(c, "'" + fields.get(c) + "' is not a number");
            }
        }

        GeoPoint position() {
            try {
                return new GeoPoint(number(1), number(2));
            } catch (InvalidInputException e) {
                if (e.field().contains("line")) {
                    throw e;
                }
                throw bad(e.field().equals("lat") ? 1 : 2, e.reason());
            }
        }

        int priority() {
            String text = fields.get(3);
            if (!text.matches("[1-4]")) {
                throw bad(3, "must be 1, 2, 3 or 4, was '" + text + "'");
            }
            return Integer.parseInt(text);
        }

        Double seconds(int c) {
            if (c >= columns || fields.get(c).isEmpty()) {
                return null;
            }
            double value = number(c);
            if (!(value >= 0)) {
                throw bad(c, "must be a number of seconds, 0 or more, was '" + fields.get(c) + "'");
            }
            return value;
        }

        Boolean bool(int c) {
            if (c >= columns || fields.get(c).isEmpty()) {
                return null;
            }
            return switch (fields.get(c)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw bad(c, "must be true or false, was '" + fields.get(c) + "'");
            };
        }
    }
}
