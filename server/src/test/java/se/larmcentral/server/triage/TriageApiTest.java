package se.larmcentral.server.triage;


import se.larmcentral.web.triage.AssessmentReply;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.triage.TriageCentre.Answer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The triage API against a real centre: the interview, decisions, bad input (nothing stored) and the journal. */
class TriageApiTest {

    private static final String ASSESSMENTS = "/api/triage/assessments";

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

    @Test
    void severeCentralChestPainOverFiveMinutesIsPriorityOneWithItsWhy() {
        Answer started = centre.post(ASSESSMENTS, "{\"caseId\": \"case-1\", \"chapter\": 4}");
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.body().at("/assessment/chapter").asText()).isEqualTo("chest-pain");
        assertThat(texts(started.body().at("/assessment/openQuestions"))).containsExactly("conscious", "breathing-normally");

        Answer awake = centre.post(ASSESSMENTS + "/case-1/answers",
                "{\"answers\": {\"conscious\": true, \"breathing-normally\": true}}");
        assertThat(awake.status()).isEqualTo(200);
        assertThat(texts(awake.body().at("/assessment/openQuestions")))
                .containsExactly("chest-pain-severe-central", "chest-pain-over-5-minutes");
        assertThat(awake.body().at("/assessment/proposal/settled").asBoolean()).isFalse();

        Answer answered = centre.post(ASSESSMENTS + "/case-1/answers",
                "{\"answers\": {\"chest-pain-severe-central\": true, \"chest-pain-over-5-minutes\": true}}");
        JsonNode proposal = answered.body().at("/assessment/proposal");
        assertThat(proposal.at("/criterion/code").asText()).isEqualTo("A.04.01");
        assertThat(proposal.at("/criterion/priority").asInt()).isEqualTo(1);
        assertThat(proposal.get("settled").asBoolean()).isTrue();
        // the why quotes the questions as asked, in the operator's language (Swedish by default)
        assertThat(texts(proposal.get("why"))).contains(
                "A.04.01 stämmer: ”Är smärtan svår och mitt i bröstet?” ja; ”Har smärtan hållit i sig mer än 5 minuter?” ja",
                "A.01.01 utesluts: ”Är patienten vaken och svarar när du pratar med hen?” ja",
                "A.03.01 utesluts: ”Andas patienten normalt (lugna, regelbundna andetag, kan säga hela meningar)?” ja");
        assertThat(answered.body().at("/assessment/nextQuestions")).isEmpty();
        assertThat(answered.body().at("/assessment/priority").asInt()).as("not decided yet").isZero();

        Answer confirmed = centre.post(ASSESSMENTS + "/case-1/confirm", "{}");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body().at("/assessment/priority").asInt()).isEqualTo(1);
        assertThat(confirmed.body().at("/assessment/decidedCode").asText()).isEqualTo("A.04.01");

        JsonNode read = centre.get(ASSESSMENTS + "/case-1").body();
        assertThat(read.at("/assessment/priority").asInt()).isEqualTo(1);
        assertThat(read.at("/assessment/response/action").asText()).isEqualTo("NEAREST_DURING_CALL");
        assertThat(read.at("/assessment/response/lightsAndSirens").asBoolean()).isTrue();
        assertThat(read.at("/assessment/history/0/kind").asText()).isEqualTo("CONFIRMED");
        assertThat(read.at("/assessment/history/0/by").asText()).isEqualTo("operator-7");
        assertThat(read.at("/advice/0/id").asText()).isEqualTo("chest-pain-rest");
        assertThat(read.at("/advice/0/steps")).isNotEmpty();
    }

    @Test
    void unconsciousAndNotBreathingIsPriorityOneStraightFromTheKeyQuestions() {
        Answer started = centre.post(ASSESSMENTS, "{\"caseId\": \"case-2\"}");
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.body().at("/assessment/chapter").isNull()).isTrue();
        assertThat(texts(started.body().at("/assessment/openQuestions"))).containsExactly("conscious", "breathing-normally");

        Answer answered = centre.post(ASSESSMENTS + "/case-2/answers",
                "{\"answers\": {\"conscious\": false, \"breathing-normally\": false}}");
        JsonNode view = answered.body().get("assessment");
        assertThat(view.at("/proposal/criterion/code").asText()).isEqualTo("A.01.01");
        assertThat(view.at("/proposal/criterion/priority").asInt()).isEqualTo(1);
        assertThat(view.at("/proposal/settled").asBoolean()).isTrue();
        assertThat(view.get("needsChapter").asBoolean()).isFalse();
        assertThat(texts(view.at("/response/extra"))).contains("PHYSICIAN_CAR", "FIRST_RESPONDERS");
        assertThat(adviceIds(answered.body())).contains("cpr-adult");

        assertThat(centre.post(ASSESSMENTS + "/case-2/confirm", "{}").body().at("/assessment/priority").asInt())
                .isEqualTo(1);
    }

    @Test
    void aNurseOverridesWithAReasonAndWithoutOneNothingIsStored() {
        centre.post(ASSESSMENTS, "{\"caseId\": \"case-3\", \"chapter\": \"chest-pain\"}");
        Answer awake = centre.post(ASSESSMENTS + "/case-3/answers",
                "{\"answers\": {\"conscious\": true, \"breathing-normally\": true}}");
        assertThat(awake.body().at("/assessment/proposal/criterion/priority").asInt()).isEqualTo(3);
        int before = centre.events().size();

        assertProblem(centre.post(ASSESSMENTS + "/case-3/override", "{\"priority\": 1}", "nurse-anna"), 400, "reason");
        assertProblem(centre.post(ASSESSMENTS + "/case-3/override", "{\"priority\": 1, \"reason\": \"  \"}",
                "nurse-anna"), 400, "reason");
        assertProblem(centre.post(ASSESSMENTS + "/case-3/override", "{\"priority\": 7, \"reason\": \"x\"}",
                "nurse-anna"), 400, "priority");
        assertProblem(centre.post(ASSESSMENTS + "/case-3/override", "{\"priority\": \"high\", \"reason\": \"x\"}",
                "nurse-anna"), 400, "priority");
        assertThat(centre.events()).hasSize(before);
        assertThat(centre.get(ASSESSMENTS + "/case-3").body().at("/assessment/priority").isMissingNode()).as("no priority yet: absent, not 0").isTrue();

        Answer overridden = centre.post(ASSESSMENTS + "/case-3/override",
                "{\"priority\": 1, \"reason\": \"Caller is 82 and sounds grey and breathless\"}", "nurse-anna");
        assertThat(overridden.status()).isEqualTo(200);
        JsonNode view = overridden.body().get("assessment");
        assertThat(view.get("priority").asInt()).isEqualTo(1);
        assertThat(view.get("overridden").asBoolean()).isTrue();
        assertThat(view.at("/history/0/kind").asText()).isEqualTo("OVERRIDDEN");
        assertThat(view.at("/history/0/by").asText()).isEqualTo("nurse-anna");
        assertThat(view.at("/response/action").asText()).isEqualTo("NEAREST_DURING_CALL");

        List<JsonNode> events = centre.events();
        assertThat(events).hasSize(before + 1);
        JsonNode event = events.getLast();
        assertThat(event.get("type").asText()).isEqualTo("triage.PriorityOverridden");
        assertThat(event.get("actor").asText()).isEqualTo("nurse-anna");
        assertThat(event.at("/payload/reason").asText()).isEqualTo("Caller is 82 and sounds grey and breathless");
        assertThat(event.at("/payload/toPriority").asInt()).isEqualTo(1);
    }

    @Test
    void anOverrideRecordsWhoeverMadeItForNoRoleIsCheckedYet() {
        centre.post(ASSESSMENTS, "{\"caseId\": \"case-10\", \"chapter\": 4}");
        centre.post(ASSESSMENTS + "/case-10/answers", "{\"answers\": {\"conscious\": true, \"breathing-normally\": true}}");

        Answer overridden = centre.post(ASSESSMENTS + "/case-10/override",
                "{\"priority\": 2, \"reason\": \"sounds unwell\"}", "operator-7");
        assertThat(overridden.status()).isEqualTo(200);
        assertThat(overridden.body().at("/assessment/history/0/by").asText()).isEqualTo("operator-7");
        JsonNode event = centre.events().getLast();
        assertThat(event.get("type").asText()).isEqualTo("triage.PriorityOverridden");
        assertThat(event.at("/payload/nurse/id").asText()).isEqualTo("operator-7");
        assertThat(event.at("/payload/nurse/kind").asText()).isEqualTo("PERSON");
    }

    @Test
    void anAnswerToAQuestionNotAskedIsRefusedAndNothingIsStored() {
        centre.post(ASSESSMENTS, "{\"caseId\": \"case-4\", \"chapter\": 4}");
        int before = centre.events().size();

        assertProblem(centre.post(ASSESSMENTS + "/case-4/answers",
                "{\"answers\": {\"chest-pain-over-5-minutes\": true}}"), 409, "answers.chest-pain-over-5-minutes");
        assertProblem(centre.post(ASSESSMENTS + "/case-4/answers",
                "{\"answers\": {\"conscious\": true, \"chest-pain-over-5-minutes\": true}}"), 409,
                "answers.chest-pain-over-5-minutes");
        assertProblem(centre.post(ASSESSMENTS + "/case-4/answers", "{\"answers\": {\"no-such-question\": true}}"),
                404, "answers.no-such-question");
        assertProblem(centre.post(ASSESSMENTS + "/case-4/answers", "{\"answers\": {\"conscious\": \"maybe\"}}"),
                400, "answers.conscious");
        assertProblem(centre.post(ASSESSMENTS + "/case-4/answers", "{\"answers\": {}}"), 400, "answers");
        assertProblem(centre.post(ASSESSMENTS + "/case-4/answers", "{\"conscious\": true}"), 400, "conscious");

        assertThat(centre.events()).hasSize(before);
        assertThat(centre.get(ASSESSMENTS + "/case-4").body().at("/assessment/answers")).isEmpty();
    }

    @Test
    void anUnknownChapterIsNotFoundByName() {
        assertProblem(centre.post(ASSESSMENTS, "{\"caseId\": \"case-5\", \"chapter\": 99}"), 404, "chapter");
        assertProblem(centre.post(ASSESSMENTS, "{\"caseId\": \"case-5\", \"chapter\": \"heartache\"}"), 404, "chapter");
        assertThat(centre.events()).isEmpty();
        assertProblem(centre.get("/api/triage/index/chapters/99"), 404, "chapter");

        centre.post(ASSESSMENTS, "{\"caseId\": \"case-5\"}");
        int before = centre.events().size();
        assertProblem(centre.post(ASSESSMENTS + "/case-5/chapter", "{\"chapter\": \"heartache\"}"), 404, "chapter");
        assertProblem(centre.post(ASSESSMENTS + "/case-5/chapter", "{}"), 400, "chapter");
        assertThat(centre.events()).hasSize(before);
    }

    @Test
    void anUnknownCaseIsNotFoundAndACaseIsStartedOnce() {
        assertProblem(centre.get(ASSESSMENTS + "/no-such-case"), 404, "caseId");
        assertProblem(centre.post(ASSESSMENTS + "/no-such-case/answers", "{\"answers\": {\"conscious\": true}}"),
                404, "caseId");
        assertProblem(centre.post(ASSESSMENTS, "{\"chapter\": 4}"), 400, "caseId");
        assertThat(centre.events()).isEmpty();

        centre.post(ASSESSMENTS, "{\"caseId\": \"case-6\"}");
        int before = centre.events().size();
        assertProblem(centre.post(ASSESSMENTS, "{\"caseId\": \"case-6\", \"chapter\": 4}"), 409, "caseId");
        assertThat(centre.events()).hasSize(before);
    }

    @Test
    void anUnsettledProposalIsNotConfirmedAndNothingIsStored() {
        centre.post(ASSESSMENTS, "{\"caseId\": \"case-9\", \"chapter\": 4}");
        Answer awake = centre.post(ASSESSMENTS + "/case-9/answers",
                "{\"answers\": {\"conscious\": true, \"breathing-normally\": true}}");
        assertThat(awake.body().at("/assessment/proposal/criterion/code").asText()).isEqualTo("V.04.07");
        assertThat(awake.body().at("/assessment/proposal/settled").asBoolean()).isFalse();
        int before = centre.events().size();

        Answer proposal = centre.post(ASSESSMENTS + "/case-9/confirm", "{}");
        assertProblem(proposal, 409, "answers");
        assertThat(proposal.body().get("detail").asText())
                .contains("open questions: [chest-pain-severe-central, chest-pain-over-5-minutes]");
        Answer named = centre.post(ASSESSMENTS + "/case-9/confirm", "{\"code\": \"V.04.07\"}");
        assertProblem(named, 409, "code");
        assertThat(named.body().get("detail").asText()).contains("A.04.01 (priority 1) is still possible");
        assertThat(centre.events()).hasSize(before);
        assertThat(centre.get(ASSESSMENTS + "/case-9").body().at("/assessment/priority").isMissingNode()).as("no priority yet: absent, not 0").isTrue();
    }

    @Test
    void aCorrectedAnswerAfterTheDecisionAsksForReviewAndReprioritisingNeedsAReason() {
        centre.post(ASSESSMENTS, "{\"caseId\": \"case-7\", \"chapter\": 4}");
        centre.post(ASSESSMENTS + "/case-7/answers", "{\"answers\": {\"conscious\": true, \"breathing-normally\": true,"
                + " \"chest-pain-severe-central\": false, \"chest-pain-over-5-minutes\": true, \"near-fainting\": false,"
                + " \"pale-clammy\": false, \"pain-radiates-jaw-arm\": false, \"chest-pain-breathless\": false,"
                + " \"pain-only-breathing-movement\": true}}");
        Answer decided = centre.post(ASSESSMENTS + "/case-7/confirm", "{}");
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.body().at("/assessment/priority").asInt()).isEqualTo(3);
        assertThat(decided.body().at("/assessment/decidedCode").asText()).isEqualTo("V.04.07");

        // The caller corrects an answer: the pain is severe and central after all.
        Answer worse = centre.post(ASSESSMENTS + "/case-7/answers",
                "{\"answers\": {\"chest-pain-severe-central\": true}}");
        assertThat(worse.body().at("/assessment/proposal/criterion/code").asText()).isEqualTo("A.04.01");
        assertThat(worse.body().at("/assessment/needsReview").asBoolean()).isTrue();
        assertThat(worse.body().at("/assessment/priority").asInt()).as("unchanged until re-prioritised").isEqualTo(3);

        int before = centre.events().size();
        assertProblem(centre.post(ASSESSMENTS + "/case-7/reprioritise", "{}"), 400, "reason");
        assertThat(centre.events()).hasSize(before);

        Answer moved = centre.post(ASSESSMENTS + "/case-7/reprioritise", "{\"reason\": \"pain now severe, 10 minutes\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().at("/assessment/priority").asInt()).isEqualTo(1);
        assertThat(moved.body().at("/assessment/decidedCode").asText()).isEqualTo("A.04.01");
        assertThat(moved.body().at("/assessment/needsReview").asBoolean()).isFalse();
        assertThat(moved.body().at("/assessment/history/1/kind").asText()).isEqualTo("REPRIORITISED");
        assertThat(centre.events().getLast().get("type").asText()).isEqualTo("triage.Reprioritised");
    }

    @Test
    void theEventsOfAWholeAssessmentAreInTheJournalWithTheirActor() {
        centre.post(ASSESSMENTS, "{\"caseId\": \"case-8\", \"chapter\": 4}", "operator-12");
        centre.post(ASSESSMENTS + "/case-8/answers", "{\"answers\": {\"conscious\": true, \"breathing-normally\": true,"
                + " \"chest-pain-severe-central\": true, \"chest-pain-over-5-minutes\": true}}", "operator-12");
        centre.post(ASSESSMENTS + "/case-8/confirm", "{}", "operator-12");

        List<JsonNode> events = centre.events();
        assertThat(events).extracting(e -> e.get("type").asText()).startsWith("triage.AssessmentStarted")
                .contains("triage.QuestionsAsked", "triage.AnswerRecorded", "triage.CriterionProposed")
                .endsWith("triage.CriterionConfirmed");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("actor").asText()).isEqualTo("operator-12");
            assertThat(e.at("/payload/caseId").asText()).isEqualTo("case-8");
        });
        assertThat(events).filteredOn(e -> e.get("type").asText().equals("triage.AnswerRecorded")).hasSize(4);
        JsonNode confirmed = events.getLast();
        assertThat(confirmed.at("/payload/code").asText()).isEqualTo("A.04.01");
        assertThat(confirmed.at("/payload/indexVersion").asText()).isEqualTo("generic-2025.1");
        assertThat(confirmed.at("/payload/by/id").asText()).isEqualTo("operator-12");
    }

    @Test
    void theIndexItsChaptersAndTheRegionalRulesCanBeRead() {
        JsonNode index = centre.get("/api/triage/index?lang=en").body();
        assertThat(index.get("version").asText()).isEqualTo("generic-2025.1");
        assertThat(index.get("language").asText()).isEqualTo("en");
        assertThat(index.get("notice").asText()).contains("medical director");
        assertThat(index.get("chapters")).hasSize(30);
        assertThat(index.at("/keyQuestions/0/id").asText()).isEqualTo("conscious");
        assertThat(index.get("chapters")).anySatisfy(c -> {
            assertThat(c.get("number").asInt()).isEqualTo(4);
            assertThat(c.get("id").asText()).isEqualTo("chest-pain");
            assertThat(c.get("title").asText()).isEqualTo("Chest pain");
        });

        Answer byNumber = centre.get("/api/triage/index/chapters/4?lang=en");
        assertThat(byNumber.status()).isEqualTo(200);
        assertThat(byNumber.body()).isEqualTo(centre.get("/api/triage/index/chapters/chest-pain?lang=en").body());
        JsonNode chapter = byNumber.body();
        assertThat(chapter.get("criteria")).hasSize(7);
        assertThat(chapter.at("/criteria/0/code").asText()).isEqualTo("A.04.01");
        assertThat(chapter.at("/criteria/6/when")).isEmpty();
        assertThat(texts(chapter.get("questions"), "id")).startsWith("conscious", "breathing-normally")
                .contains("chest-pain-severe-central", "pain-only-breathing-movement");
        assertThat(texts(chapter.get("advice"), "id")).contains("chest-pain-rest", "call-again");

        JsonNode rules = centre.get("/api/triage/response-rules").body();
        assertThat(rules.get("region").asText()).contains("Stockholm");
        assertThat(rules.get("rules")).hasSize(4);
        assertThat(rules.at("/rules/0/action").asText()).isEqualTo("NEAREST_DURING_CALL");
        assertThat(rules.at("/rules/3/action").asText()).isEqualTo("BOOK_TRANSPORT_OR_REFER");
        assertThat(rules.at("/rules/0/meaning").asText()).isEqualTo("Akuta, livshotande symtom eller olycka");
        assertThat(rules.at("/rules/3/instruction").asText()).contains("hänvisa", "1177");
        JsonNode english = centre.get("/api/triage/response-rules?lang=en").body();
        assertThat(english.at("/rules/0/meaning").asText()).isEqualTo("Acute, life-threatening symptoms or accident");
        Answer wrong = centre.get("/api/triage/response-rules?lang=de");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("field").asText()).isEqualTo("lang");
    }

    @Test
    void aKeyQuestionSettlingChestPainEarlyGivesTheChestPainAdviceTooAndTheInstructionInTheReadersLanguage() {
        centre.post(ASSESSMENTS, "{\"caseId\": \"key-1\", \"chapter\": \"chest-pain\"}");
        Answer answered = centre.post(ASSESSMENTS + "/key-1/answers",
                "{\"answers\": {\"conscious\": true, \"breathing-normally\": false}}");
        assertThat(answered.body().at("/assessment/proposal/criterion/code").asText()).isEqualTo("A.03.01");
        assertThat(adviceIds(answered.body())).containsExactly("breathing-position", "choking", "chest-pain-rest");
        assertThat(answered.body().at("/assessment/response/instruction").asText())
                .startsWith("Skicka närmaste lediga ambulans");
        assertThat(centre.get(ASSESSMENTS + "/key-1?lang=en").body().at("/assessment/response/instruction").asText())
                .startsWith("Send the nearest available ambulance");
    }

    @Test
    void theIndexIsServedInSwedishUnlessEnglishIsAskedForAndSaysWhichItServed() {
        JsonNode swedish = centre.get("/api/triage/index").body();
        assertThat(swedish.get("language").asText()).isEqualTo("sv");
        assertThat(texts(swedish.get("languages"))).containsExactly("sv", "en");
        assertThat(swedish.get("title").asText()).isEqualTo("Larmcentrals generiska medicinska index (demonstration)");
        assertThat(swedish.at("/keyQuestions/0/text").asText()).isEqualTo("Är patienten vaken och svarar när du pratar med hen?");
        assertThat(swedish.get("chapters")).anySatisfy(c -> assertThat(c.get("title").asText()).isEqualTo("Bröstsmärta"));
        assertThat(centre.get("/api/triage/index?lang=sv").body()).isEqualTo(swedish);

        JsonNode english = centre.get("/api/triage/index?lang=en").body();
        assertThat(english.at("/keyQuestions/0/text").asText()).isEqualTo("Is the patient awake and answering when spoken to?");

        JsonNode chapter = centre.get("/api/triage/index/chapters/chest-pain").body();
        assertThat(chapter.get("language").asText()).isEqualTo("sv");
        assertThat(chapter.get("title").asText()).isEqualTo("Bröstsmärta");
        assertThat(chapter.at("/criteria/0/text").asText()).isEqualTo("Svår central bröstsmärta i mer än 5 minuter");
        assertThat(chapter.get("advice")).anySatisfy(a -> assertThat(a.get("title").asText()).isEqualTo("Bröstsmärta"));
        assertThat(centre.get("/api/triage/index/chapters/chest-pain?lang=en").body().at("/criteria/0/text").asText())
                .isEqualTo("Severe central chest pain for more than 5 minutes");
    }

    @Test
    void anAssessmentReadsInTheLanguageAskedFor() {
        Answer started = centre.post(ASSESSMENTS + "?lang=sv", "{\"caseId\": \"lang-1\", \"chapter\": \"chest-pain\"}");
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.body().get("language").asText()).isEqualTo("sv");
        assertThat(started.body().at("/assessment/nextQuestions/0/text").asText())
                .isEqualTo("Är patienten vaken och svarar när du pratar med hen?");
        Answer answered = centre.post(ASSESSMENTS + "/lang-1/answers?lang=en",
                "{\"answers\": {\"conscious\": false, \"breathing-normally\": false}}");
        assertThat(answered.body().get("language").asText()).isEqualTo("en");
        assertThat(answered.body().at("/assessment/proposal/criterion/text").asText())
                .startsWith("Unconscious adult not breathing normally");
        assertThat(answered.body().at("/advice/0/title").asText()).isEqualTo("CPR for an adult");
        JsonNode read = centre.get(ASSESSMENTS + "/lang-1").body();
        assertThat(read.at("/assessment/proposal/criterion/text").asText())
                .startsWith("Medvetslös vuxen som inte andas normalt");
        assertThat(read.at("/advice/0/title").asText()).isEqualTo("Hjärt-lungräddning för vuxen");
        assertThat(read.at("/advice/0/steps/0").asText()).startsWith("Sätt telefonen på högtalare");
        assertThat(texts(read.at("/assessment/proposal/why"))).first().asString().isEqualTo("A.01.01 stämmer:"
                + " ”Är patienten vaken och svarar när du pratar med hen?” nej; ”Andas patienten normalt (lugna,"
                + " regelbundna andetag, kan säga hela meningar)?” nej");
        assertThat(texts(answered.body().at("/assessment/proposal/why"))).first().asString()
                .startsWith("A.01.01 matches: ”Is the patient awake and answering when spoken to?” no;");
    }

    @Test
    void aLanguageTheConsoleDoesNotHaveIsRefusedAndChangesNothing() {
        assertProblem(centre.get("/api/triage/index?lang=de"), 400, "lang");
        Answer refused = centre.post(ASSESSMENTS + "?lang=xx", "{\"caseId\": \"lang-2\"}");
        assertProblem(refused, 400, "lang");
        assertThat(refused.body().get("detail").asText()).contains("sv or en");
        assertThat(centre.get(ASSESSMENTS + "/lang-2").status()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheTriageEndpoints() {
        JsonNode paths = centre.get("/openapi.json").body().get("paths");
        assertThat(paths.at("/~1api~1triage~1assessments/post/requestBody/content/application~1json/schema/$ref").asText())
                .endsWith("/StartRequest");
        assertThat(paths.at("/~1api~1triage~1assessments~1{caseId}~1override/post/tags/0").asText()).isEqualTo("triage");
        assertThat(paths.at("/~1api~1triage~1assessments~1{caseId}/get/responses/200/content/application~1json/schema/$ref")
                .asText()).endsWith("/AssessmentReply");
    }

    private static void assertProblem(Answer answer, int status, String field) {
        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
        assertThat(answer.body().path("field").asText(null)).as("field of %s", answer.body()).isEqualTo(field);
        assertThat(answer.body().get("detail").asText()).isNotBlank();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.get(field).asText()));
        return texts;
    }

    private static List<String> adviceIds(JsonNode reply) {
        return texts(reply.get("advice"), "id");
    }
}
