package se.larmcentral.triage.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.larmcentral.triage.IndexProblem;
import se.larmcentral.triage.MedicalIndex;

import java.io.StringReader;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** An index in two languages: every text in both, refused naming the place, line and column of what is missing. */
class BilingualIndexFileTest {

    private static final SortedSet<Integer> SCALE = new TreeSet<>(List.of(1, 2, 3, 4));

    static final String VALID = """
            format: larmcentral-medical-index/1
            version: test-2
            languages: [sv, en]
            title: {sv: Testindex, en: Test index}
            notice:
              sv: Bara för test.
              en: For tests only.
            keyQuestions: [conscious]
            keyCriteria: [A.01.01]
            questions:
              conscious:
                sv: Är patienten vaken?
                en: Is the patient awake?
              severe: {sv: "Svår smärta?", en: "Severe pain?"}
            advice:
              cpr:
                title: {sv: HLR, en: CPR}
                steps:
                  - sv: Tryck hårt och snabbt.
                    en: Push hard and fast.
            chapters:
              - number: 1
                id: unconscious
                title: {sv: Medvetslös, en: Unconscious}
                criteria:
                  - code: A.01.01
                    priority: 1
                    text: {sv: Medvetslös, en: Unconscious}
                    when: [not conscious]
                    response: {unit: ambulance}
                    advice: [cpr]
                  - code: A.01.02
                    priority: 1
                    text: {sv: Svår smärta, en: Severe pain}
                    when: [severe]
                    response: {unit: ambulance}
                  - code: H.01.03
                    priority: 2
                    text: {sv: Vaken, en: Awake}
                    response: {unit: ambulance}
            """;

    private static List<IndexProblem> problems(String text) {
        try {
            return MedicalIndexFile.read(new StringReader(text), "test.yaml", SCALE).problems();
        } catch (IndexFileException e) {
            return e.problems();
        }
    }

    @Test
    void aCompleteBilingualIndexIsReadWithBothLanguagesAndTheFirstAsFallback() {
        MedicalIndexFile.Result result = MedicalIndexFile.read(new StringReader(VALID), "test.yaml", SCALE);
        assertThat(result.problems()).isEmpty();
        MedicalIndex index = result.index();
        assertThat(index.languages()).containsExactly("sv", "en");
        assertThat(index.question("conscious").orElseThrow().text().in("sv")).isEqualTo("Är patienten vaken?");
        assertThat(index.question("conscious").orElseThrow().text().in("en")).isEqualTo("Is the patient awake?");
        assertThat(index.question("conscious").orElseThrow().text().in("de")).isEqualTo("Är patienten vaken?");
        assertThat(index.advice("cpr").orElseThrow().steps().getFirst().in("en")).isEqualTo("Push hard and fast.");
        assertThat(index.languageFor("en")).isEqualTo("en");
        assertThat(index.languageFor("de")).isEqualTo("sv");
        assertThat(index.languageFor(null)).isEqualTo("sv");
    }

    @Test
    void anIndexWithPlainTextsStillReadsAndHasNoStatedLanguage() {
        MedicalIndexFile.Result result = MedicalIndexFile.read(new StringReader(MedicalIndexFileTest.VALID),
                "test.yaml", SCALE);
        assertThat(result.problems()).isEmpty();
        assertThat(result.index().languages()).isEmpty();
        assertThat(result.index().languageFor("sv")).isNull();
        assertThat(result.index().question("conscious").orElseThrow().text().in("sv")).isEqualTo("Awake?");
    }

    /** Each row breaks the valid index once; the problem names the place and reason, at the line of the text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            question without English     | 'en: Is the patient awake?'    | ''                              | questions.conscious.en      | missing    | 12
            question with empty English  | 'en: Is the patient awake?'    | 'en: ""'                        | questions.conscious.en      | empty      | 13
            question as a plain text     | 'severe: {sv: "Svår smärta?", en: "Severe pain?"}' | 'severe: Severe pain?' | questions.severe.sv | missing | 14
            title without Swedish        | 'title: {sv: Testindex, en: Test index}' | 'title: {en: Test index}' | title.sv                | missing    | 4
            notice in an undeclared one  | 'en: For tests only.'          | 'de: Nur für Tests.'            | notice.de                   | not one of the index's languages | 7
            notice without English       | 'en: For tests only.'          | 'de: Nur für Tests.'            | notice.en                   | missing    | 6
            advice title without Swedish | 'title: {sv: HLR, en: CPR}'    | 'title: {en: CPR}'              | advice.cpr.title.sv         | missing    | 17
            advice step without English  | '    en: Push hard and fast.'  | ''                              | advice.cpr.steps[0].en      | missing    | 19
            chapter title empty Swedish  | 'title: {sv: Medvetslös, en: Unconscious}' | 'title: {sv: "", en: Unconscious}' | chapters[unconscious].title.sv | empty | 24
            criterion without English    | 'text: {sv: Vaken, en: Awake}' | 'text: {sv: Vaken}'             | chapters[unconscious].criteria[2].text.en | missing | 39
            a language code that is not  | 'languages: [sv, en]'          | 'languages: [sv, english]'      | languages[1]                | not a language code | 3
            texts per language undeclared | 'languages: [sv, en]'         | ''                              | title                       | declares no languages | 4
            a text that is a list        | 'severe: {sv: "Svår smärta?", en: "Severe pain?"}' | 'severe: [a, b]' | questions.severe       | per language | 14
            """)
    void aMissingOrWrongTextIsRefusedNamingItsPlaceAndLine(String name, String from, String to, String place,
                                                          String reason, int line) {
        assertThat(VALID).contains(from);
        List<IndexProblem> problems = problems(VALID.replace(from, to));
        assertThat(problems).as(name).anySatisfy(p -> {
            assertThat(p.place()).isEqualTo(place);
            assertThat(p.message()).contains(reason);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isPositive();
        });
    }
}
