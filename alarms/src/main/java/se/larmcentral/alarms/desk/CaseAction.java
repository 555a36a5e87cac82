package se.larmcentral.alarms.desk;

/**
 * What an operator asks of an alarm case, as typed (outcomes and reasons by name): the desk checks every field.
 * {@code operator} is the signed-in account, never typed.
 */
public sealed interface CaseAction {

    String caseId();

    String operator();

    /** Take the case; {@code takeOver} when a colleague holds it (they are away, the shift changed). */
    record Take(String caseId, String operator, boolean takeOver) implements CaseAction {
    }

    /** Give a step's outcome ({@code answered}, {@code no_answer}, ...) with a note; step numbers start at 1. */
    record DoStep(String caseId, String operator, int step, String outcome, String note) implements CaseAction {
    }

    /**
     * Close the case with a reason ({@code false_alarm}, {@code handled}, ...) and a note; {@code incidentId} names the
     * centre's incident it was passed to (with {@code passed_to_incident} only), or is null.
     */
    record Close(String caseId, String operator, String reason, String note, String incidentId) implements CaseAction {
    }
}
