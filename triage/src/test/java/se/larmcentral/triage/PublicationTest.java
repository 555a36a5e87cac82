package se.larmcentral.triage;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.Actor;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.triage.file.YamlDocuments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Publishing new versions of the index and the response rules while assessments run. */
class PublicationTest {

    private static final Actor DIRECTOR = Actor.person("dr-berg");

    private final Journal journal = new Journal();

    /** Chest pain where only breathing movements hurt: the chapter's default V.04.07. */
    private AssessmentView painOnlyWhenBreathing(String caseId) {
        journal.submit(new StartAssessment(caseId, "chest-pain"));
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (String no : List.of("chest-pain-severe-central", "near-fainting", "pale-clammy", "pain-radiates-jaw-arm",
                "chest-pain-breathless")) {
            answers.put(no, false);
        }
        answers.put("conscious", true);
        answers.put("breathing-normally", true);
        answers.put("pain-only-breathing-movement", true);
        return journal.submit(new AnswerQuestions(caseId, answers));
    }

    private void assertRefusedAndNothingStored(Runnable submit, Class<? extends DomainException> type, String field,
                                               String... messages) {
        int before = journal.recorded.size();
        TriageConfig current = journal.state.versions().current();
        assertThatThrownBy(submit::run).isInstanceOf(type)
                .satisfies(e -> assertThat(e.getMessage()).contains(messages))
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo(field));
        assertThat(journal.recorded).hasSize(before);
        assertThat(journal.state.versions().current()).isSameAs(current);
    }

    @Test
    void aPublishedIndexIsUsedByNewAssessmentsWhileARunningOneKeepsItsVersion() {
        AssessmentView running = journal.submit(new StartAssessment("before", "chest-pain"));
        assertThat(running.indexVersion()).isEqualTo("generic-2025.1");

        PublishedVersion published = journal.submit(new PublishIndex(Shipped.newerIndexText(), DIRECTOR), DIRECTOR);
        assertThat(published.version()).isEqualTo("generic-2025.2");
        assertThat(published.publishedBy()).isEqualTo("dr-berg");
        assertThat(journal.events(PublicationEvent.IndexPublished.class)).singleElement().satisfies(e -> {
            assertThat(e.version()).isEqualTo("generic-2025.2");
            assertThat(e.document()).isEqualTo(Shipped.newerIndexText());
            assertThat(e.by()).isEqualTo(DIRECTOR);
        });
        assertThat(journal.state.versions().current().index().version()).isEqualTo("generic-2025.2");

        AssessmentView after = painOnlyWhenBreathing("after");
        assertThat(after.indexVersion()).isEqualTo("generic-2025.2");
        assertThat(after.proposal().code()).isEqualTo("V.04.07");
        assertThat(after.proposal().priority()).isEqualTo(4);

        // The interview started before goes on with the index it started with.
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (String no : List.of("chest-pain-severe-central", "near-fainting", "pale-clammy", "pain-radiates-jaw-arm",
                "chest-pain-breathless")) {
            answers.put(no, false);
        }
        answers.put("conscious", true);
        answers.put("breathing-normally", true);
        answers.put("pain-only-breathing-movement", true);
        AssessmentView old = journal.submit(new AnswerQuestions("before", answers));
        assertThat(old.indexVersion()).isEqualTo("generic-2025.1");
        assertThat(old.indexAvailable()).isTrue();
        assertThat(old.proposal().priority()).isEqualTo(3);
        AssessmentView confirmed = journal.submit(new ConfirmCriterion("before", null, DIRECTOR));
        assertThat(confirmed.priority()).isEqualTo(3);
        assertThat(journal.events(TriageEvent.CriterionConfirmed.class).getLast().indexVersion())
                .isEqualTo("generic-2025.1");
        assertThat(journal.state.view("after").proposal().priority()).isEqualTo(4);
    }

    @Test
    void everyVersionIsListedWithWhoPublishedItAndWhen() {
        journal.submit(new PublishIndex(Shipped.newerIndexText(), DIRECTOR), DIRECTOR);
        assertThat(journal.state.versions().indexVersions()).satisfiesExactly(
                base -> {
                    assertThat(base.version()).isEqualTo("generic-2025.1");
                    assertThat(base.configured()).isTrue();
                    assertThat(base.publishedBy()).isNull();
                },
                published -> {
                    assertThat(published.version()).isEqualTo("generic-2025.2");
                    assertThat(published.publishedBy()).isEqualTo("dr-berg");
                    assertThat(published.publishedAt()).isEqualTo(journal.recorded.getLast().at());
                });
    }

    @Test
    void anInvalidIndexIsRefusedWithEveryProblemAndNothingChanges() {
        String broken = Shipped.newerIndexText()
                .replace("code: A.04.01", "code: A.05.01")
                .replaceFirst("(?m)^title:", "titel:");
        assertRefusedAndNothingStored(() -> journal.submit(new PublishIndex(broken, DIRECTOR)),
                InvalidInputException.class, "document", "titel", "line ");
        String unreachable = Shipped.newerIndexText().replace("code: A.04.01", "code: A.05.01");
        assertRefusedAndNothingStored(() -> journal.submit(new PublishIndex(unreachable, DIRECTOR)),
                InvalidInputException.class, "document", "chapters[chest-pain].criteria[0].code", "A.05.01");
        assertRefusedAndNothingStored(() -> journal.submit(new PublishIndex("chapters: [", DIRECTOR)),
                InvalidInputException.class, "document", "not valid YAML");
        assertRefusedAndNothingStored(() -> journal.submit(new PublishIndex(" ", DIRECTOR)),
                InvalidInputException.class, "document", "is empty");
        assertThat(journal.state.versions().indexVersions()).hasSize(1);
    }

    @Test
    void aVersionNotNewerOrAlreadyUsedIsAConflictNamingIt() {
        assertRefusedAndNothingStored(() -> journal.submit(new PublishIndex(Shipped.indexText(), DIRECTOR)),
                ConflictException.class, "version", "'generic-2025.1' is already used");
        String older = Shipped.indexText().replace("version: generic-2025.1", "version: generic-2024.7");
        assertRefusedAndNothingStored(() -> journal.submit(new PublishIndex(older, DIRECTOR)),
                ConflictException.class, "version", "'generic-2024.7' is not newer than", "'generic-2025.1'");

        journal.submit(new PublishIndex(Shipped.newerIndexText(), DIRECTOR), DIRECTOR);
        assertRefusedAndNothingStored(() -> journal.submit(new PublishIndex(Shipped.newerIndexText(), DIRECTOR)),
                ConflictException.class, "version", "'generic-2025.2' is already used");
    }

    @Test
    void replayingTheJournalKeepsThePublishedVersionsAndTheCurrentOne() {
        painOnlyWhenBreathing("before");
        journal.submit(new PublishIndex(Shipped.newerIndexText(), DIRECTOR), DIRECTOR);
        painOnlyWhenBreathing("after");

        TriageState replayed = new TriageState(() -> Shipped.CONFIG, YamlDocuments.shared());
        journal.recorded.forEach(replayed::apply);
        assertThat(replayed.versions().current().index().version()).isEqualTo("generic-2025.2");
        assertThat(replayed.versions().indexVersions()).isEqualTo(journal.state.versions().indexVersions());
        assertThat(replayed.view("before")).isEqualTo(journal.state.view("before"));
        assertThat(replayed.view("after").proposal().priority()).isEqualTo(4);
    }

    @Test
    void publishedResponseRulesAreUsedByNewAssessmentsAndARunningOneKeepsItsRules() {
        AssessmentView before = painOnlyWhenBreathing("before");
        assertThat(before.response().lightsAndSirens()).isFalse();
        // Priority 3 now with lights and sirens (the region's choice; the index is unchanged).
        String rules = Shipped.rulesText().replace("version: stockholm-2016.1", "version: stockholm-2026.1")
                .replaceFirst("(priority: 3\\s*\\n(?:.*\\n)*?\\s*lightsAndSirens:) false", "$1 true");
        assertThat(rules).isNotEqualTo(Shipped.rulesText());

        PublishedVersion published = journal.submit(new PublishResponseRules(rules, DIRECTOR), DIRECTOR);
        assertThat(published.version()).isEqualTo("stockholm-2026.1");
        assertThat(journal.events(PublicationEvent.ResponseRulesPublished.class)).singleElement()
                .satisfies(e -> assertThat(e.document()).isEqualTo(rules));

        AssessmentView after = painOnlyWhenBreathing("after");
        assertThat(after.rulesVersion()).isEqualTo("stockholm-2026.1");
        assertThat(after.response().lightsAndSirens()).isTrue();
        assertThat(journal.state.view("before").rulesVersion()).isEqualTo("stockholm-2016.1");
        assertThat(journal.state.view("before").response().lightsAndSirens()).isFalse();

        TriageState replayed = new TriageState(() -> Shipped.CONFIG, YamlDocuments.shared());
        journal.recorded.forEach(replayed::apply);
        assertThat(replayed.versions().current().rules().version()).isEqualTo("stockholm-2026.1");
        assertThat(replayed.view("after")).isEqualTo(journal.state.view("after"));
    }

    @Test
    void responseRulesThatTheCurrentIndexDoesNotFitOrThatAreNotNewerAreRefused() {
        // Three priorities only: the index's priority-4 criteria fall outside the scale.
        String text = Shipped.rulesText().replace("version: stockholm-2016.1", "version: stockholm-2026.1");
        String threeOnly = text.substring(0, text.indexOf("  - priority: 4"));
        assertRefusedAndNothingStored(() -> journal.submit(new PublishResponseRules(threeOnly, DIRECTOR)),
                InvalidInputException.class, "document", "the current index generic-2025.1 does not fit these rules",
                "outside the region's scale [1, 2, 3]");
        assertRefusedAndNothingStored(() -> journal.submit(new PublishResponseRules(
                text.replace("action: send-ambulance", "action: fly"), DIRECTOR)),
                InvalidInputException.class, "document", "line ", "fly");
        assertRefusedAndNothingStored(() -> journal.submit(new PublishResponseRules(Shipped.rulesText(), DIRECTOR)),
                ConflictException.class, "version", "'stockholm-2016.1' is already used");
        assertRefusedAndNothingStored(() -> journal.submit(new PublishResponseRules(
                text.replace("stockholm-2026.1", "stockholm-2015.9"), DIRECTOR)),
                ConflictException.class, "version", "'stockholm-2015.9' is not newer");
    }

    @Test
    void anAssessmentWhoseRulesVersionIsGoneGoesOnWithTheCurrentRulesButOneWhoseIndexIsGoneCannot() {
        journal.state.apply(new se.larmcentral.core.Recorded(1, journal.now, DIRECTOR,
                new TriageEvent.AssessmentStarted("rules-gone", "generic-2025.1", "chest-pain", "replaced-2020.1")));
        AssessmentView view = journal.submit(new ChooseChapter("rules-gone", "stroke"));
        assertThat(view.indexAvailable()).isTrue();
        assertThat(view.chapter()).isEqualTo("stroke");
        assertThat(view.nextQuestions()).isNotEmpty();
        assertThat(view.rulesVersion()).isEqualTo("replaced-2020.1");

        journal.state.apply(new se.larmcentral.core.Recorded(2, journal.now, DIRECTOR,
                new TriageEvent.AssessmentStarted("index-gone", "generic-2019.1", "chest-pain", "stockholm-2016.1")));
        assertThat(journal.state.view("index-gone").indexAvailable()).isFalse();
        assertRefusedAndNothingStored(() -> journal.submit(new AnswerQuestions("index-gone", Map.of("conscious", true))),
                ConflictException.class, "caseId", "uses index version generic-2019.1", "no longer has");
    }

    @Test
    void versionsAreOrderedByTheirNumbers() {
        assertThat(VersionOrder.isNewer("generic-2025.2", "generic-2025.1")).isTrue();
        assertThat(VersionOrder.isNewer("generic-2025.10", "generic-2025.9")).isTrue();
        assertThat(VersionOrder.isNewer("sll-2026.1", "generic-2025.4")).isTrue();
        assertThat(VersionOrder.isNewer("generic-2025.1.1", "generic-2025.1")).isTrue();
        assertThat(VersionOrder.isNewer("generic-2025.1", "generic-2025.1")).isFalse();
        assertThat(VersionOrder.isNewer("other-2025.1", "generic-2025.1")).isFalse();
        assertThat(VersionOrder.isNewer("generic-2024.12", "generic-2025.1")).isFalse();
        assertThat(VersionOrder.isNewer("latest", "generic-2025.1")).isFalse();
    }
}
