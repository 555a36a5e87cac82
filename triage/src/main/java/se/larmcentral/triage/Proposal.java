package se.larmcentral.triage;

import java.util.List;

/**
 * The criterion the interview proposes, with why.
 *
 * @param criterion the most urgent criterion that matches the answers so far
 * @param chapter   id of the chapter it belongs to
 * @param settled   true when no further answer can make another criterion come first; false while a more
 *                  urgent criterion is still possible (the proposal may then rise)
 * @param why       the findings that match, the more urgent criteria ruled out and by which answer, and what
 *                  is still open
 */
public record Proposal(Criterion criterion, String chapter, boolean settled, List<String> why) {

    public Proposal {
        why = List.copyOf(why);
    }

    public String code() {
        return criterion.code();
    }

    public int priority() {
        return criterion.priority();
    }
}
