package se.larmcentral.web.calls;

import se.larmcentral.core.GeoPoint;

import java.util.List;

/**
 * The JSON bodies the calls endpoints take. Numbers in E.164 or Swedish form, instants with their offset
 * ({@code 2025-12-24T18:00+01:00} or {@code ...Z}); the calls module's errors name the field.
 */
public final class CallRequests {

    private CallRequests() {
    }

    /**
     * A call that entered the queue.
     *
     * @param dialled      {@code 112}, {@code 113 13}, {@code 116 000} or a municipality's direct number
     * @param municipality with a direct number: the municipality (SCB code) it belongs to
     * @param callerNumber the caller's number; omitted when withheld
     * @param queuedAt     when it entered the queue; omitted: now for a new call, not compared for a known one
     * @param position     the caller's position if known; attached as a reported position with the intake
     */
    public record Intake(String callId, String dialled, String municipality, String callerNumber, String queuedAt,
                         IntakePosition position) {
    }

    /**
     * A caller position known at intake.
     *
     * @param lat               WGS84 latitude in degrees
     * @param lon               WGS84 longitude in degrees
     * @param uncertaintyMetres radius of the uncertainty circle, or omitted
     * @param source            where it came from: AML_SMS, AML_HTTPS or PIDF_LO
     */
    public record IntakePosition(Double lat, Double lon, Double uncertaintyMetres, String source) {
    }

    /**
     * The operator's classification: CARE, SOCIAL, POLICE, RESCUE_SERVICE, POISON_INFORMATION,
     * CRISIS_INFORMATION_113_13 (with {@code crisisTopic}, optionally {@code crisisMessageId}), MISSING_CHILD_116_000,
     * NOT_AN_EMERGENCY, HUNG_UP.
     */
    public record Classify(String classification, String note, String crisisTopic, String crisisMessageId) {
    }

    /** Make a care call's incident; the reason is needed only for a position outside the centre's region. */
    public record Dispatch(String outsideRegionReason) {
    }

    /** A corrected classification: the new one, why, and whether what the earlier one started is closed. */
    public record Reclassify(String classification, String reason, Boolean closeFollowUps, String note,
                             String crisisTopic, String crisisMessageId) {
    }

    /** The operator's corrected position, with why. */
    public record CorrectPosition(GeoPoint point, String reason) {
    }

    /** The operator's municipality (SCB code); the name is taken from the register when omitted. */
    public record ChooseMunicipality(String code, String name, String reason) {
    }

    /** What was done, for the record. */
    public record Handled(String outcome) {
    }

    /** The 116 000 report form. */
    public record MissingChild(String childName, Integer childAge, String description, String lastSeenPlace,
                               String lastSeenAt, String callerName, String callerNumber) {
    }

    /** An approved 113 13 crisis message; areas are SCB county (2 digits) or municipality (4 digits) codes. */
    public record CrisisMessage(String messageId, String topic, String text, List<String> areaCodes, String validFrom,
                                String validTo, String approvedBy) {
    }

    /** Why a crisis message is withdrawn. */
    public record Withdraw(String reason) {
    }
}
