package se.larmcentral.cli.dispatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import se.larmcentral.geo.ExtractAdvice;

/** {@code larm data advice}: which file to download for road travel times, and how. */
@Command(name = "advice", mixinStandardHelpOptions = true,
        description = "Say which OpenStreetMap extract to download for road travel times.")
public final class AdviceCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        var out = spec.commandLine().getOut();
        out.println(ExtractAdvice.TEXT);
        out.println();
        out.println("With internet on this machine:");
        out.println("  ./larm data fetch " + ExtractAdvice.SWEDEN + " --to data/osm/sweden-latest.osm.pbf");
        out.println("then in the configuration file:");
        out.println("  geo:");
        out.println("    osmExtract: data/osm/sweden-latest.osm.pbf");
        out.println("(or set LARM_GEO_OSM_EXTRACT). The first start imports it and keeps the prepared graph under geo.graphCache.");
        out.flush();
    }
}
