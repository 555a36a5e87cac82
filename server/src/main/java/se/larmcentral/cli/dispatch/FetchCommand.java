package se.larmcentral.cli.dispatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.geo.ExtractDownloadException;
import se.larmcentral.geo.ExtractDownloader;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code larm data fetch URL [--to FILE]}: downloads a public OpenStreetMap extract, showing progress. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Download an OpenStreetMap extract (e.g. https://download.geofabrik.de/europe/sweden-latest.osm.pbf).",
                "The file is replaced only once the whole download has arrived."})
public final class FetchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "http(s) address of the extract")
    String url;

    @Option(names = "--to", paramLabel = "FILE", description = "where to save it (default: data/osm/<file name in the URL>)")
    Path to;

    @Override
    public Integer call() {
        URI address = address();
        Path target = to != null ? to : CliSettings.home().resolve("data/osm").resolve(fileName(address));
        var out = spec.commandLine().getOut();
        try {
            new ExtractDownloader().download(address, target, line -> {
                out.println(line);
                out.flush();
            });
        } catch (ExtractDownloadException e) {
            spec.commandLine().getErr().println("larm data fetch: " + e.getMessage());
            return 1;
        }
        out.println("Name it in the configuration as geo.osmExtract: " + target.toAbsolutePath()
                + " (or set LARM_GEO_OSM_EXTRACT).");
        out.flush();
        return 0;
    }

    private URI address() {
        try {
            return URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("URL", "is not a valid address: " + e.getMessage());
        }
    }

    private static String fileName(URI address) {
        String path = address.getPath() == null ? "" : address.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isBlank() ? "extract.osm.pbf" : name;
    }
}
