package se.larmcentral.triage;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;

import java.time.Instant;
import java.util.Objects;

/**
 * Publishes a new version of the region's response rules while the centre runs. The rules are read and the current
 * index validated against their priority scale first: any problem refuses them ({@code document}); then the version
 * must be new and newer than the current rules' ({@code version}, conflict). Accepted, they are recorded whole and
 * new assessments run on them; assessments already running keep the rules they started with.
 */
public record PublishResponseRules(String document, Actor by) implements Command<TriageState, PublishedVersion> {

    public PublishResponseRules {
        Objects.requireNonNull(by, "by");
    }

    @Override
    public Decision<PublishedVersion> decide(TriageState state, Instant now) {
        TriageVersions versions = state.versions();
        TriageDocuments.Read<RegionalResponseRules> read = versions.readRules(document, state.documents());
        if (!read.valid()) {
            throw new InvalidInputException("document", "the response rules are not valid: "
                    + TriageVersions.describe(read.problems()));
        }
        RegionalResponseRules rules = read.value();
        versions.requireNewRulesVersion(rules.version());
        var event = new PublicationEvent.ResponseRulesPublished(rules.region(), rules.version(), document, by);
        return Decision.of(new PublishedVersion(rules.version(), rules.region(), now, by.id()), event);
    }
}
