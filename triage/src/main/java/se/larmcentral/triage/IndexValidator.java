package se.larmcentral.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an index against itself and a region's priority scale and returns every problem with its place:
 * dangling references (chapters, questions, advice, key criteria), duplicate ids and codes, codes that do not
 * fit their chapter or priority, priorities outside the scale, criteria out of order, chapters without a
 * least-urgent default, criteria no answers can reach, and texts missing in one of the index's languages.
 */
public final class IndexValidator {

    private static final Pattern CODE = Pattern.compile("([AHV])\\.([0-9]{2})\\.([0-9]{2})");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private IndexValidator() {
    }

    public static List<IndexProblem> validate(MedicalIndex index, SortedSet<Integer> scale) {
        if (index.knownValidFor(scale)) {
            return List.of();
        }
        List<IndexProblem> problems = new ArrayList<>();
        if (index.version() == null || index.version().isBlank()) {
            problems.add(IndexProblem.at("version", "is missing; every assessment records it"));
        }
        if (scale.isEmpty()) {
            problems.add(IndexProblem.at("", "the region's priority scale is empty"));
        }
        checkQuestionsAndAdvice(index, problems);
        checkLanguages(index, problems);
        checkKeys(index, problems);
        checkChapters(index, scale, problems);
        if (problems.isEmpty()) {
            checkReachable(index, problems);
        }
        if (problems.isEmpty()) {
            index.markValidFor(scale);
        }
        return problems;
    }

    private static void checkQuestionsAndAdvice(MedicalIndex index, List<IndexProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (Question q : index.questions()) {
            String place = IndexPlace.field("questions", q.id());
            if (!ID.matcher(q.id()).matches()) {
                problems.add(IndexProblem.at(place, "question id '" + q.id() + "' must be lower-case words joined by '-'"));
            }
            if (!seen.add(q.id())) {
                problems.add(IndexProblem.at(place, "duplicate question id '" + q.id() + "'"));
            }
        }
        for (Advice a : index.advice()) {
            String place = IndexPlace.field("advice", a.id());
            if (a.steps().isEmpty()) {
                problems.add(IndexProblem.at(IndexPlace.field(place, "steps"), "advice has no steps"));
            }
        }
    }

    /**
     * Every text a person reads is given in every language the index declares, and in no other; an index that
     * declares none has plain texts.
     */
    private static void checkLanguages(MedicalIndex index, List<IndexProblem> problems) {
        List<String> languages = index.languages();
        Set<String> declared = new HashSet<>();
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i);
            if (!LANGUAGE.matcher(language).matches()) {
                problems.add(IndexProblem.at(IndexPlace.item("languages", i), "'" + language
                        + "' is not a language code (two or three lower-case letters, like sv or en)"));
            }
            if (!declared.add(language)) {
                problems.add(IndexProblem.at(IndexPlace.item("languages", i), "language '" + language
                        + "' is named twice"));
            }
        }
        Map<String, Text> texts = new java.util.LinkedHashMap<>();
        texts.put("title", index.title());
        texts.put("notice", index.notice());
        index.questions().forEach(q -> texts.put(IndexPlace.field("questions", q.id()), q.text()));
        for (Advice a : index.advice()) {
            String place = IndexPlace.field("advice", a.id());
            texts.put(IndexPlace.field(place, "title"), a.title());
            for (int i = 0; i < a.steps().size(); i++) {
                texts.put(IndexPlace.item(IndexPlace.field(place, "steps"), i), a.steps().get(i));
            }
        }
        for (int c = 0; c < index.chapters().size(); c++) {
            Chapter chapter = index.chapters().get(c);
            String place = IndexPlace.chapter(chapter.id(), c);
            texts.put(IndexPlace.field(place, "title"), chapter.title());
            for (int i = 0; i < chapter.criteria().size(); i++) {
                texts.put(IndexPlace.field(IndexPlace.criterion(place, i), "text"), chapter.criteria().get(i).text());
            }
        }
        texts.forEach((place, text) -> checkText(place, text, languages, problems));
    }

    private static void checkText(String place, Text text, List<String> languages, List<IndexProblem> problems) {
        if (text == null) {
            problems.add(IndexProblem.at(place, "missing"));
            return;
        }
        if (languages.isEmpty()) {
            if (!text.languages().isEmpty()) {
                problems.add(IndexProblem.at(place, "is given per language (" + String.join(", ", text.languages())
                        + ") but the index declares no languages: add 'languages: [" + String.join(", ",
                        text.languages()) + "]' at the top"));
            } else if (text.first().isBlank()) {
                problems.add(IndexProblem.at(place, "is empty"));
            }
            return;
        }
        for (String language : languages) {
            String given = text.byLanguage().get(language);
            if (given == null) {
                problems.add(IndexProblem.at(IndexPlace.field(place, language), "missing; every text must be given in "
                        + String.join(" and ", languages)));
            } else if (given.isBlank()) {
                problems.add(IndexProblem.at(IndexPlace.field(place, language), "empty"));
            }
        }
        for (String language : text.languages()) {
            if (!languages.contains(language)) {
                problems.add(IndexProblem.at(IndexPlace.field(place, language), "'" + language
                        + "' is not one of the index's languages (" + String.join(", ", languages) + ")"));
            }
        }
    }

    private static void checkKeys(MedicalIndex index, List<IndexProblem> problems) {
        Set<String> keyQuestions = new HashSet<>(index.keyQuestions());
        for (int i = 0; i < index.keyQuestions().size(); i++) {
            String id = index.keyQuestions().get(i);
            if (index.question(id).isEmpty()) {
                problems.add(IndexProblem.at(IndexPlace.item("keyQuestions", i), "unknown question '" + id + "'"));
            }
        }
        for (int i = 0; i < index.keyCriteria().size(); i++) {
            String code = index.keyCriteria().get(i);
            String place = IndexPlace.item("keyCriteria", i);
            Criterion criterion = index.criterion(code).orElse(null);
            if (criterion == null) {
                problems.add(IndexProblem.at(place, "unknown criterion code '" + code + "'"));
            } else if (criterion.when().isEmpty()
                    || !criterion.when().stream().allMatch(f -> keyQuestions.contains(f.question()))) {
                problems.add(IndexProblem.at(place, "key criterion " + code
                        + " must be made of key questions only, and of at least one"));
            } else if (criterion.priority() != 1) {
                problems.add(IndexProblem.at(place, "key criterion " + code
                        + " must be priority 1: key questions are the vital signs"));
            }
        }
    }

    private static void checkChapters(MedicalIndex index, SortedSet<Integer> scale, List<IndexProblem> problems) {
        if (index.chapters().isEmpty()) {
            problems.add(IndexProblem.at("chapters", "the index has no chapters"));
        }
        Map<String, String> chapterIds = new HashMap<>();
        Map<Integer, String> chapterNumbers = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        for (int c = 0; c < index.chapters().size(); c++) {
            Chapter chapter = index.chapters().get(c);
            String place = IndexPlace.chapter(chapter.id(), c);
            if (!ID.matcher(chapter.id()).matches()) {
                problems.add(IndexProblem.at(IndexPlace.field(place, "id"),
                        "chapter id '" + chapter.id() + "' must be lower-case words joined by '-'"));
            }
            String other = chapterIds.putIfAbsent(chapter.id(), place);
            if (other != null) {
                problems.add(IndexProblem.at(IndexPlace.field(place, "id"), "duplicate chapter id '" + chapter.id() + "'"));
            }
            if (chapter.number() < 1 || chapter.number() > 99) {
                problems.add(IndexProblem.at(IndexPlace.field(place, "number"), "chapter number must be 1-99, was " + chapter.number()));
            }
            other = chapterNumbers.putIfAbsent(chapter.number(), place);
            if (other != null) {
                problems.add(IndexProblem.at(IndexPlace.field(place, "number"),
                        "duplicate chapter number " + chapter.number() + ", also at " + other));
            }
            checkReferences(index, chapter.references(), IndexPlace.field(place, "references"), problems);
            checkAdvice(index, chapter.advice(), IndexPlace.field(place, "advice"), problems);
            checkCriteria(index, chapter, place, scale, codes, problems);
        }
    }

    private static void checkCriteria(MedicalIndex index, Chapter chapter, String chapterPlace,
                                      SortedSet<Integer> scale, Map<String, String> codes,
                                      List<IndexProblem> problems) {
        List<Criterion> criteria = chapter.criteria();
        if (criteria.isEmpty()) {
            problems.add(IndexProblem.at(IndexPlace.field(chapterPlace, "criteria"), "chapter has no criteria"));
            return;
        }
        int previousPriority = Integer.MIN_VALUE;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            String place = IndexPlace.criterion(chapterPlace, i);
            checkCode(chapter, criterion, place, codes, problems);
            String priorityPlace = IndexPlace.field(place, "priority");
            if (!scale.contains(criterion.priority())) {
                problems.add(IndexProblem.at(priorityPlace, "priority " + criterion.priority()
                        + " is outside the region's scale " + scale));
            }
            if (criterion.priority() < previousPriority) {
                problems.add(IndexProblem.at(priorityPlace, "criteria must be ordered from most urgent: priority "
                        + criterion.priority() + " comes after priority " + previousPriority));
            }
            previousPriority = Math.max(previousPriority, criterion.priority());
            checkFindings(index, criterion, place, problems);
            if (criterion.isDefault() && i < criteria.size() - 1) {
                problems.add(IndexProblem.at(IndexPlace.field(place, "when"), "only the last criterion may have no"
                        + " conditions: the " + (criteria.size() - 1 - i) + " after it can never be reached"));
            }
            checkAdvice(index, criterion.advice(), IndexPlace.field(place, "advice"), problems);
            checkReferences(index, criterion.references(), IndexPlace.field(place, "references"), problems);
        }
        if (!criteria.getLast().isDefault()) {
            problems.add(IndexProblem.at(IndexPlace.field(chapterPlace, "criteria"), "chapter has no least-urgent"
                    + " default: its last criterion must have no conditions (no 'when')"));
        }
    }

    private static void checkCode(Chapter chapter, Criterion criterion, String place, Map<String, String> codes,
                                  List<IndexProblem> problems) {
        String codePlace = IndexPlace.field(place, "code");
        String code = criterion.code();
        Matcher m = CODE.matcher(code);
        if (!m.matches()) {
            problems.add(IndexProblem.at(codePlace, "code '" + code + "' must look like A.04.01 (A red, H yellow,"
                    + " V green; chapter number; criterion number)"));
        } else {
            if (Integer.parseInt(m.group(2)) != chapter.number()) {
                problems.add(IndexProblem.at(codePlace, "code " + code + " names chapter " + m.group(2)
                        + " but is in chapter " + chapter.number()));
            }
            String expected = switch (criterion.priority()) {
                case 1 -> "A";
                case 2 -> "H";
                default -> "V";
            };
            if (!m.group(1).equals(expected)) {
                problems.add(IndexProblem.at(codePlace, "code " + code + " is " + m.group(1) + " but priority "
                        + criterion.priority() + " is " + expected + " (A priority 1, H priority 2, V lower)"));
            }
        }
        String other = codes.putIfAbsent(code, place);
        if (other != null) {
            problems.add(IndexProblem.at(codePlace, "duplicate code " + code + ", also at " + other));
        }
    }

    private static void checkFindings(MedicalIndex index, Criterion criterion, String place,
                                      List<IndexProblem> problems) {
        Map<String, Boolean> seen = new HashMap<>();
        for (int f = 0; f < criterion.when().size(); f++) {
            Finding finding = criterion.when().get(f);
            String findingPlace = IndexPlace.item(IndexPlace.field(place, "when"), f);
            if (index.question(finding.question()).isEmpty()) {
                problems.add(IndexProblem.at(findingPlace, "unknown question '" + finding.question() + "'"));
            }
            Boolean before = seen.put(finding.question(), finding.answer());
            if (before != null) {
                problems.add(IndexProblem.at(findingPlace, before == finding.answer()
                        ? "question '" + finding.question() + "' is named twice"
                        : "contradicts itself: '" + finding.question() + "' must be both yes and no"));
            }
        }
    }

    private static void checkAdvice(MedicalIndex index, List<String> advice, String place,
                                    List<IndexProblem> problems) {
        for (int a = 0; a < advice.size(); a++) {
            if (index.advice(advice.get(a)).isEmpty()) {
                problems.add(IndexProblem.at(IndexPlace.item(place, a), "unknown advice '" + advice.get(a) + "'"));
            }
        }
    }

    private static void checkReferences(MedicalIndex index, List<String> references, String place,
                                        List<IndexProblem> problems) {
        for (int r = 0; r < references.size(); r++) {
            String id = references.get(r);
            if (index.chapter(id).isEmpty()) {
                problems.add(IndexProblem.at(IndexPlace.item(place, r), "refers to unknown chapter '" + id + "'"));
            }
        }
    }

    private static void checkReachable(MedicalIndex index, List<IndexProblem> problems) {
        for (int i = 0; i < index.keyCriteria().size(); i++) {
            Criterion key = index.criterion(index.keyCriteria().get(i)).orElseThrow();
            reachable(index, null, key, IndexPlace.item("keyCriteria", i), problems);
        }
        for (int c = 0; c < index.chapters().size(); c++) {
            Chapter chapter = index.chapters().get(c);
            String chapterPlace = IndexPlace.chapter(chapter.id(), c);
            Set<String> keys = new HashSet<>(chapter.askKeyQuestions() ? index.keyCriteria() : List.of());
            for (int i = 0; i < chapter.criteria().size(); i++) {
                Criterion criterion = chapter.criteria().get(i);
                if (!keys.contains(criterion.code())) {
                    reachable(index, chapter, criterion, IndexPlace.criterion(chapterPlace, i), problems);
                }
            }
        }
    }

    private static void reachable(MedicalIndex index, Chapter chapter, Criterion criterion, String place,
                                  List<IndexProblem> problems) {
        try {
            if (Reachability.witness(index, chapter, criterion).isEmpty()) {
                problems.add(IndexProblem.at(place, "criterion " + criterion.code() + " can never be reached: more"
                        + " urgent criteria take every set of answers that matches it"));
            }
        } catch (IllegalArgumentException tooMany) {
            problems.add(IndexProblem.at(place, "too many questions to check that " + criterion.code()
                    + " can be reached (" + tooMany.getMessage() + "; at most " + Reachability.QUESTION_LIMIT + ")"));
        }
    }
}
