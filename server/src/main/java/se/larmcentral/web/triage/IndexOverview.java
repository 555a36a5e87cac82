package se.larmcentral.web.triage;

import se.larmcentral.triage.MedicalIndex;
import se.larmcentral.triage.Question;

import java.util.List;

/**
 * The loaded medical index as the API lists it, in the reader's language: what it is, who must approve it, the key
 * questions asked first and its chapters (number, id, title).
 *
 * @param language  the language the texts are in (the one asked for when the index has it, else the index's
 *                  first); {@code null} when the index's texts have no stated language
 * @param languages the languages the index is written in, its own first
 */
public record IndexOverview(String version, String language, List<String> languages, String title, String notice,
                            List<Question> keyQuestions, List<ChapterSummary> chapters) {

    /** One chapter in the list. */
    public record ChapterSummary(int number, String id, String title) {
    }

    public static IndexOverview of(MedicalIndex index, String requested) {
        String language = index.languageFor(requested);
        List<Question> keyQuestions = index.keyQuestions().stream()
                .map(id -> index.question(id).orElseThrow().in(language)).toList();
        List<ChapterSummary> chapters = index.chapters().stream()
                .map(c -> new ChapterSummary(c.number(), c.id(), c.title().in(language))).toList();
        return new IndexOverview(index.version(), language, index.languages(), index.title().in(language),
                index.notice().in(language), keyQuestions, chapters);
    }
}
