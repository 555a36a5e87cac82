package se.larmcentral.alarms.plans;

import se.larmcentral.core.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The demo register of rescue services: Stockholm County's 26 municipalities and the three services that answer them,
 * with illustrative numbers (a resource, tab-separated: code, municipality, service, number, address). Checked whole
 * on load: a bad line stops it, naming the line and the field.
 */
public final class RescueServiceTable {

    private static final String RESOURCE = "rescue-services-stockholm.tsv";

    private RescueServiceTable() {
    }

    /** Stockholm County's rescue services (demo data, illustrative numbers). */
    public static List<RescueService> stockholmDemo() {
        try (InputStream in = RescueServiceTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the lines of such a table; blank lines and lines starting with # are skipped. */
    public static List<RescueService> read(List<String> lines) {
        List<RescueService> services = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 5) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": has " + cells.length
                        + " cells, needs 5 (code, municipality, service, number, address)");
            }
            try {
                RescueService s = new RescueService(cells[0], cells[1], cells[2], cells[3], cells[4]);
                if (!codes.add(s.municipalityCode())) {
                    throw new InvalidInputException("municipalityCode", s.municipalityCode() + " is given twice");
                }
                services.add(s);
            } catch (InvalidInputException e) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": " + e.field() + " " + e.reason());
            }
        }
        return List.copyOf(services);
    }
}
