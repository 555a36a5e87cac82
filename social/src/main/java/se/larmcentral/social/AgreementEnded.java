package se.larmcentral.social;

import java.time.LocalDate;

/** An agreement got (or changed) its end date; it stays in the history. */
public record AgreementEnded(String agreementId, LocalDate validUntil) implements SocialEvent {
}
