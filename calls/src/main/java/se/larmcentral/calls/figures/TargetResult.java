package se.larmcentral.calls.figures;

/** One target judged on a period's figures, with the explanation shown beside it. */
public record TargetResult(AnswerTimeTarget target, Verdict verdict, String explanation) {

    /** Whether a target was met; {@code NO_CALLS} when the period had nothing to judge. */
    public enum Verdict { MET, MISSED, NO_CALLS }
}
