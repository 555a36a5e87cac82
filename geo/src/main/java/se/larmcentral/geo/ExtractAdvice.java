package se.larmcentral.geo;

import java.net.URI;

/** What a user must download to get road travel times for their region, for the README and the CLI. */
public final class ExtractAdvice {

    /** The whole of Sweden from Geofabrik, updated daily (about 700 MB). */
    public static final URI SWEDEN = URI.create("https://download.geofabrik.de/europe/sweden-latest.osm.pbf");

    /** The text the CLI prints when no extract is configured or the configured file is missing. */
    public static final String TEXT = """
            Road travel times need an OpenStreetMap extract of your region in PBF format. \
            Download Sweden from Geofabrik: https://download.geofabrik.de/europe/sweden-latest.osm.pbf \
            (Geofabrik does not split Sweden by county; for a smaller file cut out your county and its \
            neighbours at https://extract.bbbike.org in PBF format), \
            or run './larm data fetch' where the machine has internet, then name the file in the configuration. \
            Without it, travel times are estimated from straight-line distance.""";

    private ExtractAdvice() {
    }
}
