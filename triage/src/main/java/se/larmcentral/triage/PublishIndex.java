package se.larmcentral.triage;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;

import java.time.Instant;
import java.util.Objects;

/**
 * Publishes a new version of the medical index while the centre runs (the medical director's work). The document
 * is read and validated against the current response rules' scale first: any problem refuses it ({@code document},
 * naming every problem with its place and line); then its version must be new and newer than the current index's
 * ({@code version}, conflict). Accepted, it is recorded whole and new assessments run on it; assessments already
 * running keep the version they started with.
 */
public record PublishIndex(String document, Actor by) implements Command<TriageState, PublishedVersion> {

    public PublishIndex {
        Objects.requireNonNull(by, "by");
    }

    @Override
    public Decision<PublishedVersion> decide(TriageState state, Instant now) {
        TriageVersions versions = state.versions();
        TriageDocuments.Read<MedicalIndex> read = versions.readIndex(document, state.documents());
        if (!read.valid()) {
            throw new InvalidInputException("document", "the index is not valid: "
                    + TriageVersions.describe(read.problems()));
        }
        MedicalIndex index = read.value();
        versions.requireNewIndexVersion(index.version());
        var event = new PublicationEvent.IndexPublished(index.version(), document, by);
        return Decision.of(new PublishedVersion(index.version(), index.title().first(), now, by.id()), event);
    }
}
