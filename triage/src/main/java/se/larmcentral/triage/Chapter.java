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
 */
public record Chapter(int number, String id, Text title, boolean askKeyQuestions, List<Criterion> criteria,
                      List<String> references) {

    public Chapter {
        criteria = List.copyOf(criteria);
        references = List.copyOf(references);
    }

    /** The chapter for a reader of one language. */
    public Chapter in(String language) {
        return new Chapter(number, id, title.only(language), askKeyQuestions,
                criteria.stream().map(c -> c.in(language)).toList(), references);
    }
}
