package se.larmcentral.web.triage;

import se.larmcentral.triage.MedicalIndex;
import se.larmcentral.triage.Question;

import java.util.List;

/**
 * The loaded medical index as the API lists it: what it is, who must approve it, the key questions asked first
 * and its chapters (number, id, title).
 */
public record IndexOverview(String version, String title, String notice, List<Question> keyQuestions,
                            List<ChapterSummary> chapters) {

    /** One chapter in the list. */
    public record ChapterSummary(int number, String id, String title) {
    }

    public static IndexOverview of(MedicalIndex index) {
        List<Question> keyQuestions = index.keyQuestions().stream()
                .map(id -> index.question(id).orElseThrow()).toList();
        List<ChapterSummary> chapters = index.chapters().stream()
                .map(c -> new ChapterSummary(c.number(), c.id(), c.title())).toList();
        return new IndexOverview(index.version(), index.title(), index.notice(), keyQuestions, chapters);
    }
}
