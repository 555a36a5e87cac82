package se.larmcentral.triage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The medical index (medicinskt index) as data: chapters by main complaint, each a list of criteria from most
 * to least urgent, the questions those criteria are made of, and the advice given to callers. Versioned: every
 * assessment records the version it used. May be invalid as read; {@link IndexValidator} says where.
 */
public final class MedicalIndex {

    private final String version;
    private final List<String> languages;
    private final Text title;
    private final Text notice;
    private final List<String> keyQuestions;
    private final List<String> keyCriteria;
    private final List<Question> questions;
    private final List<Advice> advice;
    private final List<Chapter> chapters;
    private final Map<String, Question> questionsById = new LinkedHashMap<>();
    private final Map<String, Advice> adviceById = new LinkedHashMap<>();
    private final Map<String, Chapter> chaptersById = new LinkedHashMap<>();
    private final Map<String, Criterion> criteriaByCode = new LinkedHashMap<>();
    private final Map<String, Chapter> chapterByCode = new LinkedHashMap<>();
    /** Scales the validator found this (immutable) index valid for, so it is checked once per scale. */
    private final Set<Set<Integer>> validFor = ConcurrentHashMap.newKeySet();

    /**
     * @param version      the index's version, recorded with every assessment
     * @param languages    the languages every text is given in, the index's own first; empty when its texts are
     *                     plain (written without a language)
     * @param title        what the index is
     * @param notice       who must approve it before use
     * @param keyQuestions ids of the vital-sign questions asked first (conscious? breathing normally?)
     * @param keyCriteria  codes of the criteria built only of key questions, which apply in every chapter that
     *                     asks the key questions and before any chapter is chosen
     */
    public MedicalIndex(String version, List<String> languages, Text title, Text notice, List<String> keyQuestions,
                        List<String> keyCriteria, List<Question> questions, List<Advice> advice,
                        List<Chapter> chapters) {
        this.version = version;
        this.languages = List.copyOf(languages);
        this.title = title;
        this.notice = notice;
        this.keyQuestions = List.copyOf(keyQuestions);
        this.keyCriteria = List.copyOf(keyCriteria);
        this.questions = List.copyOf(questions);
        this.advice = List.copyOf(advice);
        this.chapters = List.copyOf(chapters);
        this.questions.forEach(q -> questionsById.putIfAbsent(q.id(), q));
        this.advice.forEach(a -> adviceById.putIfAbsent(a.id(), a));
        for (Chapter chapter : this.chapters) {
            chaptersById.putIfAbsent(chapter.id(), chapter);
            for (Criterion criterion : chapter.criteria()) {
                if (criterion.code() != null && criteriaByCode.putIfAbsent(criterion.code(), criterion) == null) {
                    chapterByCode.put(criterion.code(), chapter);
                }
            }
        }
    }

    public String version() {
        return version;
    }

    public List<String> languages() {
        return languages;
    }

    /**
     * The language a reader asking for {@code requested} gets: that one when the index declares it, else the
     * index's first; {@code null} when the index's texts have no stated language.
     */
    public String languageFor(String requested) {
        if (languages.isEmpty()) {
            return null;
        }
        return requested != null && languages.contains(requested) ? requested : languages.getFirst();
    }

    public Text title() {
        return title;
    }

    public Text notice() {
        return notice;
    }

    public List<String> keyQuestions() {
        return keyQuestions;
    }

    public List<String> keyCriteria() {
        return keyCriteria;
    }

    public List<Question> questions() {
        return questions;
    }

    public List<Advice> advice() {
        return advice;
    }

    public List<Chapter> chapters() {
        return chapters;
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questionsById.get(id));
    }

    public Optional<Advice> advice(String id) {
        return Optional.ofNullable(adviceById.get(id));
    }

    /** A chapter by id ({@code chest-pain}) or by number ({@code 4} or {@code 04}). */
    public Optional<Chapter> chapter(String idOrNumber) {
        Objects.requireNonNull(idOrNumber, "idOrNumber");
        String key = idOrNumber.strip();
        Chapter byId = chaptersById.get(key);
        if (byId != null || !key.matches("[0-9]{1,3}")) {
            return Optional.ofNullable(byId);
        }
        int number = Integer.parseInt(key);
        return chapters.stream().filter(c -> c.number() == number).findFirst();
    }

    public Optional<Criterion> criterion(String code) {
        return Optional.ofNullable(criteriaByCode.get(code));
    }

    /** The chapter a criterion belongs to. */
    public Optional<Chapter> chapterOf(String code) {
        return Optional.ofNullable(chapterByCode.get(code));
    }

    /**
     * The advice to give when the priority rests on {@code basis} in the interview's chapter: the criterion's own,
     * then, when the criterion is of another chapter (a key criterion that settled the priority early), the
     * chapter's own advice, each once.
     *
     * @param chapterId the assessment's chapter, or {@code null} before one is chosen
     */
    public List<Advice> adviceFor(String chapterId, Criterion basis) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(basis.advice());
        Chapter chapter = chapterId == null ? null : chaptersById.get(chapterId);
        if (chapter != null && !chapter.criteria().contains(basis)) {
            ids.addAll(chapter.advice());
        }
        return ids.stream().map(adviceById::get).filter(Objects::nonNull).toList();
    }

    /** The key criteria, in the order the index lists them (unknown codes left out). */
    public List<Criterion> keyCriteriaInOrder() {
        return keyCriteria.stream().map(criteriaByCode::get).filter(Objects::nonNull).toList();
    }

    boolean knownValidFor(Set<Integer> scale) {
        return validFor.contains(scale);
    }

    void markValidFor(Set<Integer> scale) {
        validFor.add(Set.copyOf(scale));
    }
}
