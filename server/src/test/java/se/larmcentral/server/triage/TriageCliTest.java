package se.larmcentral.server.triage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.CliRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.CliRun.larm;

/** {@code larm triage check} and {@code larm triage assess} through the product's command line. */
class TriageCliTest {

    /** What a command printed and how it exited. */
    @TempDir
    Path dir;

    @Test
    void theShippedIndexPassesTheCheck() throws IOException {
        Path shipped = Files.writeString(dir.resolve("generic-index.yaml"), IndexFiles.shipped());
        CliRun run = larm("triage", "check", shipped.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out().strip().lines()).singleElement().asString()
                .contains("valid", "generic-2025.1", "30 chapters", "170 criteria, in sv and en", "Stockholm");
    }

    @Test
    void aBrokenIndexIsRefusedWithEachProblemAndItsPlace() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), IndexFiles.BROKEN);
        CliRun run = larm("triage", "check", broken.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains(
                "line 28, column 18: chapters[chest-pain].references[0]: refers to unknown chapter 'heart-rhythm'",
                "chapters[chest-pain].criteria[1].code: duplicate code A.04.01, also at chapters[chest-pain].criteria[0]",
                "line 36, column 19: chapters[chest-pain].criteria[1].priority: priority 5 is outside the region's scale",
                "chapters[chest-pain].criteria: chapter has no least-urgent default");
        assertThat(run.out().strip().lines()).allSatisfy(line -> assertThat(line).startsWith(broken.toString()));
        assertThat(run.out().strip().lines().toList().getLast()).endsWith("5 problems");
    }

    @Test
    void aTextMissingInOneOfTheIndexsLanguagesIsRefusedWithItsPlaceAndLine() throws IOException {
        String shipped = TriageTexts.resource(se.larmcentral.triage.file.MedicalIndexFile.GENERIC_RESOURCE);
        String english = "    en: \"Is the patient awake and answering when spoken to?\"\n";
        assertThat(shipped).contains(english);
        Path missing = Files.writeString(dir.resolve("missing-en.yaml"), shipped.replace(english, ""));
        CliRun run = larm("triage", "check", missing.toString());
        assertThat(run.exit()).isEqualTo(2);
        int line = TriageTexts.lineOf(shipped, "  conscious:") + 1;
        assertThat(run.out()).contains("line " + line + ", column 5: questions.conscious.en: missing; every text must"
                + " be given in sv and en");
        assertThat(run.out().strip().lines().toList().getLast()).endsWith("1 problem");
    }

    @Test
    void theIndexIsCheckedAgainstTheScaleOfTheRegionGiven() throws IOException {
        Path shipped = Files.writeString(dir.resolve("generic-index.yaml"), IndexFiles.shipped());
        Path threeLevels = Files.writeString(dir.resolve("three-levels.yaml"), IndexFiles.THREE_LEVEL_RULES);
        CliRun run = larm("triage", "check", shipped.toString(), "--region", threeLevels.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("priority 4 is outside the region's scale [1, 2, 3]");

        Path badRules = Files.writeString(dir.resolve("bad-rules.yaml"), """
                format: larmcentral-response-rules/1
                region: Gap
                version: test-1
                priorities:
                  - {priority: 2, meaning: Soon, action: send-ambulance, lightsAndSirens: false, instruction: Send.}
                """);
        CliRun bad = larm("triage", "check", shipped.toString(), "--region", badRules.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.out()).contains(badRules + ": line 5").contains("priorities[0].priority");
    }

    @Test
    void assessPrintsTheAssessmentOfADomainExampleAsJson() throws IOException {
        CliRun run = larm("triage", "assess", "--chapter", "4", "--answer", "conscious=yes",
                "--answer", "breathing-normally=yes", "--answer", "chest-pain-severe-central=no",
                "--answer", "near-fainting=no", "--answer", "pale-clammy=no", "--answer", "pain-radiates-jaw-arm=no",
                "--answer", "chest-pain-breathless=no", "--answer", "pain-only-breathing-movement=yes");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode reply = TriageCentre.JSON.readTree(run.out());
        JsonNode view = reply.get("assessment");
        assertThat(view.get("chapter").asText()).isEqualTo("chest-pain");
        assertThat(view.at("/proposal/criterion/code").asText()).isEqualTo("V.04.07");
        assertThat(view.at("/proposal/criterion/priority").asInt()).isEqualTo(3);
        assertThat(view.at("/proposal/settled").asBoolean()).isTrue();
        assertThat(view.at("/proposal/why/0").asText()).startsWith("V.04.07");
        assertThat(view.get("nextQuestions")).isEmpty();
        assertThat(view.at("/response/action").asText()).isEqualTo("TELL_EXPECTED_WAIT");
        assertThat(reply.at("/advice/0/id").asText()).isEqualTo("call-again");
    }

    @Test
    void assessFromTheKeyQuestionsAloneFindsACardiacArrest() throws IOException {
        CliRun run = larm("triage", "assess", "--answer", "conscious=no", "--answer", "breathing-normally=no");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode view = TriageCentre.JSON.readTree(run.out()).get("assessment");
        assertThat(view.at("/proposal/criterion/code").asText()).isEqualTo("A.01.01");
        assertThat(view.at("/response/priority").asInt()).isEqualTo(1);
    }

    @Test
    void assessNamesTheArgumentAtFault() {
        CliRun notAsked = larm("triage", "assess", "--chapter", "4", "--answer", "chest-pain-over-5-minutes=yes");
        assertThat(notAsked.exit()).isEqualTo(2);
        assertThat(notAsked.out()).isEmpty();
        assertThat(notAsked.err()).startsWith("larm triage assess: answers.chest-pain-over-5-minutes: ")
                .contains("has not been asked");

        CliRun badAnswer = larm("triage", "assess", "--answer", "conscious=maybe");
        assertThat(badAnswer.exit()).isEqualTo(2);
        assertThat(badAnswer.err()).contains("answer[0]").contains("yes or no");

        CliRun unknownChapter = larm("triage", "assess", "--chapter", "99");
        assertThat(unknownChapter.exit()).isEqualTo(2);
        assertThat(unknownChapter.err()).startsWith("larm triage assess: chapter: no chapter '99'");
    }

    @Test
    void anInteractiveInterviewAsksOneQuestionAtATimeToAPriority() {
        // unconscious and not breathing normally: cardiac arrest by the key questions, priority 1 at once
        CliRun run = withInput("x\nn\nn\n", "triage", "interview", "--lang", "en");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("awake", "[y/n]", "answer y (yes) or n (no)", "breathing");
        assertThat(run.out()).contains("Priority 1 (A.01.01)", "Response: ");
        assertThat(run.out()).contains("Advice: CPR for an adult");
    }

    @Test
    void theInterviewSpeaksSwedishByDefault() {
        CliRun run = withInput("x\nn\nn\n", "triage", "interview");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Är patienten vaken och svarar när du pratar med hen? [j/n]",
                "svara j (ja) eller n (nej)", "Andas patienten normalt");
        assertThat(run.out()).contains("Prioritet 1 (A.01.01)", "Insats: ", "Råd: Hjärt-lungräddning för vuxen",
                "  - Sätt telefonen på högtalare");
        CliRun chapters = withInput("j\nj\n4\nq\n", "triage", "interview");
        assertThat(chapters.out()).contains("Välj kapitel för huvudbesväret:", " 4  Bröstsmärta");
    }

    @Test
    void assessAnswersInTheLanguageAskedForAndRefusesOneItDoesNotHave() throws IOException {
        CliRun swedish = larm("triage", "assess", "--answer", "conscious=no", "--answer", "breathing-normally=no");
        JsonNode sv = TriageCentre.JSON.readTree(swedish.out());
        assertThat(sv.get("language").asText()).isEqualTo("sv");
        assertThat(sv.at("/assessment/proposal/criterion/text").asText()).startsWith("Medvetslös vuxen");
        assertThat(sv.at("/advice/0/title").asText()).isEqualTo("Hjärt-lungräddning för vuxen");
        CliRun english = larm("triage", "assess", "--lang", "en", "--chapter", "4", "--answer", "conscious=yes");
        JsonNode en = TriageCentre.JSON.readTree(english.out());
        assertThat(en.get("language").asText()).isEqualTo("en");
        assertThat(en.at("/assessment/nextQuestions/0/text").asText()).isEqualTo(
                "Is the patient breathing normally (calm, regular breaths, can speak whole sentences)?");
        CliRun german = larm("triage", "assess", "--lang", "de");
        assertThat(german.exit()).isEqualTo(2);
        assertThat(german.err()).isEqualTo("larm triage assess: --lang: must be sv or en, was 'de'" + System.lineSeparator());
    }

    @Test
    void anInterviewThatEndsBeforeAPriorityExitsWithTwoNamingIt() {
        CliRun run = withInput("y\n", "triage", "interview");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("the interview ended before a priority");
        CliRun unknown = withInput("", "triage", "interview", "--chapter", "99");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("chapter");
    }

    private static CliRun withInput(String input, String... args) {
        java.io.InputStream stdin = System.in;
        System.setIn(new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return larm(args);
        } finally {
            System.setIn(stdin);
        }
    }

}
