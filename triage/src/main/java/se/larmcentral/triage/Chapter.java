package se.larmcentral.triage;

import java.util.List;

/**
 * A main complaint or incident type and its criteria, ordered from most to least urgent.
 *
 * @param number          chapter number, the {@code cc} of its codes
 * @param id              stable short name ({@code chest-pain}), used in references and places
 * @param title           heading shown to the operator
 * @param askKeyQuestions whether the key questions and key criteria apply in this chapter (false for
 *                        chapters where the caller is a care unit or death is expected)
 * @param criteria        most urgent first; the last has no findings (the chapter's default)
 * @param references      ids of related chapters
 * @param advice          ids of the situation's own advice (optional): given beside the advice of a key criterion
 *                        that settles the priority in this chapter, so that a caller with chest pain who is not
 *                        breathing normally still hears what to do about the chest pain
 */
public record Chapter(int number, String id, Text title, boolean askKeyQuestions, List<Criterion> criteria,
                      List<String> references, List<String> advice) {

    public Chapter {
        criteria = List.copyOf(criteria);
        references = List.copyOf(references);
        advice = List.copyOf(advice);
    }

    /** A chapter without advice of its own. */
    public Chapter(int number, String id, Text title, boolean askKeyQuestions, List<Criterion> criteria,
                   List<String> references) {
        this(number, id, title, askKeyQuestions, criteria, references, List.of());
    }

    /** The chapter for a reader of one language. */
    public Chapter in(String language) {
        return new Chapter(number, id, title.only(language), askKeyQuestions,
                criteria.stream().map(c -> c.in(language)).toList(), references, advice);
    }
}
