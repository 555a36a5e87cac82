package se.larmcentral.calls;

import java.time.Instant;
import java.util.List;

/**
 * An approved 113 13 crisis information message (krisinformation) that operators read from when people call
 * about a serious accident or crisis.
 *
 * @param areaCodes     SCB codes of the area it concerns: two-digit county codes (län) or four-digit municipality codes
 * @param validFrom     first instant it may be read out
 * @param validTo       first instant it may no longer be read out
 * @param approvedBy    who approved the text (the authority's responsible person)
 * @param withdrawnAt   when it was withdrawn, or null
 */
public record CrisisMessage(String id, String topic, String text, List<String> areaCodes, Instant validFrom,
                            Instant validTo, String approvedBy, Instant publishedAt, String publishedBy,
                            Instant withdrawnAt, String withdrawReason) {

    public CrisisMessage {
        areaCodes = List.copyOf(areaCodes);
    }

    /** Whether it may be read out at {@code instant}: within its validity and not yet withdrawn. */
    public boolean validAt(Instant instant) {
        return !instant.isBefore(validFrom) && instant.isBefore(validTo)
                && (withdrawnAt == null || instant.isBefore(withdrawnAt));
    }

    /**
     * Whether it concerns the area with this SCB code: a county message covers the county's municipalities
     * ({@code 01} covers {@code 0180}), and asking for a county finds the messages of its municipalities.
     */
    public boolean concerns(String areaCode) {
        return areaCodes.stream().anyMatch(code -> code.startsWith(areaCode) || areaCode.startsWith(code));
    }

    CrisisMessage withdrawn(Instant at, String reason) {
        return new CrisisMessage(id, topic, text, areaCodes, validFrom, validTo, approvedBy, publishedAt, publishedBy,
                at, reason);
    }
}
