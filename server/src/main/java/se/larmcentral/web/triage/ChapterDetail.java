package se.larmcentral.web.triage;

import se.larmcentral.triage.Advice;
import se.larmcentral.triage.Chapter;
import se.larmcentral.triage.Criterion;
import se.larmcentral.triage.Finding;
import se.larmcentral.triage.MedicalIndex;
import se.larmcentral.triage.Question;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One chapter of the index as the operator reads it, in the reader's language: its criteria from most to least
 * urgent, the questions they are made of (the key questions first where the chapter asks them) and the advice they
 * refer to.
 *
 * @param language the language the texts are in; {@code null} when the index's texts have no stated language
 */
public record ChapterDetail(int number, String id, String language, String title, boolean askKeyQuestions,
                            List<Criterion> criteria, List<Question> questions, List<Advice> advice,
                            List<String> references) {

    public static ChapterDetail of(MedicalIndex index, Chapter chapter, String requested) {
        String language = index.languageFor(requested);
        Set<String> questionIds = new LinkedHashSet<>();
        if (chapter.askKeyQuestions()) {
            questionIds.addAll(index.keyQuestions());
        }
        Set<String> adviceIds = new LinkedHashSet<>();
        for (Criterion criterion : chapter.criteria()) {
            criterion.when().stream().map(Finding::question).forEach(questionIds::add);
            adviceIds.addAll(criterion.advice());
        }
        List<Question> questions = questionIds.stream().map(id -> index.question(id).orElseThrow().in(language))
                .toList();
        List<Advice> advice = adviceIds.stream().map(id -> index.advice(id).orElseThrow().in(language)).toList();
        return new ChapterDetail(chapter.number(), chapter.id(), language, chapter.title().in(language),
                chapter.askKeyQuestions(), chapter.criteria().stream().map(c -> c.in(language)).toList(), questions,
                advice, chapter.references());
    }
}
