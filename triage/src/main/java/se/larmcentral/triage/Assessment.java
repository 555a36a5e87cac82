package se.larmcentral.triage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One case's priority assessment (vårdprioritering) as the journal's events built it. Immutable: each event
 * gives a new value.
 *
 * @param indexVersion     the version of the medical index the assessment runs on, throughout
 * @param rulesVersion     the version of the region's response rules it runs on, throughout; {@code null} when it
 *                         was recorded before assessments named it (it ran on the configured rules)
 * @param chapter          the chapter id, or {@code null} while only the key questions are asked
 * @param asked            every question put to the operator so far, in order
 * @param answers          the answers so far, by question id
 * @param proposedCode     the interview's latest proposal, or {@code null}
 * @param decidedCode      the criterion the priority rests on once decided, else {@code null}
 * @param priority         the case's priority, 0 until decided
 * @param overridden       whether the priority is a nurse's override of the index
 * @param history          every decision on the priority, oldest first
 */
public record Assessment(String caseId, String indexVersion, String rulesVersion, Instant startedAt, String chapter, List<String> asked,
                         Map<String, Boolean> answers, String proposedCode, String decidedCode, int priority,
                         boolean overridden, List<PriorityChange> history) {

    public Assessment {
        asked = List.copyOf(asked);
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        history = List.copyOf(history);
    }

    public static Assessment started(TriageEvent.AssessmentStarted event, Instant at) {
        return new Assessment(event.caseId(), event.indexVersion(), event.rulesVersion(), at, event.chapter(), List.of(), Map.of(),
                null, null, 0, false, List.of());
    }

    public boolean decided() {
        return priority > 0;
    }

    /** Questions asked and not yet answered. */
    public List<String> openQuestions() {
        return asked.stream().filter(q -> !answers.containsKey(q)).toList();
    }

    public Assessment apply(TriageEvent event, Instant at) {
        return switch (event) {
            case TriageEvent.AssessmentStarted started -> started(started, at);
            case TriageEvent.ChapterChosen chosen -> new Assessment(caseId, indexVersion, rulesVersion, startedAt, chosen.chapter(),
                    asked, answers, proposedCode, decidedCode, priority, overridden, history);
            case TriageEvent.QuestionsAsked q -> {
                Set<String> all = new LinkedHashSet<>(asked);
                all.addAll(q.questions());
                yield new Assessment(caseId, indexVersion, rulesVersion, startedAt, chapter, new ArrayList<>(all), answers,
                        proposedCode, decidedCode, priority, overridden, history);
            }
            case TriageEvent.AnswerRecorded a -> {
                Map<String, Boolean> all = new LinkedHashMap<>(answers);
                all.put(a.question(), a.answer());
                yield new Assessment(caseId, indexVersion, rulesVersion, startedAt, chapter, asked, all, proposedCode,
                        decidedCode, priority, overridden, history);
            }
            case TriageEvent.CriterionProposed p -> new Assessment(caseId, indexVersion, rulesVersion, startedAt, chapter, asked,
                    answers, p.code(), decidedCode, priority, overridden, history);
            case TriageEvent.CriterionConfirmed c -> decide(c.code(), c.priority(), false, new PriorityChange(at,
                    PriorityChange.Kind.CONFIRMED, c.code(), priority, c.priority(), null, c.by().id()));
            case TriageEvent.PriorityOverridden o -> decide(o.code(), o.toPriority(), true, new PriorityChange(at,
                    PriorityChange.Kind.OVERRIDDEN, o.code(), o.fromPriority(), o.toPriority(), o.reason(),
                    o.nurse().id()));
            case TriageEvent.Reprioritised r -> decide(r.code(), r.toPriority(), false, new PriorityChange(at,
                    PriorityChange.Kind.REPRIORITISED, r.code(), r.fromPriority(), r.toPriority(), r.reason(),
                    r.by().id()));
        };
    }

    private Assessment decide(String code, int newPriority, boolean override, PriorityChange change) {
        List<PriorityChange> all = new ArrayList<>(history);
        all.add(change);
        return new Assessment(caseId, indexVersion, rulesVersion, startedAt, chapter, asked, answers, proposedCode, code,
                newPriority, override, all);
    }

    /** This assessment after further events, all at one instant (to answer a command before they are durable). */
    public Assessment after(List<? extends TriageEvent> events, Instant at) {
        Assessment result = this;
        for (TriageEvent e : events) {
            result = result.apply(e, at);
        }
        return result;
    }
}
