package se.larmcentral.social;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.ServiceNumber;
import se.larmcentral.core.SwedishTime;

/**
 * One dated row of the policy for municipalities without an agreement in force: from this instant on, do this.
 * A later change is one more row.
 *
 * @param from     first instant the row applies
 * @param action   refer the caller to the police, or say that socialjour is not available
 * @param referral the number referred to (REFER_POLICE), or {@code null}
 * @param text     what the operator tells the caller
 */
public record NoAgreementPolicy(Instant from, Action action, ServiceNumber referral, String text) {

    /** What is done for a municipality without an agreement. */
    public enum Action { REFER_POLICE, NOT_AVAILABLE }

    /** 2017-12-23 17:00 Swedish time: SOS Alarm's letter of 2017-09-01 ("fr o m 2017-12-23 kl 17"). */
    public static final Instant CUT_OVER = ZonedDateTime.of(2017, 12, 23, 17, 0, 0, 0, SwedishTime.ZONE).toInstant();

    /** The rows in force since the 2017 letter. */
    public static final List<NoAgreementPolicy> STANDARD = List.of(
            new NoAgreementPolicy(Instant.EPOCH, Action.REFER_POLICE, ServiceNumber.POLICE_114_14,
                    "Kommunen har inget avtal om socialjour via 112. Hänvisa till polisen på 114 14."),
            new NoAgreementPolicy(CUT_OVER, Action.NOT_AVAILABLE, null,
                    "Socialjour finns inte att tillgå i den berörda kommunen. Ingen hänvisning till annat nummer."));

    public NoAgreementPolicy {
        Objects.requireNonNull(from, "from");
        if (action == null) {
            throw new InvalidInputException("action", "must be REFER_POLICE or NOT_AVAILABLE");
        }
        if (action == Action.REFER_POLICE && referral == null) {
            throw new InvalidInputException("referral", "a referral row must name the number referred to");
        }
        if (action == Action.NOT_AVAILABLE && referral != null) {
            throw new InvalidInputException("referral", "a not-available row refers nowhere");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "the policy row needs the text the operator says");
        }
    }
}
