package se.larmcentral.triage;

import org.junit.jupiter.api.Test;
import se.larmcentral.triage.file.MedicalIndexFile;
import se.larmcentral.triage.file.RegionalRulesFile;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class ShippedIndexTest {

    @Test
    void theShippedIndexPassesTheValidatorAgainstStockholmsScale() throws Exception {
        RegionalResponseRules rules = RegionalRulesFile.loadStockholm();
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                MedicalIndexFile.class.getResourceAsStream(MedicalIndexFile.GENERIC_RESOURCE)), StandardCharsets.UTF_8)) {
            MedicalIndexFile.Result result = MedicalIndexFile.read(reader, "generic-index.yaml", rules.scale());
            assertThat(result.problems()).isEmpty();
            assertThat(IndexValidator.validate(result.index(), rules.scale())).isEmpty();
        }
    }

    @Test
    void everyTextIsGivenInSwedishFirstAndInEnglish() {
        MedicalIndex index = Shipped.CONFIG.index();
        assertThat(index.languages()).containsExactly("sv", "en");
        List<Text> texts = new java.util.ArrayList<>(List.of(index.title(), index.notice()));
        index.questions().forEach(q -> texts.add(q.text()));
        index.advice().forEach(a -> {
            texts.add(a.title());
            texts.addAll(a.steps());
        });
        index.chapters().forEach(c -> {
            texts.add(c.title());
            c.criteria().forEach(cr -> texts.add(cr.text()));
        });
        assertThat(texts).hasSizeGreaterThan(300).allSatisfy(text -> {
            assertThat(text.languages()).containsExactly("sv", "en");
            assertThat(text.in("sv")).isNotBlank();
            if (!text.in("en").equals("Diabetes")) { // the one word both languages share
                assertThat(text.in("sv")).as("translated").isNotEqualTo(text.in("en"));
            }
        });
        assertThat(index.question("conscious").orElseThrow().text().in("sv"))
                .isEqualTo("Är patienten vaken och svarar när du pratar med hen?");
        assertThat(index.chapter("chest-pain").orElseThrow().title().in("sv")).isEqualTo("Bröstsmärta");
    }

    @Test
    void questionsAreAskedPositivelySoThatNoMeansNo() {
        // "not cannot-stand" would be a double negative; a question is asked so that "no" is a plain no.
        for (Question q : Shipped.CONFIG.index().questions()) {
            assertThat(q.text().in("en")).as(q.id()).doesNotContainPattern("(?i)\\b(can|has|have|does|is)( \\w+){0,2} not\\b")
                    .doesNotContainPattern("(?i)\\bcannot\\b");
            assertThat(q.text().in("sv")).as(q.id()).doesNotContainPattern("^(Kan|Har|Är)( \\S+){0,2} inte\\b");
        }
    }

    @Test
    void itCoversTheCommonReasonsForCareCallsInAtLeastThirtyChapters() {
        MedicalIndex index = Shipped.CONFIG.index();
        assertThat(index.chapters()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(index.chapters()).extracting(Chapter::id).contains(
                "unconscious-not-breathing", "unconscious-breathing", "breathing-difficulty", "chest-pain",
                "heart-rhythm", "stroke", "seizures", "allergic-reaction", "bleeding", "trauma-falls",
                "traffic-accident", "burns", "drowning", "hypothermia-heat", "poisoning-overdose", "diabetes",
                "abdominal-pain", "back-pain", "headache", "fever-infection", "pregnancy-birth", "sick-child",
                "psychiatric-suicide", "violence", "eye-ear", "urinary", "elderly-fallen", "expected-death",
                "transport-between-units", "unclear-problem");
        for (Chapter chapter : index.chapters()) {
            assertThat(chapter.criteria()).as(chapter.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(chapter.criteria().getLast().isDefault()).as(chapter.id()).isTrue();
        }
    }

    @Test
    void itSaysItIsAGenericIndexThatAMedicalDirectorMustApprove() {
        MedicalIndex index = Shipped.CONFIG.index();
        assertThat(index.version()).isEqualTo("generic-2025.1");
        assertThat(index.notice().in("en")).contains("demonstration").contains("medical director");
        assertThat(index.notice().in("sv")).contains("demonstration").contains("medicinskt ansvariga läkare");
    }

    @Test
    void cardiacArrestSendsAPhysicianCarAndFirstRespondersAndGivesCprInstructions() {
        Criterion arrest = Shipped.CONFIG.index().criterion("A.01.01").orElseThrow();
        assertThat(arrest.response().extra()).containsExactly(ExtraResource.PHYSICIAN_CAR, ExtraResource.FIRST_RESPONDERS);
        assertThat(arrest.advice()).contains("cpr-adult");
        Advice cpr = Shipped.CONFIG.index().advice("cpr-adult").orElseThrow();
        assertThat(String.join(" ", cpr.steps().stream().map(s -> s.in("en")).toList()))
                .contains("middle of the chest").contains("2 times a second");
        assertThat(String.join(" ", cpr.steps().stream().map(s -> s.in("sv")).toList()))
                .contains("mitt på bröstet").contains("2 gånger i sekunden");
    }

    @Test
    void stockholmsRulesMapEachPriorityToItsDefaultAction() {
        RegionalResponseRules rules = Shipped.CONFIG.rules();
        assertThat(rules.scale()).containsExactly(1, 2, 3, 4);
        assertThat(rules.rules()).extracting(PriorityRule::action, PriorityRule::lightsAndSirens).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DispatchAction.NEAREST_DURING_CALL, true),
                org.assertj.core.groups.Tuple.tuple(DispatchAction.SEND_AMBULANCE, false),
                org.assertj.core.groups.Tuple.tuple(DispatchAction.TELL_EXPECTED_WAIT, false),
                org.assertj.core.groups.Tuple.tuple(DispatchAction.BOOK_TRANSPORT_OR_REFER, false));
        assertThat(rules.ruleFor(4).orElseThrow().instruction().in("sv")).contains("1177").contains("hänvisa");
        assertThat(rules.ruleFor(4).orElseThrow().instruction().in("en")).contains("1177").contains("refer");
        assertThat(List.of(rules.region())).allMatch(r -> r.contains("Stockholm"));
    }

    @Test
    void stockholmsRulesAreInSwedishFirstWithEnglishBeside() {
        RegionalResponseRules rules = Shipped.CONFIG.rules();
        assertThat(rules.languages()).containsExactly("sv", "en");
        assertThat(rules.rules()).allSatisfy(rule -> {
            assertThat(rule.meaning().languages()).containsExactly("sv", "en");
            assertThat(rule.instruction().languages()).containsExactly("sv", "en");
            assertThat(rule.meaning().in("sv")).isNotEqualTo(rule.meaning().in("en"));
        });
        assertThat(rules.ruleFor(1).orElseThrow().instruction().in("sv"))
                .isEqualTo("Skicka närmaste lediga ambulans redan under samtalet, med blåljus och siren.");
        // a plan carries both; the rules' own language first
        ResponsePlan plan = rules.planFor(Shipped.CONFIG.index().criterion("A.04.01").orElseThrow(), 1);
        assertThat(plan.instruction().first()).startsWith("Skicka närmaste");
        assertThat(plan.in("en").instruction().first()).startsWith("Send the nearest");
    }

    @Test
    void aKeyQuestionThatSettlesThePriorityEarlyStillGivesTheChaptersOwnAdvice() {
        MedicalIndex index = Shipped.CONFIG.index();
        Chapter chestPain = index.chapter("chest-pain").orElseThrow();
        InterviewStep step = Interview.next(index, chestPain, java.util.Map.of("conscious", true,
                "breathing-normally", false));
        assertThat(step.proposal().code()).isEqualTo("A.03.01");
        assertThat(step.proposal().settled()).isTrue();
        assertThat(index.adviceFor("chest-pain", step.proposal().criterion())).extracting(Advice::id)
                .containsExactly("breathing-position", "choking", "chest-pain-rest");
        // in the key criterion's own chapter nothing is added; before a chapter is chosen neither
        assertThat(index.adviceFor("breathing-difficulty", step.proposal().criterion())).extracting(Advice::id)
                .containsExactly("breathing-position", "choking");
        assertThat(index.adviceFor(null, step.proposal().criterion())).extracting(Advice::id)
                .containsExactly("breathing-position", "choking");
        // every chapter that asks the key questions and names advice of its own gets it with every key criterion
        for (Chapter chapter : index.chapters()) {
            for (Criterion key : index.keyCriteriaInOrder()) {
                if (chapter.askKeyQuestions() && !chapter.criteria().contains(key)) {
                    assertThat(index.adviceFor(chapter.id(), key)).as(chapter.id() + " with " + key.code())
                            .extracting(Advice::id).containsAll(chapter.advice());
                }
            }
        }
        assertThat(index.chapters().stream().filter(c -> !c.advice().isEmpty()).count()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void aSuicideAttemptAboutToHappenIsPriorityOneLikeOneGoingOn() {
        MedicalIndex index = Shipped.CONFIG.index();
        Chapter chapter = index.chapter("psychiatric-suicide").orElseThrow();
        java.util.Map<String, Boolean> answers = java.util.Map.of("conscious", true, "breathing-normally", true,
                "suicide-attempt-ongoing", false, "suicide-about-to-happen", true);
        InterviewStep step = Interview.next(index, chapter, answers);
        assertThat(step.proposal().code()).isEqualTo("A.23.07");
        assertThat(step.proposal().priority()).isEqualTo(1);
        assertThat(step.proposal().settled()).isTrue();
        assertThat(step.proposal().criterion().text().in("sv")).contains("nära förestående");
        // and it is asked right after the attempt going on, before plans
        InterviewStep asked = Interview.next(index, chapter, java.util.Map.of("conscious", true,
                "breathing-normally", true, "suicide-attempt-ongoing", false));
        assertThat(asked.nextQuestions()).extracting(Question::id).containsExactly("suicide-about-to-happen");
    }
}
