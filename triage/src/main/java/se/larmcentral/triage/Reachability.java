package se.larmcentral.triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the interview can end at a criterion: searches the answers to the questions of the more urgent
 * candidates for a set under which the criterion is the settled proposal.
 */
public final class Reachability {

    /** More free questions than this before a criterion are not searched (2^limit answer sets). */
    public static final int QUESTION_LIMIT = 20;

    private Reachability() {
    }

    /**
     * Answers under which the interview in {@code chapter} (or the key questions alone, with {@code null})
     * settles on {@code target}; empty when there are none.
     *
     * @throws IllegalArgumentException when more than {@link #QUESTION_LIMIT} questions would need searching
     */
    public static Optional<Map<String, Boolean>> witness(MedicalIndex index, Chapter chapter, Criterion target) {
        List<Criterion> candidates = Interview.candidates(index, chapter);
        int position = indexOfCode(candidates, target.code());
        if (position < 0) {
            return Optional.empty();
        }
        Map<String, Boolean> fixed = new LinkedHashMap<>();
        for (Finding f : target.when()) {
            Boolean previous = fixed.put(f.question(), f.answer());
            if (previous != null && previous != f.answer()) {
                return Optional.empty();
            }
        }
        Set<String> free = new LinkedHashSet<>();
        for (Criterion earlier : candidates.subList(0, position)) {
            earlier.when().stream().map(Finding::question).filter(q -> !fixed.containsKey(q)).forEach(free::add);
        }
        if (free.size() > QUESTION_LIMIT) {
            throw new IllegalArgumentException(free.size() + " questions come before " + target.code());
        }
        List<String> freeList = new ArrayList<>(free);
        for (long bits = 0; bits < (1L << freeList.size()); bits++) {
            Map<String, Boolean> answers = new LinkedHashMap<>(fixed);
            for (int i = 0; i < freeList.size(); i++) {
                answers.put(freeList.get(i), (bits & (1L << i)) != 0);
            }
            InterviewStep step = Interview.next(index, chapter, answers);
            if (step.proposal() != null && step.proposal().settled()
                    && step.proposal().code().equals(target.code())) {
                return Optional.of(answers);
            }
        }
        return Optional.empty();
    }

    private static int indexOfCode(List<Criterion> candidates, String code) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
