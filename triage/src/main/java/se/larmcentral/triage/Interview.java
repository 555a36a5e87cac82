package se.larmcentral.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The interview engine, a pure function of the index, the chapter and the answers so far.
 *
 * <p>The candidates are the key criteria (when the chapter asks the key questions, or no chapter is chosen
 * yet) and the chapter's criteria, ranked by priority, key criteria first at equal priority, then in index
 * order. A candidate is ruled out when an answer contradicts one of its findings, matches when every
 * finding holds, and is open otherwise. The proposal is the first candidate that matches; it is settled when
 * every candidate before it is ruled out. The next questions are the unanswered findings of the first
 * candidate that is not ruled out: so the key questions come first, and the questions asked are always those
 * that can still change the most urgent criterion.
 */
public final class Interview {

    private Interview() {
    }

    /** The candidates in rank order, for a chapter or (with {@code null}) for the key questions alone. */
    public static List<Criterion> candidates(MedicalIndex index, Chapter chapter) {
        LinkedHashMap<String, Criterion> ranked = new LinkedHashMap<>();
        if (chapter == null || chapter.askKeyQuestions()) {
            index.keyCriteriaInOrder().forEach(c -> ranked.putIfAbsent(c.code(), c));
        }
        if (chapter != null) {
            chapter.criteria().forEach(c -> ranked.putIfAbsent(c.code(), c));
        }
        List<Criterion> list = new ArrayList<>(ranked.values());
        list.sort(Comparator.comparingInt(Criterion::priority));
        return list;
    }

    public static InterviewStep next(MedicalIndex index, Chapter chapter, Map<String, Boolean> answers) {
        return next(index, chapter, answers, WhyLines.RECORDED);
    }

    /**
     * The step with its why-lines for a reader of {@code language} ({@code sv} or {@code en}): they quote the
     * questions' texts in that language instead of their ids.
     */
    public static InterviewStep next(MedicalIndex index, Chapter chapter, Map<String, Boolean> answers,
                                     String language) {
        return next(index, chapter, answers, WhyLines.forReader(index, language));
    }

    private static InterviewStep next(MedicalIndex index, Chapter chapter, Map<String, Boolean> answers,
                                      WhyLines lines) {
        List<Criterion> candidates = candidates(index, chapter);
        List<String> ruledOut = new ArrayList<>();
        Criterion firstOpen = null;
        for (Criterion candidate : candidates) {
            Finding contradicted = contradicted(candidate, answers);
            if (contradicted != null) {
                if (firstOpen == null) {
                    ruledOut.add(lines.ruledOut(candidate, contradicted, answers));
                }
                continue;
            }
            if (matches(candidate, answers)) {
                boolean settled = firstOpen == null;
                List<String> why = new ArrayList<>();
                why.add(lines.matches(candidate, answers));
                why.addAll(ruledOut);
                if (!settled) {
                    why.add(lines.notSettled(firstOpen));
                }
                String chapterId = index.chapterOf(candidate.code()).map(Chapter::id).orElse(null);
                Proposal proposal = new Proposal(candidate, chapterId, settled, why);
                return new InterviewStep(proposal, questionsOf(index, firstOpen, answers), false);
            }
            if (firstOpen == null) {
                firstOpen = candidate;
            }
        }
        List<Question> next = questionsOf(index, firstOpen, answers);
        return new InterviewStep(null, next, chapter == null && next.isEmpty());
    }

    /**
     * The candidates no answer has ruled out (those that match and those still open), in rank order: the first
     * is the most urgent criterion the case may still turn out to meet.
     */
    public static List<Criterion> stillPossible(MedicalIndex index, Chapter chapter, Map<String, Boolean> answers) {
        return candidates(index, chapter).stream().filter(c -> contradicted(c, answers) == null).toList();
    }

    /** Whether every finding of the criterion holds. */
    public static boolean matches(Criterion criterion, Map<String, Boolean> answers) {
        return criterion.when().stream().allMatch(f -> f.satisfiedBy(answers.get(f.question())));
    }

    private static Finding contradicted(Criterion criterion, Map<String, Boolean> answers) {
        return criterion.when().stream().filter(f -> f.contradictedBy(answers.get(f.question()))).findFirst()
                .orElse(null);
    }

    private static List<Question> questionsOf(MedicalIndex index, Criterion open, Map<String, Boolean> answers) {
        if (open == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        open.when().stream().map(Finding::question).filter(q -> !answers.containsKey(q)).forEach(ids::add);
        return ids.stream().map(id -> index.question(id).orElseThrow(
                () -> new IllegalStateException("criterion " + open.code() + " asks unknown question " + id)))
                .toList();
    }
}
