package se.larmcentral.web.triage;

import se.larmcentral.triage.PublishedVersion;

import java.time.Instant;
import java.util.List;

/**
 * Every version of the index (or of the response rules) the centre knows, oldest first.
 *
 * @param current the version new assessments run on
 */
public record VersionList(String current, List<Entry> versions) {

    /**
     * One version.
     *
     * @param title       the index's title, or the rules' region
     * @param source      {@code configuration} for the one the centre was started with (a file, or the shipped one),
     *                    {@code published} for one published through the API
     * @param publishedAt when it was published; null for the configured one
     * @param publishedBy the account that published it; null for the configured one
     */
    public record Entry(String version, String title, boolean current, String source, Instant publishedAt,
                        String publishedBy) {
    }

    static VersionList of(String current, List<PublishedVersion> versions) {
        return new VersionList(current, versions.stream().map(v -> new Entry(v.version(), v.title(),
                v.version().equals(current), v.configured() ? "configuration" : "published", v.publishedAt(),
                v.publishedBy())).toList());
    }
}
