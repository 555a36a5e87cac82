package se.larmcentral.calls;

import java.time.Instant;

/**
 * A link from a call to what another module made of it.
 *
 * @param kind      what sort of link
 * @param reference the other module's id (triage case, dispatch incident, social decision) or the number transferred to
 * @param summary   plain text for the record (for a social decision: its outcome summary); may be empty
 * @param at        when it was recorded
 * @param operator  who recorded it
 */
public record CaseLink(CaseLinkKind kind, String reference, String summary, Instant at, String operator) {
}
