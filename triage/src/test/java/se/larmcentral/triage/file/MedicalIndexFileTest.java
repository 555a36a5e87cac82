package se.larmcentral.triage.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.triage.IndexProblem;
import se.larmcentral.triage.MedicalIndex;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading index files: a small valid index, and one broken copy of it for each kind of error. */
class MedicalIndexFileTest {

    private static final SortedSet<Integer> SCALE = new TreeSet<>(List.of(1, 2, 3, 4));

    static final String VALID = """
            format: larmcentral-medical-index/1
            version: test-1
            title: Test index
            notice: For tests only; a medical director must approve a real one.
            keyQuestions: [conscious, breathing-normally]
            keyCriteria: [A.01.01]
            questions:
              conscious: Awake?
              breathing-normally: Breathing normally?
              severe: Severe pain?
              radiates: Pain spreading to the arm?
            advice:
              cpr:
                title: CPR
                steps: [Push hard and fast.]
            chapters:
              - number: 1
                id: unconscious
                title: Unconscious
                references: [chest-pain]
                criteria:
                  - code: A.01.01
                    priority: 1
                    text: Unconscious, not breathing normally
                    when: [not conscious, not breathing-normally]
                    response: {unit: ambulance, extra: [physician-car]}
                    advice: [cpr]
                  - code: H.01.02
                    priority: 2
                    text: Awake again
                    response: {unit: ambulance}
              - number: 4
                id: chest-pain
                title: Chest pain
                criteria:
                  - code: A.04.01
                    priority: 1
                    text: Severe pain
                    when: [severe]
                    response: {unit: ambulance, lightsAndSirens: true}
                  - code: H.04.02
                    priority: 2
                    text: Spreading pain
                    when: [radiates]
                    response: {unit: ambulance}
                    references: [unconscious]
                  - code: V.04.03
                    priority: 3
                    text: Mild pain
                    response: {unit: none}
            """;

    private static List<IndexProblem> problems(String text) {
        try {
            return MedicalIndexFile.read(new StringReader(text), "test.yaml", SCALE).problems();
        } catch (IndexFileException e) {
            return e.problems();
        }
    }

    private static String broken(String find, String replace) {
        assertThat(VALID).contains(find);
        return VALID.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace));
    }

    /** 1-based line of the first line containing the snippet. */
    private static int lineOf(String text, String snippet) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(snippet)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + snippet);
    }

    private static IndexProblem only(String text) {
        List<IndexProblem> problems = problems(text);
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    @Test
    void theValidIndexReadsWithoutProblems() {
        MedicalIndexFile.Result result = MedicalIndexFile.read(new StringReader(VALID), "test.yaml", SCALE);
        assertThat(result.problems()).isEmpty();
        MedicalIndex index = result.index();
        assertThat(index.version()).isEqualTo("test-1");
        assertThat(index.chapter("04").orElseThrow().id()).isEqualTo("chest-pain");
        assertThat(index.criterion("A.04.01").orElseThrow().response().lightsAndSirens()).isTrue();
        assertThat(index.criterion("H.04.02").orElseThrow().response().lightsAndSirens()).isNull();
        assertThat(index.criterion("A.01.01").orElseThrow().when()).extracting(Object::toString)
                .containsExactly("not conscious", "not breathing-normally");
    }

    @Test
    void aDanglingChapterReferenceIsNamedWithItsPlaceAndLine() {
        String text = broken("references: [unconscious]", "references: [heart-rhythm]");
        IndexProblem p = only(text);
        assertThat(p.place()).isEqualTo("chapters[chest-pain].criteria[1].references[0]");
        assertThat(p.message()).contains("unknown chapter 'heart-rhythm'");
        assertThat(p.line()).isEqualTo(lineOf(text, "references: [heart-rhythm]"));
        assertThat(p.toString()).startsWith("line " + p.line() + ", column ");
    }

    @Test
    void aDanglingChapterLevelReferenceIsNamed() {
        IndexProblem p = only(broken("references: [chest-pain]", "references: [chest-pian]"));
        assertThat(p.place()).isEqualTo("chapters[unconscious].references[0]");
    }

    @Test
    void aDuplicateCodeIsNamedWithBothPlaces() {
        String text = broken("code: V.04.03", "code: H.04.02");
        List<IndexProblem> problems = problems(text);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.place()).isEqualTo("chapters[chest-pain].criteria[2].code");
            assertThat(p.message()).isEqualTo("duplicate code H.04.02, also at chapters[chest-pain].criteria[1]");
            assertThat(p.line()).isEqualTo(lineOf(text, "text: Mild pain") - 2);
        });
    }

    @Test
    void aChapterWithoutALeastUrgentDefaultIsRefused() {
        String text = broken("text: Mild pain\n        response: {unit: none}",
                "text: Mild pain\n        when: [not severe]\n        response: {unit: none}");
        IndexProblem p = only(text);
        assertThat(p.place()).isEqualTo("chapters[chest-pain].criteria");
        assertThat(p.message()).contains("no least-urgent default");
        assertThat(p.line()).isEqualTo(lineOf(text, "id: chest-pain") + 3);
    }

    @Test
    void aPriorityOutsideTheRegionsScaleIsRefused() {
        String text = broken("priority: 3\n        text: Mild pain", "priority: 7\n        text: Mild pain");
        IndexProblem p = only(text);
        assertThat(p.place()).isEqualTo("chapters[chest-pain].criteria[2].priority");
        assertThat(p.message()).isEqualTo("priority 7 is outside the region's scale [1, 2, 3, 4]");
        assertThat(p.line()).isEqualTo(lineOf(text, "priority: 7"));
        assertThat(p.column()).isGreaterThan(0);
    }

    @Test
    void theScaleIsTheRegions() {
        SortedSet<Integer> threeLevels = new TreeSet<>(List.of(1, 2));
        List<IndexProblem> problems = MedicalIndexFile.read(new StringReader(VALID), "t", threeLevels).problems();
        assertThat(problems).singleElement().satisfies(p ->
                assertThat(p.place()).isEqualTo("chapters[chest-pain].criteria[2].priority"));
    }

    @Test
    void anUnknownQuestionInACriterionIsRefused() {
        IndexProblem p = only(broken("when: [radiates]", "when: [radiating]"));
        assertThat(p.place()).isEqualTo("chapters[chest-pain].criteria[1].when[0]");
        assertThat(p.message()).contains("unknown question 'radiating'");
    }

    @Test
    void unknownAdviceAndUnknownKeyCriteriaAreRefused() {
        assertThat(only(broken("advice: [cpr]", "advice: [hlr]")).place())
                .isEqualTo("chapters[unconscious].criteria[0].advice[0]");
        List<IndexProblem> problems = problems(broken("keyCriteria: [A.01.01]", "keyCriteria: [A.01.09]"));
        assertThat(problems).extracting(IndexProblem::place).contains("keyCriteria[0]");
    }

    @Test
    void aChaptersOwnAdviceIsReadAndAnUnknownOneIsRefusedWithItsPlaceAndLine() {
        String withAdvice = VALID.replace("    title: Chest pain\n", "    title: Chest pain\n    advice: [cpr]\n");
        assertThat(problems(withAdvice)).isEmpty();
        IndexProblem p = only(withAdvice.replace("advice: [cpr]\n    criteria", "advice: [rest]\n    criteria"));
        assertThat(p.place()).isEqualTo("chapters[chest-pain].advice[0]");
        assertThat(p.message()).isEqualTo("unknown advice 'rest'");
        assertThat(p.line()).isEqualTo(withAdvice.lines().toList().indexOf("    advice: [cpr]") + 1);
    }

    @Test
    void codesMustFitTheirChapterAndPriority() {
        assertThat(only(broken("code: A.04.01", "code: A.05.01")).message())
                .isEqualTo("code A.05.01 names chapter 05 but is in chapter 4");
        assertThat(only(broken("code: H.04.02", "code: V.04.02")).message())
                .contains("is V but priority 2 is H");
        assertThat(only(broken("code: H.04.02", "code: H-4-2")).place())
                .isEqualTo("chapters[chest-pain].criteria[1].code");
    }

    @Test
    void criteriaMustBeOrderedFromMostUrgent() {
        String text = broken("code: A.04.01\n        priority: 1", "code: V.04.01\n        priority: 3");
        assertThat(problems(text)).extracting(IndexProblem::place, IndexProblem::message).contains(
                org.assertj.core.groups.Tuple.tuple("chapters[chest-pain].criteria[1].priority",
                        "criteria must be ordered from most urgent: priority 2 comes after priority 3"));
    }

    @Test
    void aCriterionThatCanNeverBeReachedIsRefused() {
        String text = broken("when: [radiates]", "when: [severe, radiates]");
        IndexProblem p = only(text);
        assertThat(p.place()).isEqualTo("chapters[chest-pain].criteria[1]");
        assertThat(p.message()).contains("H.04.02 can never be reached");
        assertThat(p.line()).isEqualTo(lineOf(text, "code: H.04.02"));
    }

    @Test
    void anUnconditionalCriterionBeforeTheLastIsRefused() {
        String text = broken("when: [radiates]\n        response: {unit: ambulance}", "response: {unit: ambulance}");
        assertThat(problems(text)).extracting(IndexProblem::place)
                .contains("chapters[chest-pain].criteria[1].when");
    }

    @Test
    void duplicateChapterIdsAndNumbersAreRefused() {
        List<IndexProblem> problems = problems(broken("- number: 4\n    id: chest-pain", "- number: 1\n    id: unconscious"));
        assertThat(problems).extracting(IndexProblem::message).contains(
                "duplicate chapter id 'unconscious'", "duplicate chapter number 1, also at chapters[unconscious]");
    }

    @Test
    void structuralErrorsNameTheFieldAndLine() {
        String text = broken("priority: 2\n        text: Spreading pain", "priority: two\n        text: Spreading pain");
        IndexProblem p = only(text);
        assertThat(p.place()).isEqualTo("chapters[chest-pain].criteria[1].priority");
        assertThat(p.message()).isEqualTo("must be a whole number, was text 'two'");
        assertThat(p.line()).isEqualTo(lineOf(text, "priority: two"));

        IndexProblem missing = only(broken("        text: Awake again\n", ""));
        assertThat(missing.place()).isEqualTo("chapters[unconscious].criteria[1].text");
        assertThat(missing.message()).isEqualTo("'text' is missing");

        IndexProblem unknownKey = only(broken("title: Chest pain", "title: Chest pain\n    colour: red"));
        assertThat(unknownKey.place()).isEqualTo("chapters[chest-pain].colour");
        assertThat(unknownKey.message()).startsWith("unknown key 'colour'");

        IndexProblem unit = only(broken("response: {unit: none}", "response: {unit: taxi}"));
        assertThat(unit.place()).isEqualTo("chapters[chest-pain].criteria[2].response.unit");
        assertThat(unit.message()).contains("ambulance, psychiatric-ambulance, patient-transport, none");

        IndexProblem finding = only(broken("when: [radiates]", "when: [radiates or severe]"));
        assertThat(finding.place()).isEqualTo("chapters[chest-pain].criteria[1].when[0]");
    }

    @Test
    void notYamlAndDuplicateKeysAreRefusedWithTheirLine() {
        String text = broken("title: Test index", "title: [Test index");
        IndexProblem p = only(text);
        assertThat(p.message()).startsWith("the file is not valid YAML: ");
        assertThat(p.line()).isGreaterThanOrEqualTo(lineOf(text, "title: [Test"));

        String twice = broken("notice:", "version: test-2\nnotice:");
        IndexProblem duplicate = only(twice);
        assertThat(duplicate.place()).isEqualTo("version");
        assertThat(duplicate.message()).isEqualTo("duplicate key 'version' (first at line 2)");
        assertThat(duplicate.line()).isEqualTo(lineOf(twice, "version: test-2"));

        assertThat(only(broken("format: larmcentral-medical-index/1", "format: nimn/4")).place()).isEqualTo("format");
    }

    @Test
    void checkAndLoadReadFilesAndReportEveryProblem(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.yaml"), VALID);
        assertThat(MedicalIndexFile.check(good, SCALE)).isEmpty();
        assertThat(MedicalIndexFile.load(good, SCALE).chapters()).hasSize(2);

        Path bad = Files.writeString(dir.resolve("bad.yaml"),
                broken("references: [unconscious]", "references: [nowhere]").replace("code: V.04.03", "code: H.04.02"));
        assertThat(MedicalIndexFile.check(bad, SCALE)).hasSizeGreaterThanOrEqualTo(2);
        assertThatThrownBy(() -> MedicalIndexFile.load(bad, SCALE)).isInstanceOf(IndexFileException.class)
                .hasMessageContaining("bad.yaml has")
                .hasMessageContaining("chapters[chest-pain].criteria[1].references[0]: refers to unknown chapter 'nowhere'")
                .hasMessageContaining("duplicate code H.04.02");

        assertThat(MedicalIndexFile.check(dir.resolve("missing.yaml"), SCALE)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("cannot read"));
    }
}
