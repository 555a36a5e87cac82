package se.larmcentral.bench.recommend;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A synthetic road network of about 54,000 junctions (233 x 233, about 45 m apart) laid over inner Stockholm's
 * box, the size of the Auckland road graph the simulation uses: every 20th street primary (50 km/h), every 5th
 * secondary (untagged), the rest residential at 30 km/h with every 4th east-west street one-way. Written once
 * as OSM XML to the temporary folder and reused, so its prepared graph is too.
 */
final class GridExtract {

    static final int SIDE = 233;
    static final double MIN_LAT = 59.290;
    static final double MAX_LAT = 59.380;
    static final double MIN_LON = 17.960;
    static final double MAX_LON = 18.160;

    private GridExtract() {
    }

    static Path file() {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "larm-bench-recommend-grid-" + SIDE + ".osm");
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(part)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"larm bench\">\n");
            for (int row = 0; row < SIDE; row++) {
                for (int column = 0; column < SIDE; column++) {
                    out.write(String.format(Locale.ROOT, "<node id=\"%d\" version=\"1\" lat=\"%.7f\" lon=\"%.7f\"/>%n",
                            id(row, column), MIN_LAT + (MAX_LAT - MIN_LAT) * row / (SIDE - 1),
                            MIN_LON + (MAX_LON - MIN_LON) * column / (SIDE - 1)));
                }
            }
            long way = 1;
            for (int row = 0; row < SIDE; row++) {
                out.write("<way id=\"" + way++ + "\" version=\"1\">");
                for (int column = 0; column < SIDE; column++) {
                    out.write("<nd ref=\"" + id(row, column) + "\"/>");
                }
                out.write(tags(row, row % 4 == 1));
            }
            for (int column = 0; column < SIDE; column++) {
                out.write("<way id=\"" + way++ + "\" version=\"1\">");
                for (int row = 0; row < SIDE; row++) {
                    out.write("<nd ref=\"" + id(row, column) + "\"/>");
                }
                out.write(tags(column, false));
            }
            out.write("</osm>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(part, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String tags(int index, boolean oneWay) {
        String tags;
        if (index % 20 == 0) {
            tags = "<tag k=\"highway\" v=\"primary\"/><tag k=\"maxspeed\" v=\"50\"/>";
        } else if (index % 5 == 0) {
            tags = "<tag k=\"highway\" v=\"secondary\"/>";
        } else {
            tags = "<tag k=\"highway\" v=\"residential\"/><tag k=\"maxspeed\" v=\"30\"/>"
                    + (oneWay ? "<tag k=\"oneway\" v=\"yes\"/>" : "");
        }
        return tags + "</way>\n";
    }

    private static long id(int row, int column) {
        return 1L + (long) row * SIDE + column;
    }
}
