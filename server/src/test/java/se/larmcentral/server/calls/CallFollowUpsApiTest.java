package se.larmcentral.server.calls;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.calls.CallsCentre.assertProblem;
import static se.larmcentral.server.calls.CallsCentre.ok;

/** Classification starting work in triage, dispatch and social, each step a command recorded and linked. */
class CallFollowUpsApiTest {

    @TempDir
    Path dir;

    private CallsCentre centre;

    @BeforeEach
    void start() {
        centre = new CallsCentre(dir, Instant.parse("2025-06-10T08:00:00Z"), CallsCentre.municipalities());
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    private void answered(String callId, String caller) {
        centre.intake(callId, caller);
        centre.clock.advance(Duration.ofSeconds(5));
        centre.write("/api/calls/" + callId + "/answer", "{}", 200);
    }

    @Test
    void careStartsAnAssessmentAndOnceItHasAPriorityADispatchIncidentAtTheCorrectedPosition() {
        answered("CARE-1", "+46701234567");
        ok(centre.postAnonymous("/api/aml/sms?sender=%2B46701234567", "text/plain", CallLocationApiTest.SMS_STOCKHOLM), 202);
        long before = centre.lastSequence();
        assertProblem(centre.post("/api/calls/CARE-1/dispatch", "{}"), 409, "state", "ANSWERED");

        JsonNode classified = centre.write("/api/calls/CARE-1/classify", "{\"classification\": \"CARE\"}", 200);
        JsonNode followUp = classified.at("/followUps/0");
        assertThat(followUp.get("step").asText()).isEqualTo("triage.assessment");
        assertThat(followUp.get("done").asText()).isEqualTo("STARTED");
        assertThat(followUp.get("reference").asText()).isEqualTo("CARE-1");
        assertThat(followUp.get("linked").asBoolean()).isTrue();
        assertThat(centre.typesAfter(before)).startsWith("calls.CallClassified", "triage.AssessmentStarted")
                .endsWith("calls.CaseLinked");
        JsonNode assessment = centre.read("/api/triage/assessments/CARE-1");
        assertThat(assessment.at("/assessment/openQuestions/0").asText()).isEqualTo("conscious");

        assertProblem(centre.post("/api/calls/CARE-1/dispatch", "{}"), 409, "priority", "no priority yet");
        centre.write("/api/calls/CARE-1/position", "{\"point\": {\"lat\": 59.3326, \"lon\": 18.0649}, \"reason\": \"T-Centralen\"}", 200);
        centre.write("/api/triage/assessments/CARE-1/answers",
                "{\"answers\": {\"conscious\": false, \"breathing-normally\": false}}", 200);
        long beforeConfirm = centre.lastSequence();
        centre.write("/api/triage/assessments/CARE-1/confirm", "{}", 200);
        assertThat(centre.typesAfter(beforeConfirm)).as("the priority, then the centre's process: incident and link")
                .containsSubsequence("triage.CriterionConfirmed", "dispatch.IncidentCreated", "calls.CaseLinked");

        JsonNode dispatched = centre.write("/api/calls/CARE-1/dispatch", "{}", 200);
        assertThat(dispatched.at("/dispatched/followUp/done").asText()).isEqualTo("ALREADY_PRESENT");
        assertThat(dispatched.at("/dispatched/incidentId").asText()).isEqualTo("INC-CARE-1");
        assertThat(dispatched.at("/dispatched/priority").asInt()).isEqualTo(1);
        JsonNode incident = centre.read("/api/dispatch/incidents/INC-CARE-1");
        assertThat(incident.toString()).contains("59.3326", "18.0649", "AMBULANCE");
        assertThat(dispatched.at("/call/call/links").findValuesAsText("kind"))
                .containsExactly("TRIAGE_ASSESSMENT", "DISPATCH_INCIDENT");

        long linked = centre.lastSequence();
        JsonNode again = centre.write("/api/calls/CARE-1/dispatch", "{}", 200);
        assertThat(again.at("/dispatched/followUp/done").asText()).isEqualTo("ALREADY_PRESENT");
        JsonNode retried = centre.write("/api/calls/CARE-1/follow-ups", "{}", 200);
        assertThat(retried.at("/followUps/0/done").asText()).isEqualTo("ALREADY_PRESENT");
        assertThat(retried.at("/followUps/0/linked").asBoolean()).isFalse();
        assertThat(centre.lastSequence()).as("retries record nothing").isEqualTo(linked);
    }

    @Test
    void careLinksAnAssessmentStartedBeforeInsteadOfStartingItAgain() {
        centre.write("/api/triage/assessments", "{\"caseId\": \"CARE-2\"}", 201);
        answered("CARE-2", "+46701234567");
        // The case is already there (started by hand): the follow-up links it instead of starting it again.
        JsonNode classified = centre.write("/api/calls/CARE-2/classify", "{\"classification\": \"CARE\"}", 200);
        assertThat(classified.at("/followUps/0/done").asText()).isEqualTo("ALREADY_PRESENT");
        assertThat(classified.at("/followUps/0/linked").asBoolean()).isTrue();
    }

    @Test
    void socialWithoutAgreementAfterTheCutOverRecordsNotAvailableAndLinksIt() {
        answered("SOC-1", "+46707654321");
        ok(centre.postAnonymous("/api/aml/sms?sender=%2B46707654321", "text/plain", CallLocationApiTest.SMS_STOCKHOLM), 202);
        centre.write("/api/calls/SOC-1/municipality", "{\"code\": \"0125\", \"reason\": \"the caller is on Ekerö\"}", 200);
        long before = centre.lastSequence();
        JsonNode classified = centre.write("/api/calls/SOC-1/classify", "{\"classification\": \"SOCIAL\"}", 200);
        JsonNode followUp = classified.at("/followUps/0");
        assertThat(followUp.get("step").asText()).isEqualTo("social.decision");
        assertThat(followUp.get("summary").asText()).contains("0125", "NOT_AVAILABLE");
        assertThat(centre.typesAfter(before)).containsExactly("calls.CallClassified", "social.CallRouted", "calls.CaseLinked");
        JsonNode routed = centre.events().stream().filter(e -> e.get("type").asText().equals("social.CallRouted"))
                .findFirst().orElseThrow();
        assertThat(routed.at("/payload/callId").asText()).isEqualTo("SOC-1");
        assertThat(routed.at("/payload/municipality").asText()).isEqualTo("0125");
        assertThat(routed.at("/payload/outcome").asText()).isEqualTo("NOT_AVAILABLE");
        JsonNode link = classified.at("/call/call/links/0");
        assertThat(link.get("kind").asText()).isEqualTo("SOCIAL_DECISION");
        assertThat(link.get("summary").asText()).startsWith("NOT_AVAILABLE");

        long linked = centre.lastSequence();
        JsonNode retried = centre.write("/api/calls/SOC-1/follow-ups", "{}", 200);
        assertThat(retried.at("/followUps/0/done").asText()).isEqualTo("ALREADY_PRESENT");
        assertThat(centre.lastSequence()).isEqualTo(linked);
    }

    @Test
    void socialWithoutAMunicipalityIsRefusedAsAWholeAndRecordsNothing() {
        answered("SOC-2", "+46707654322");
        long before = centre.lastSequence();
        var refused = centre.post("/api/calls/SOC-2/classify", "{\"classification\": \"SOCIAL\"}");
        assertProblem(refused, 409, "municipality", "no municipality", "POST /api/calls/SOC-2/municipality",
                "not classified as social");
        assertThat(centre.lastSequence()).as("nothing recorded").isEqualTo(before);
        assertThat(centre.read("/api/calls/SOC-2").at("/call/state").asText()).isEqualTo("ANSWERED");

        centre.write("/api/calls/SOC-2/municipality", "{\"code\": \"0125\"}", 200);
        JsonNode classified = centre.write("/api/calls/SOC-2/classify", "{\"classification\": \"SOCIAL\"}", 200);
        assertThat(classified.at("/followUps/0/step").asText()).isEqualTo("social.decision");
        assertThat(classified.at("/call/call/links/0/kind").asText()).isEqualTo("SOCIAL_DECISION");
    }

    @Test
    void aSocialCallReclassifiedAsCareGetsItsAssessmentAndKeepsItsDecisionAsHistory() {
        answered("RE-1", "+46707654324");
        centre.write("/api/calls/RE-1/municipality", "{\"code\": \"0125\"}", 200);
        centre.write("/api/calls/RE-1/classify", "{\"classification\": \"SOCIAL\"}", 200);
        long before = centre.lastSequence();
        assertProblem(centre.post("/api/calls/RE-1/reclassify", "{\"classification\": \"CARE\", \"closeFollowUps\": true}"),
                400, "reason");
        assertProblem(centre.post("/api/calls/RE-1/reclassify", "{\"classification\": \"CARE\", \"reason\": \"pills\"}"),
                400, "closeFollowUps");
        assertProblem(centre.post("/api/calls/RE-1/reclassify", "{\"classification\": \"CAR\", \"reason\": \"pills\","
                + " \"closeFollowUps\": true}"), 400, "classification", "CARE");
        assertThat(centre.lastSequence()).as("refusals record nothing").isEqualTo(before);

        JsonNode done = centre.write("/api/calls/RE-1/reclassify", "{\"classification\": \"CARE\","
                + " \"reason\": \"the caller has taken pills\", \"closeFollowUps\": true}", 200);

        assertThat(centre.typesAfter(before)).startsWith("calls.CallReclassified", "triage.AssessmentStarted");
        assertThat(done.at("/call/call/classification/classification").asText()).isEqualTo("CARE");
        assertThat(done.at("/call/call/classification/reason").asText()).isEqualTo("the caller has taken pills");
        assertThat(done.at("/call/call/classification/replaced/classification").asText()).isEqualTo("SOCIAL");
        assertThat(done.at("/call/call/links").findValuesAsText("kind"))
                .containsExactly("SOCIAL_DECISION", "TRIAGE_ASSESSMENT");
        assertThat(centre.read("/api/triage/assessments/RE-1").at("/assessment/openQuestions/0").asText())
                .isEqualTo("conscious");
    }

    @Test
    void aCareCallReclassifiedClosesOrKeepsItsIncidentAsTheOperatorChooses() {
        for (String callId : new String[] {"RE-2", "RE-3"}) {
            answered(callId, "+46701234567");
            ok(centre.postAnonymous("/api/aml/sms?sender=%2B46701234567", "text/plain", CallLocationApiTest.SMS_STOCKHOLM), 202);
            centre.write("/api/calls/" + callId + "/classify", "{\"classification\": \"CARE\"}", 200);
            centre.write("/api/triage/assessments/" + callId + "/answers",
                    "{\"answers\": {\"conscious\": false, \"breathing-normally\": false}}", 200);
            centre.write("/api/triage/assessments/" + callId + "/confirm", "{}", 200);
            assertThat(centre.read("/api/dispatch/incidents/INC-" + callId).toString()).contains("QUEUED");
        }

        JsonNode closed = centre.write("/api/calls/RE-2/reclassify", "{\"classification\": \"POLICE\","
                + " \"reason\": \"a fight, nobody hurt\", \"closeFollowUps\": true}", 200);
        JsonNode kept = centre.write("/api/calls/RE-3/reclassify", "{\"classification\": \"POLICE\","
                + " \"reason\": \"a fight, one hurt\", \"closeFollowUps\": false}", 200);

        assertThat(closed.at("/closedIncidents/0").asText()).isEqualTo("INC-RE-2");
        assertThat(centre.read("/api/dispatch/incidents/INC-RE-2").toString()).contains("CANCELLED");
        assertThat(centre.events()).filteredOn(e -> e.get("type").asText().equals("dispatch.IncidentCancelled"))
                .singleElement().satisfies(e -> assertThat(e.at("/payload/reason").asText())
                        .isEqualTo("call RE-2 reclassified as POLICE: a fight, nobody hurt"));
        assertThat(kept.at("/closedIncidents").size()).isZero();
        assertThat(centre.read("/api/dispatch/incidents/INC-RE-3").toString()).contains("QUEUED");
    }

    @Test
    void aDirectNumberCallIsRoutedForTheNumbersMunicipality() {
        centre.write("/api/calls", "{\"callId\": \"DIR-1\", \"dialled\": \"08-123 450 00\", \"municipality\": \"0125\"}", 201);
        centre.write("/api/calls/DIR-1/answer", "{}", 200);
        JsonNode classified = centre.write("/api/calls/DIR-1/classify", "{\"classification\": \"SOCIAL\"}", 200);
        assertThat(classified.at("/followUps/0/summary").asText()).contains("0125");
        JsonNode routed = centre.events().stream().filter(e -> e.get("type").asText().equals("social.CallRouted"))
                .findFirst().orElseThrow();
        assertThat(routed.at("/payload/channel").asText()).isEqualTo("DIRECT_NUMBER");
    }

    @Test
    void aForwardedSocialCallsRetryLinksTheRecordedDecisionNotANewRouting() {
        ok(centre.post("/api/social/jours", "{\"id\": \"ekero\", \"name\": \"Socialjour Ekerö\", \"number\": \"08-465 004 60\","
                + " \"hours\": \"kvällar och nätter\"}"), 201);
        ok(centre.post("/api/social/agreements", "{\"municipality\": \"0125\", \"jourId\": \"ekero\","
                + " \"kind\": \"BASIC\", \"validFrom\": \"2025-01-01\", \"forwardingNumber\": \"08-465 004 70\","
                + " \"answeredAroundTheClock\": true, \"outsideHours\": \"Talsvar.\"}"), 201);
        answered("FWD-1", "+46707654323");
        centre.write("/api/calls/FWD-1/municipality", "{\"code\": \"0125\"}", 200);
        JsonNode classified = centre.write("/api/calls/FWD-1/classify", "{\"classification\": \"SOCIAL\"}", 200);
        assertThat(classified.at("/followUps/0/summary").asText()).contains("0125", "FORWARD", "08-465 004 70");

        // The operator corrects the municipality afterwards: the router would now decide for 0180, not forward.
        centre.write("/api/calls/FWD-1/municipality", "{\"code\": \"0180\"}", 200);
        long before = centre.lastSequence();
        JsonNode retried = centre.write("/api/calls/FWD-1/follow-ups", "{}", 200);
        JsonNode followUp = retried.at("/followUps/0");
        assertThat(followUp.get("done").asText()).isEqualTo("ALREADY_PRESENT");
        assertThat(followUp.get("summary").asText()).contains("municipality 0125", "FORWARD to 08-465 004 70")
                .doesNotContain("0180");
        assertThat(centre.lastSequence()).as("the retry records nothing").isEqualTo(before);
        assertThat(centre.events()).filteredOn(e -> e.get("type").asText().equals("social.CallRouted")).hasSize(1);
    }
}
