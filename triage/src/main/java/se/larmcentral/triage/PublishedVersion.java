package se.larmcentral.triage;

import java.time.Instant;

/**
 * One version of the index or of the response rules the centre knows.
 *
 * @param title       the index's title, or the rules' region
 * @param publishedAt when it was published, {@code null} for the version the centre was started with (from its
 *                    configuration: a file or the shipped one)
 * @param publishedBy who published it (the account id), {@code null} for the configured one
 */
public record PublishedVersion(String version, String title, Instant publishedAt, String publishedBy) {

    public boolean configured() {
        return publishedAt == null;
    }
}
