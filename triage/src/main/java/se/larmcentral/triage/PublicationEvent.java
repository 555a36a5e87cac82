package se.larmcentral.triage;

import se.larmcentral.core.Actor;
import se.larmcentral.core.DomainEvent;

/**
 * A new version of what assessments run on, published while the centre runs (by the medical director). Each
 * carries the whole document as it was sent, so replaying the journal rebuilds the version exactly. Journal
 * names are {@code triage.IndexPublished} and {@code triage.ResponseRulesPublished}.
 */
public sealed interface PublicationEvent extends DomainEvent {

    String version();

    /** The document's text (YAML), exactly as published. */
    String document();

    Actor by();

    /** A new medical index ({@code larmcentral-medical-index/1}); new assessments use it from now on. */
    record IndexPublished(String version, String document, Actor by) implements PublicationEvent {
    }

    /** New response rules for the region ({@code larmcentral-response-rules/1}); new assessments use them. */
    record ResponseRulesPublished(String region, String version, String document, Actor by)
            implements PublicationEvent {
    }
}
