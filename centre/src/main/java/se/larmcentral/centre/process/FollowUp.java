package se.larmcentral.centre.process;

/**
 * One step the centre took in another module for a classified call, and the link recorded on the call.
 *
 * @param step      {@code triage.assessment}, {@code social.decision} or {@code dispatch.incident}
 * @param done      {@code STARTED} (recorded now) or {@code ALREADY_PRESENT} (found from an earlier attempt)
 * @param reference the other module's id (the triage case, the social call, the incident)
 * @param linked    true when the link was recorded now, false when it was already on the call
 * @param summary   what the operator needs to know in words
 */
public record FollowUp(String step, Done done, String reference, boolean linked, String summary) {

    public static final String TRIAGE = "triage.assessment";
    public static final String SOCIAL = "social.decision";
    public static final String DISPATCH = "dispatch.incident";

    /** Whether the step recorded something now or found it from an earlier attempt. */
    public enum Done { STARTED, ALREADY_PRESENT }
}
