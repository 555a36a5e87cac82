package se.larmcentral.triage.file;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.triage.Criterion;
import se.larmcentral.triage.DispatchAction;
import se.larmcentral.triage.IndexProblem;
import se.larmcentral.triage.RegionalResponseRules;
import se.larmcentral.triage.ResponsePlan;
import se.larmcentral.triage.UnitType;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionalRulesFileTest {

    private static final String RULES = """
            format: larmcentral-response-rules/1
            region: Test region
            version: t-1
            priorities:
              - priority: 1
                meaning: Life-threatening
                action: nearest-during-call
                lightsAndSirens: true
                instruction: Go now.
              - priority: 2
                meaning: Urgent
                action: nearest-during-call
                lightsAndSirens: true
                instruction: Go now too.
            """;

    @Test
    void aPlanForAPriorityOffTheScaleIsRefusedNamingThePriorityAndTheScale() {
        RegionalResponseRules rules = RegionalRulesFile.read(new StringReader(RULES), "rules.yaml");
        Criterion h = TestCriteria.withPriority(2);
        for (int priority : new int[] {0, 3, -1}) {
            assertThatThrownBy(() -> rules.planFor(h, priority)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("must be one of [1, 2] in Test region, was " + priority)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("priority"));
        }
    }

    @Test
    void aRegionChangesTheActionWithoutTouchingTheIndex() {
        RegionalResponseRules rules = RegionalRulesFile.read(new StringReader(RULES), "rules.yaml");
        assertThat(rules.scale()).containsExactly(1, 2);
        Criterion h = TestCriteria.withPriority(2);
        ResponsePlan plan = rules.planFor(h, 2);
        assertThat(plan.action()).isEqualTo(DispatchAction.NEAREST_DURING_CALL);
        assertThat(plan.lightsAndSirens()).isTrue();
        assertThat(plan.unit()).isEqualTo(UnitType.AMBULANCE);

        ResponsePlan stockholm = RegionalRulesFile.loadStockholm().planFor(h, 2);
        assertThat(stockholm.action()).isEqualTo(DispatchAction.SEND_AMBULANCE);
        assertThat(stockholm.lightsAndSirens()).isFalse();
    }

    @Test
    void theIndexsOwnLightsAndSirensApplyOnlyAtTheCriterionsPriority() {
        RegionalResponseRules stockholm = RegionalRulesFile.loadStockholm();
        Criterion quietOne = TestCriteria.withPriorityAndLights(1, false);
        assertThat(stockholm.planFor(quietOne, 1).lightsAndSirens()).isFalse();
        assertThat(stockholm.planFor(quietOne, 2).lightsAndSirens()).isFalse();
        Criterion loudTwo = TestCriteria.withPriorityAndLights(2, true);
        assertThat(stockholm.planFor(loudTwo, 2).lightsAndSirens()).isTrue();
        assertThat(stockholm.planFor(loudTwo, 3).lightsAndSirens()).isFalse();
    }

    private static List<IndexProblem> problems(String text) {
        try {
            RegionalRulesFile.read(new StringReader(text), "rules.yaml");
            return List.of();
        } catch (IndexFileException e) {
            return e.problems();
        }
    }

    @Test
    void prioritiesMustRunFromOneWithoutGapsOrDuplicates() {
        assertThat(problems(RULES.replace("priority: 2", "priority: 3"))).singleElement().satisfies(p -> {
            assertThat(p.place()).isEqualTo("priorities[1].priority");
            assertThat(p.message()).contains("expected 2, was 3");
            assertThat(p.line()).isEqualTo(10);
        });
        assertThat(problems(RULES.replace("priority: 2", "priority: 1"))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("duplicate priority 1, also at priorities[0]"));
    }

    @Test
    void badActionsAndMissingFieldsAreNamed() {
        assertThat(problems(RULES.replaceFirst("action: nearest-during-call", "action: send-taxi")))
                .singleElement().satisfies(p -> {
                    assertThat(p.place()).isEqualTo("priorities[0].action");
                    assertThat(p.message()).contains("tell-expected-wait");
                });
        assertThat(problems(RULES.replaceFirst("    lightsAndSirens: true\n", ""))).singleElement()
                .satisfies(p -> assertThat(p.place()).isEqualTo("priorities[0].lightsAndSirens"));
        assertThatThrownBy(() -> RegionalRulesFile.read(new StringReader(RULES.replace("version: t-1\n", "")), "r.yaml"))
                .isInstanceOf(IndexFileException.class).hasMessageContaining("version: 'version' is missing");
    }

    private static final String BILINGUAL = """
            format: larmcentral-response-rules/1
            region: Test region
            version: t-1
            languages: [sv, en]
            priorities:
              - priority: 1
                meaning: {sv: Livshotande, en: Life-threatening}
                action: nearest-during-call
                lightsAndSirens: true
                instruction: {sv: Åk nu., en: Go now.}
            """;

    @Test
    void rulesDeclaringLanguagesGiveEveryTextInEachNamingTheOneMissing() {
        RegionalResponseRules rules = RegionalRulesFile.read(new StringReader(BILINGUAL), "rules.yaml");
        assertThat(rules.languages()).containsExactly("sv", "en");
        assertThat(rules.in("en").rules().getFirst().instruction().first()).isEqualTo("Go now.");
        assertThat(rules.in("sv").rules().getFirst().meaning().first()).isEqualTo("Livshotande");

        assertThat(problems(BILINGUAL.replace(", en: Go now.}", "}"))).singleElement().satisfies(p -> {
            assertThat(p.place()).isEqualTo("priorities[0].instruction.en");
            assertThat(p.message()).isEqualTo("missing; every text must be given in sv and en");
        });
        assertThat(problems(BILINGUAL.replace("sv: Livshotande", "sv: ''"))).singleElement().satisfies(p -> {
            assertThat(p.place()).isEqualTo("priorities[0].meaning.sv");
            assertThat(p.message()).startsWith("empty");
        });
        assertThat(problems(BILINGUAL.replace("en: Go now.}", "en: Go now., de: Los.}"))).singleElement()
                .satisfies(p -> assertThat(p.place()).isEqualTo("priorities[0].instruction.de"));
        assertThat(problems(BILINGUAL.replace("languages: [sv, en]\n", ""))).hasSize(2)
                .allSatisfy(p -> assertThat(p.message()).contains("declare no languages"));
        // plain texts without languages stay valid (older files)
        assertThat(problems(RULES)).isEmpty();
    }
}
