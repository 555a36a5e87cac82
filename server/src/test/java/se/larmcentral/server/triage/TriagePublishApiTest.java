package se.larmcentral.server.triage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.server.triage.TriageCentre.Answer;
import se.larmcentral.triage.file.MedicalIndexFile;
import se.larmcentral.triage.file.RegionalRulesFile;

import java.nio.file.Path;

import static se.larmcentral.server.triage.TriageTexts.lineOf;
import static se.larmcentral.server.triage.TriageTexts.resource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The medical director publishes new versions of the index and of the response rules to a running centre: validated
 * first, new assessments use them, running ones keep theirs, and a restart keeps them. Who may publish is in the
 * access matrix ({@code AccessMatrixTest}); one refusal is shown here too.
 */
class TriagePublishApiTest {

    private static final String ASSESSMENTS = "/api/triage/assessments";
    private static final String DIRECTOR = "dr-berg";
    /** The answers under which chest pain settles on the chapter's default V.04.07 (pain only when breathing). */
    private static final String PAIN_ONLY_WHEN_BREATHING = "{\"answers\": {\"conscious\": true, \"breathing-normally\": true,"
            + " \"chest-pain-severe-central\": false, \"near-fainting\": false, \"pale-clammy\": false,"
            + " \"pain-radiates-jaw-arm\": false, \"chest-pain-breathless\": false, \"pain-only-breathing-movement\": true}}";

    @TempDir
    Path dir;

    private TriageCentre centre;

    @BeforeEach
    void start() {
        centre = new TriageCentre(dir);
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    private Answer publishIndex(String yaml) {
        return centre.postYaml("/api/triage/index", yaml, DIRECTOR, Role.MEDICAL_DIRECTOR);
    }

    private Answer publishRules(String yaml) {
        return centre.postYaml("/api/triage/response-rules", yaml, DIRECTOR, Role.MEDICAL_DIRECTOR);
    }

    private JsonNode painOnlyWhenBreathing(String caseId) {
        assertThat(centre.post(ASSESSMENTS, "{\"caseId\": \"" + caseId + "\", \"chapter\": \"chest-pain\"}").status())
                .isEqualTo(201);
        Answer answered = centre.post(ASSESSMENTS + "/" + caseId + "/answers", PAIN_ONLY_WHEN_BREATHING);
        assertThat(answered.status()).isEqualTo(200);
        return answered.body().get("assessment");
    }

    @Test
    void aNewerIndexIsUsedByNewAssessmentsWhileTheRunningOneKeepsItsVersion() {
        assertThat(centre.post(ASSESSMENTS, "{\"caseId\": \"before\", \"chapter\": \"chest-pain\"}").status())
                .isEqualTo(201);

        Answer published = publishIndex(newerIndex());
        assertThat(published.status()).as(published.body().toString()).isEqualTo(201);
        assertThat(published.body().get("version").asText()).isEqualTo("generic-2025.2");
        assertThat(published.body().get("publishedBy").asText()).isEqualTo(DIRECTOR);
        assertThat(centre.get("/api/triage/index").body().get("version").asText()).isEqualTo("generic-2025.2");

        JsonNode after = painOnlyWhenBreathing("after");
        assertThat(after.get("indexVersion").asText()).isEqualTo("generic-2025.2");
        assertThat(after.at("/proposal/criterion/code").asText()).isEqualTo("V.04.07");
        assertThat(after.at("/proposal/criterion/priority").asInt()).isEqualTo(4);

        // The interview started before the publication goes on, and ends, on the index it started with.
        Answer before = centre.post(ASSESSMENTS + "/before/answers", PAIN_ONLY_WHEN_BREATHING);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body().at("/assessment/indexVersion").asText()).isEqualTo("generic-2025.1");
        assertThat(before.body().at("/assessment/proposal/criterion/priority").asInt()).isEqualTo(3);
        Answer confirmed = centre.post(ASSESSMENTS + "/before/confirm", "{}");
        assertThat(confirmed.body().at("/assessment/priority").asInt()).isEqualTo(3);
        assertThat(confirmed.body().at("/advice/0/id").asText()).isEqualTo("call-again");
        assertThat(centre.get("/api/triage/index/chapters/chest-pain?version=generic-2025.1").body()
                .at("/criteria/6/priority").asInt()).isEqualTo(3);
        assertThat(centre.get("/api/triage/index/chapters/chest-pain").body().at("/criteria/6/priority").asInt())
                .isEqualTo(4);

        JsonNode event = centre.events().stream().filter(e -> e.get("type").asText().equals("triage.IndexPublished"))
                .findFirst().orElseThrow();
        assertThat(event.at("/payload/version").asText()).isEqualTo("generic-2025.2");
        assertThat(event.at("/payload/document").asText()).isEqualTo(newerIndex());
        assertThat(event.at("/payload/by/id").asText()).isEqualTo(DIRECTOR);
        assertThat(centre.events().stream().filter(e -> e.get("type").asText().equals("triage.CriterionConfirmed"))
                .findFirst().orElseThrow().at("/payload/indexVersion").asText()).isEqualTo("generic-2025.1");
    }

    @Test
    void anInvalidIndexIsRefusedWithEveryProblemAndItsLineAndNothingChanges() {
        String broken = newerIndex().replace("code: A.04.01", "code: A.05.01").replaceFirst("\ntitle:", "\ntitel:");
        Answer refused = publishIndex(broken);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("field").asText()).isEqualTo("document");
        assertThat(refused.body().get("detail").asText()).contains("nothing was published");
        JsonNode problems = refused.body().get("problems");
        assertThat(problems).isNotEmpty();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("place").asText()).isEqualTo("titel");
            assertThat(p.get("line").asInt()).isPositive();
            assertThat(p.get("column").asInt()).isPositive();
        });

        String unreachable = newerIndex().replace("code: A.04.01", "code: A.05.01");
        JsonNode problem = publishIndex(unreachable).body().get("problems").get(0);
        assertThat(problem.get("place").asText()).isEqualTo("chapters[chest-pain].criteria[0].code");
        assertThat(problem.get("message").asText()).contains("A.05.01");
        assertThat(problem.get("line").asInt()).isEqualTo(lineOf(unreachable, "code: A.05.01"));

        Answer notYaml = publishIndex("chapters: [");
        assertThat(notYaml.status()).isEqualTo(400);
        assertThat(notYaml.body().at("/problems/0/message").asText()).contains("not valid YAML");
        Answer json = centre.post("/api/triage/index", "{}", DIRECTOR);
        assertThat(json.status()).as("a JSON body").isEqualTo(400);

        assertThat(centre.get("/api/triage/index").body().get("version").asText()).isEqualTo("generic-2025.1");
        assertThat(centre.events()).noneMatch(e -> e.get("type").asText().startsWith("triage.IndexPublished"));
    }

    @Test
    void anOlderOrAlreadyUsedVersionIsAConflictNamingIt() {
        Answer same = publishIndex(shippedIndex());
        assertThat(same.status()).isEqualTo(409);
        assertThat(same.body().get("field").asText()).isEqualTo("version");
        assertThat(same.body().get("detail").asText()).contains("'generic-2025.1' is already used");

        Answer older = publishIndex(shippedIndex().replace("version: generic-2025.1", "version: generic-2024.3"));
        assertThat(older.status()).isEqualTo(409);
        assertThat(older.body().get("detail").asText()).contains("'generic-2024.3' is not newer than", "'generic-2025.1'");

        assertThat(publishIndex(newerIndex()).status()).isEqualTo(201);
        Answer again = publishIndex(newerIndex());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("detail").asText()).contains("'generic-2025.2' is already used");
    }

    @Test
    void onlyTheMedicalDirectorPublishes() {
        Answer supervisor = centre.postYaml("/api/triage/index", newerIndex(), "sup-1", Role.SUPERVISOR);
        assertThat(supervisor.status()).isEqualTo(403);
        Answer nurse = centre.postYaml("/api/triage/response-rules", newerRules(), "nurse-1", Role.NURSE);
        assertThat(nurse.status()).isEqualTo(403);
        assertThat(centre.get("/api/triage/index/versions", "sup-1", Role.SUPERVISOR).body().get("versions")).hasSize(1);
        assertThat(centre.get("/api/triage/index/versions", "nurse-1", Role.NURSE).status()).isEqualTo(403);
    }

    @Test
    void afterARestartThePublishedVersionsAreStillCurrentAndListedWithWhoAndWhen() {
        assertThat(publishIndex(newerIndex()).status()).isEqualTo(201);
        assertThat(publishRules(newerRules()).status()).isEqualTo(201);
        centre.close();
        centre = new TriageCentre(dir);

        assertThat(centre.get("/api/triage/index").body().get("version").asText()).isEqualTo("generic-2025.2");
        assertThat(centre.get("/api/triage/response-rules").body().get("version").asText()).isEqualTo("stockholm-2026.1");
        JsonNode versions = centre.get("/api/triage/index/versions", "sup-1", Role.SUPERVISOR).body();
        assertThat(versions.get("current").asText()).isEqualTo("generic-2025.2");
        assertThat(versions.get("versions")).hasSize(2);
        assertThat(versions.at("/versions/0/source").asText()).isEqualTo("configuration");
        assertThat(versions.at("/versions/0/publishedBy").isNull()).isTrue();
        assertThat(versions.at("/versions/1/version").asText()).isEqualTo("generic-2025.2");
        assertThat(versions.at("/versions/1/source").asText()).isEqualTo("published");
        assertThat(versions.at("/versions/1/publishedBy").asText()).isEqualTo(DIRECTOR);
        assertThat(versions.at("/versions/1/publishedAt").asText()).isNotBlank();
        assertThat(versions.at("/versions/1/current").asBoolean()).isTrue();
        JsonNode rules = centre.get("/api/triage/response-rules/versions", DIRECTOR, Role.MEDICAL_DIRECTOR).body();
        assertThat(rules.get("current").asText()).isEqualTo("stockholm-2026.1");
        assertThat(rules.at("/versions/1/publishedBy").asText()).isEqualTo(DIRECTOR);

        JsonNode after = painOnlyWhenBreathing("after-restart");
        assertThat(after.get("indexVersion").asText()).isEqualTo("generic-2025.2");
        assertThat(after.get("rulesVersion").asText()).isEqualTo("stockholm-2026.1");
        assertThat(after.at("/proposal/criterion/priority").asInt()).isEqualTo(4);
    }

    @Test
    void newerResponseRulesAreUsedByNewAssessmentsWhileTheRunningOneKeepsItsRules() {
        JsonNode before = painOnlyWhenBreathing("before");
        assertThat(before.at("/response/lightsAndSirens").asBoolean()).isFalse();

        Answer published = publishRules(newerRules());
        assertThat(published.status()).as(published.body().toString()).isEqualTo(201);
        assertThat(published.body().get("version").asText()).isEqualTo("stockholm-2026.1");

        JsonNode after = painOnlyWhenBreathing("after");
        assertThat(after.get("rulesVersion").asText()).isEqualTo("stockholm-2026.1");
        assertThat(after.at("/response/lightsAndSirens").asBoolean()).isTrue();
        JsonNode stillBefore = centre.get(ASSESSMENTS + "/before").body().get("assessment");
        assertThat(stillBefore.get("rulesVersion").asText()).isEqualTo("stockholm-2016.1");
        assertThat(stillBefore.at("/response/lightsAndSirens").asBoolean()).isFalse();
        assertThat(centre.events()).anySatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("triage.ResponseRulesPublished");
            assertThat(e.at("/payload/document").asText()).isEqualTo(newerRules());
        });
    }

    @Test
    void responseRulesTheIndexDoesNotFitAreRefusedWithEveryProblemAndOlderOnesAreAConflict() {
        String rules = newerRules();
        String threePriorities = rules.substring(0, rules.indexOf("  - priority: 4"));
        Answer refused = publishRules(threePriorities);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("problems")).isNotEmpty().allSatisfy(p ->
                assertThat(p.get("message").asText()).contains("the current index generic-2025.1 does not fit"));
        assertThat(refused.body().at("/problems/0/place").asText()).startsWith("chapters[");

        Answer badAction = publishRules(rules.replace("action: send-ambulance", "action: fly"));
        assertThat(badAction.status()).isEqualTo(400);
        assertThat(badAction.body().at("/problems/0/place").asText()).isEqualTo("priorities[1].action");
        assertThat(badAction.body().at("/problems/0/line").asInt()).isEqualTo(lineOf(rules, "action: send-ambulance"));

        Answer same = publishRules(shippedRules());
        assertThat(same.status()).isEqualTo(409);
        assertThat(same.body().get("detail").asText()).contains("'stockholm-2016.1' is already used");
        assertThat(centre.get("/api/triage/response-rules").body().get("version").asText()).isEqualTo("stockholm-2016.1");
    }

    /** The shipped index as generic-2025.2, where the chest-pain default V.04.07 is priority 4 instead of 3. */
    static String newerIndex() {
        String text = shippedIndex().replace("version: generic-2025.1", "version: generic-2025.2");
        String changed = text.replaceFirst("(code: V\\.04\\.07\\s*\\n\\s*priority:) 3", "$1 4");
        assertThat(changed).isNotEqualTo(text).contains("generic-2025.2");
        return changed;
    }

    /** Stockholm's rules as stockholm-2026.1, where priority 3 goes with lights and sirens. */
    static String newerRules() {
        String text = shippedRules().replace("version: stockholm-2016.1", "version: stockholm-2026.1");
        String changed = text.replaceFirst("(priority: 3\\s*\\n(?:.*\\n)*?\\s*lightsAndSirens:) false", "$1 true");
        assertThat(changed).isNotEqualTo(text).contains("stockholm-2026.1");
        return changed;
    }

    private static String shippedIndex() {
        return resource(MedicalIndexFile.GENERIC_RESOURCE);
    }

    private static String shippedRules() {
        return resource(RegionalRulesFile.STOCKHOLM_RESOURCE);
    }
}
