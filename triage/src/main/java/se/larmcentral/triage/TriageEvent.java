package se.larmcentral.triage;

import se.larmcentral.core.Actor;
import se.larmcentral.core.DomainEvent;

import java.util.List;

/**
 * Everything the triage module records: each step of a priority assessment (vårdprioritering). Journal names
 * are {@code triage.<RecordName>}.
 */
public sealed interface TriageEvent extends DomainEvent {

    String caseId();

    /**
     * An assessment began for a case, from the key questions ({@code chapter} null) or in a chapter.
     *
     * @param indexVersion the version of the medical index the assessment uses, throughout
     * @param rulesVersion the version of the region's response rules it uses, throughout ({@code null} in events
     *                     recorded before it was named: those ran on the configured rules)
     */
    record AssessmentStarted(String caseId, String indexVersion, String chapter, String rulesVersion)
            implements TriageEvent {
    }

    /** The operator moved the interview to a chapter (after the key questions, or to another one). */
    record ChapterChosen(String caseId, String chapter) implements TriageEvent {
    }

    /** The interview put these questions to the operator; only asked questions may be answered. */
    record QuestionsAsked(String caseId, List<String> questions) implements TriageEvent {
        public QuestionsAsked {
            questions = List.copyOf(questions);
        }
    }

    /** The caller's answer to one question (a later answer to the same question corrects it). */
    record AnswerRecorded(String caseId, String question, boolean answer) implements TriageEvent {
    }

    /**
     * The interview's proposal changed.
     *
     * @param settled whether more answers could still make a more urgent criterion come first
     * @param why     the explanation, as {@link Proposal#why()}
     */
    record CriterionProposed(String caseId, String code, int priority, boolean settled, List<String> why)
            implements TriageEvent {
        public CriterionProposed {
            why = List.copyOf(why);
        }
    }

    /**
     * The operator confirmed a criterion: the case has the index's priority.
     *
     * @param settled whether the proposal was settled when confirmed (false when the operator named a criterion
     *                at least as urgent as every criterion still possible before the interview had settled)
     */
    record CriterionConfirmed(String caseId, String code, int priority, boolean settled, String indexVersion,
                              Actor by) implements TriageEvent {
    }

    /**
     * A nurse or physician set a priority other than the index's, with a reason.
     *
     * @param code          the criterion the index gave
     * @param indexPriority that criterion's priority
     * @param fromPriority  the case's priority before, or 0 when none had been decided
     */
    record PriorityOverridden(String caseId, String code, int indexPriority, int fromPriority, int toPriority,
                              String reason, String indexVersion, Actor nurse) implements TriageEvent {
    }

    /** A decided case was assessed again on new information and given another criterion. */
    record Reprioritised(String caseId, String code, int fromPriority, int toPriority, String reason,
                         String indexVersion, Actor by) implements TriageEvent {
    }
}
