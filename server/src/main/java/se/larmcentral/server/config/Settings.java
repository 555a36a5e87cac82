package se.larmcentral.server.config;

import java.nio.file.Path;

/**
 * Everything a running centre is configured with. Read from one YAML file, each value overridable by an
 * environment variable ({@code journal.url} by {@code LARM_JOURNAL_URL}); every setting has a safe default.
 *
 * @param dataDir where embedded storage and caches live
 * @param demo    load the Stockholm demo data into an empty journal
 */
public record Settings(Path dataDir, Http http, Journal journal, Geo geo, boolean demo, Triage triage, Calls calls,
                       Console console) {

    /**
     * @param host            interface to listen on; {@code 127.0.0.1} keeps it on this machine
     * @param port            TCP port
     * @param maxRequestBytes larger request bodies are refused with 413
     * @param commandTimeoutMillis how long a request waits for its command to be durable
     */
    public record Http(String host, int port, long maxRequestBytes, long commandTimeoutMillis) {
    }

    /**
     * @param url      JDBC URL; empty means embedded H2 under {@code dataDir}
     * @param maxBatch most commands in one commit
     */
    public record Journal(String url, String user, String password, String schema, int maxBatch,
                          long connectTimeoutMillis) {
    }

    /**
     * @param osmExtract     OpenStreetMap extract (.osm.pbf) of the region for road travel times; empty: estimates
     * @param graphCache     where the prepared road graph is kept between starts
     * @param municipalities GeoJSON of municipality boundaries (SCB) to find the municipality of a position
     * @param maxSnapMetres  farthest a position may lie from a road and still be routed
     */
    public record Geo(String osmExtract, Path graphCache, String municipalities, double maxSnapMetres) {
    }

    /**
     * @param indexFile         the medical index (YAML); empty for the shipped generic index
     * @param responseRulesFile the region's response rules (YAML); empty for Stockholm's
     */
    public record Triage(String indexFile, String responseRulesFile) {
    }

    /**
     * @param missingChildrenOrganisation the organisation 116 000 reports are handed over to
     * @param missingChildrenNumber       its number (E.164 or Swedish form); empty: hand-overs are refused naming this setting
     */
    public record Calls(String missingChildrenOrganisation, String missingChildrenNumber) {
    }

    /**
     * The operator console in the browser.
     *
     * @param tileUrl         map tiles, a URL template with {z}, {x}, {y} (and optionally {s}); empty: the map shows
     *                        boundaries, stations and units on a plain background (no internet needed)
     * @param tileAttribution the tile provider's required attribution, shown on the map
     */
    public record Console(String tileUrl, String tileAttribution) {
    }
}
