package se.larmcentral.cli;

import picocli.CommandLine;
import se.larmcentral.centre.Centre;
import se.larmcentral.config.Settings;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A tool's read: asked of the running centre's API when one runs (fast, and beside it), else answered from the
 * journal opened here; printed the same way either way.
 */
public final class CentreReads {

    private CentreReads() {
    }

    /** Query parameters from name, value pairs, in order; null values are left out when sent. */
    public static Map<String, String> query(String... namesAndValues) {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            query.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return query;
    }

    /** A path segment as the API's URL carries it. */
    public static String segment(String value) {
        return java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * @param apiPath the API's GET route answering the same question
     * @param query   its query parameters (null values left out)
     * @param offline the same answer from an opened centre
     */
    public static void print(CommandLine.Model.CommandSpec spec, Path config, String apiPath, Map<String, String> query,
                             Function<Centre, Object> offline) {
        Settings settings = OfflineCentre.settings(config);
        Optional<RunningCentre> running = RunningCentre.find(settings);
        if (running.isPresent()) {
            JsonOutput.print(spec, running.get().get(apiPath, query));
            return;
        }
        Object answer;
        try (Centre centre = OfflineCentre.open(settings)) {
            answer = offline.apply(centre);
        }
        JsonOutput.print(spec, JsonOutput.tree(answer));
    }
}
