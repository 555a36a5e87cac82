package se.larmcentral.server.calls;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.calls.CallsCentre.assertProblem;

class CallLifecycleApiTest {

    private static final Instant START = Instant.parse("2025-06-10T08:00:00Z");

    @TempDir
    Path dir;

    private CallsCentre centre;

    @BeforeEach
    void start() {
        centre = new CallsCentre(dir, START);
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    @Test
    void aCallGoesThroughItsWholeLifeAndEveryStepIsAnEventWithInstantAndOperator() {
        long before = centre.lastSequence();
        JsonNode queued = centre.intake("C-1", "070-123 45 67");
        assertThat(queued.at("/update/state").asText()).isEqualTo("QUEUED");
        assertThat(queued.at("/call/call/callerNumber/e164").asText()).isEqualTo("+46701234567");
        assertThat(queued.at("/call/line").asText()).isEqualTo("112");

        centre.clock.advance(Duration.ofSeconds(6));
        JsonNode answered = centre.write("/api/calls/C-1/answer", "{}", 200);
        assertThat(answered.at("/update/state").asText()).isEqualTo("ANSWERED");
        assertThat(answered.at("/call/answerSeconds").asDouble()).isEqualTo(6.0);

        centre.clock.advance(Duration.ofSeconds(20));
        JsonNode classified = centre.write("/api/calls/C-1/classify", "{\"classification\": \"POLICE\", \"note\": \"burglary\"}", 200);
        assertThat(classified.at("/classification/state").asText()).isEqualTo("CLASSIFIED");
        assertThat(classified.get("followUps")).isEmpty();
        centre.write("/api/calls/C-1/handled", "{\"outcome\": \"connected to the police\"}", 200);
        JsonNode closed = centre.write("/api/calls/C-1/close", "{}", 200);
        assertThat(closed.at("/update/state").asText()).isEqualTo("CLOSED");

        JsonNode call = centre.read("/api/calls/C-1").get("call");
        assertThat(call.get("transitions")).hasSize(5);
        for (JsonNode transition : call.get("transitions")) {
            assertThat(transition.get("operator").asText()).isEqualTo("operator-7");
        }
        assertThat(call.at("/transitions/1/at").asText()).isEqualTo("2025-06-10T08:00:06Z");
        assertThat(call.at("/classification/classification").asText()).isEqualTo("POLICE");
        assertThat(call.get("outcome").asText()).isEqualTo("connected to the police");

        List<JsonNode> events = centre.events().stream().filter(e -> e.get("sequence").asLong() > before).toList();
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("calls.CallQueued",
                "calls.CallAnswered", "calls.CallClassified", "calls.CallHandled", "calls.CallClosed");
        assertThat(events).allSatisfy(e -> assertThat(e.get("actor").asText()).isEqualTo("operator-7"));
        assertThat(events.get(1).at("/payload/at").asText()).isEqualTo("2025-06-10T08:00:06Z");
    }

    @Test
    void aSecondIntakeWithTheSameCallIdIsIdempotentAndOtherContentIsRefused() {
        String intake = "{\"callId\": \"C-2\", \"dialled\": \"112\", \"callerNumber\": \"+46701234567\","
                + " \"queuedAt\": \"2025-06-10T10:00:00+02:00\"}";
        centre.write("/api/calls", intake, 201);
        long after = centre.lastSequence();
        JsonNode again = centre.write("/api/calls", intake, 200);
        assertThat(again.at("/update/recorded").asBoolean()).isFalse();
        assertThat(again.at("/update/state").asText()).isEqualTo("QUEUED");
        assertProblem(centre.post("/api/calls", intake.replace("+46701234567", "+46701234568")), 409, "callId",
                "already taken in with other content", "callerNumber");
        assertThat(centre.lastSequence()).isEqualTo(after);
    }

    @Test
    void aRetriedIntakeWithoutQueuedAtIsIdempotent() {
        String intake = "{\"callId\": \"C-6\", \"dialled\": \"112\", \"callerNumber\": \"+46701234567\"}";
        centre.write("/api/calls", intake, 201);
        long after = centre.lastSequence();
        centre.clock.advance(Duration.ofSeconds(2));
        JsonNode again = centre.write("/api/calls", intake, 200);
        assertThat(again.at("/update/recorded").asBoolean()).isFalse();
        assertThat(again.at("/call/call/queuedAt").asText()).isEqualTo("2025-06-10T08:00:00Z");
        assertThat(centre.lastSequence()).isEqualTo(after);
    }

    @Test
    void anIntakeTakesThePositionIfKnownInTheSameDecision() {
        long before = centre.lastSequence();
        String intake = "{\"callId\": \"P-1\", \"dialled\": \"112\", \"callerNumber\": \"+46701234567\","
                + " \"position\": {\"lat\": 59.33, \"lon\": 18.06, \"uncertaintyMetres\": 30, \"source\": \"PIDF_LO\"}}";
        JsonNode queued = centre.write("/api/calls", intake, 201);
        assertThat(queued.at("/call/call/position/reported/0/position/point/lat").asDouble()).isEqualTo(59.33);
        assertThat(queued.at("/call/call/position/reported/0/position/uncertaintyMetres").asDouble()).isEqualTo(30.0);
        assertThat(queued.at("/call/call/position/reported/0/position/source").asText()).isEqualTo("PIDF_LO");
        List<JsonNode> events = centre.events().stream().filter(e -> e.get("sequence").asLong() > before).toList();
        assertThat(events).extracting(e -> e.get("type").asText())
                .containsExactly("calls.CallQueued", "calls.PositionReported");
        long after = centre.lastSequence();

        assertThat(centre.write("/api/calls", intake, 200).at("/update/recorded").asBoolean()).isFalse();
        assertProblem(centre.post("/api/calls", intake.replace("18.06", "18.07")), 409, "callId", "position");
        assertProblem(centre.post("/api/calls", intake.replace("P-1", "P-2").replace("\"lat\": 59.33, ", "")), 400,
                "position.lat");
        assertProblem(centre.post("/api/calls", intake.replace("P-1", "P-2").replace("PIDF_LO", "RADIO")), 400,
                "position.source");
        assertProblem(centre.post("/api/calls", intake.replace("P-1", "P-2").replace("30", "-3")), 400,
                "position.uncertaintyMetres");
        assertThat(centre.lastSequence()).isEqualTo(after);
    }

    @Test
    void transitionsOutOfOrderAreRefusedNamingTheCallsState() {
        centre.intake("C-3", "+46701234567");
        long after = centre.lastSequence();
        assertProblem(centre.post("/api/calls/C-3/classify", "{\"classification\": \"CARE\"}"), 409, "state", "QUEUED");
        assertProblem(centre.post("/api/calls/C-3/close", "{}"), 409, "state", "QUEUED");
        assertThat(centre.lastSequence()).isEqualTo(after);

        centre.write("/api/calls/C-3/answer", "{}", 200);
        // the same operator again is a retry (their earlier answer, nothing recorded); a colleague is refused
        assertThat(centre.write("/api/calls/C-3/answer", "{}", 200).at("/update/recorded").asBoolean()).isFalse();
        String colleague = se.larmcentral.server.TestAccounts.tokenFor(centre.server, "colleague",
                java.util.Set.of(se.larmcentral.centre.accounts.Role.CALL_TAKER), java.util.Set.of(), null);
        assertProblem(centre.postAs(colleague, "/api/calls/C-3/answer", "{}"), 409, "state", "ANSWERED");
        assertProblem(centre.post("/api/calls/C-3/abandon", "{}"), 409, "state", "ANSWERED");
        centre.write("/api/calls/C-3/classify", "{\"classification\": \"NOT_AN_EMERGENCY\"}", 200);
        long classified = centre.lastSequence();
        assertProblem(centre.post("/api/calls/C-3/classify", "{\"classification\": \"POLICE\"}"), 409, "state", "CLASSIFIED");
        assertThat(centre.lastSequence()).isEqualTo(classified);

        assertProblem(centre.post("/api/calls/NOPE/answer", "{}"), 404, "callId", "NOPE");
    }

    @Test
    void anAbandonedCallIsRecordedWithItsWait() {
        centre.intake("C-4", "+46701234567");
        centre.clock.advance(Duration.ofSeconds(41));
        JsonNode abandoned = centre.write("/api/calls/C-4/abandon", "{}", 200);
        assertThat(abandoned.at("/update/state").asText()).isEqualTo("ABANDONED");
        assertThat(abandoned.at("/call/waitSeconds").asDouble()).isEqualTo(41.0);
        assertThat(abandoned.at("/call/answerSeconds").isNull()).isTrue();
        assertProblem(centre.post("/api/calls/C-4/answer", "{}"), 409, "state", "ABANDONED");
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        long before = centre.lastSequence();
        assertProblem(centre.post("/api/calls", "{\"callId\": \"C-5\", \"dialled\": \"112\", \"callerNumber\": \"12\"}"),
                400, "callerNumber");
        assertProblem(centre.post("/api/calls", "{\"callId\": \"C-5\", \"dialled\": \"08-123 456 78\"}"), 400, "dialled",
                "name the municipality");
        assertProblem(centre.post("/api/calls", "{\"callId\": \"C-5\", \"dialled\": \"112\", \"queuedAt\": \"10:00\"}"),
                400, "queuedAt");
        assertProblem(centre.post("/api/calls", "{\"callId\": \"C-5\", \"dialled\": \"112\", \"queuedAt\": \""
                + START.plus(Duration.ofMinutes(5)) + "\"}"), 400, "queuedAt", "after now");
        assertProblem(centre.post("/api/calls", "{\"callId\": \"C-5\", \"dialed\": \"112\"}"), 400, "dialed");
        assertThat(centre.lastSequence()).isEqualTo(before);

        centre.intake("C-5", "+46701234567");
        centre.write("/api/calls/C-5/answer", "{}", 200);
        long answered = centre.lastSequence();
        assertProblem(centre.post("/api/calls/C-5/classify", "{\"classification\": \"AMBULANCE\"}"), 400,
                "classification", "CARE", "SOCIAL");
        assertProblem(centre.post("/api/calls/C-5/classify", "{\"classification\": \"CRISIS_INFORMATION_113_13\"}"), 400,
                "crisisTopic");
        assertProblem(centre.post("/api/calls/C-5/municipality", "{\"code\": \"9999\"}"), 404, "code");
        assertThat(centre.lastSequence()).isEqualTo(answered);
    }

    @Test
    void theQueueListsWaitingCallersLongestFirstWithTheirWaitingTimes() {
        centre.intake("Q-1", "+46701111111");
        centre.clock.advance(Duration.ofSeconds(4));
        centre.intake("Q-2", "+46702222222");
        centre.clock.advance(Duration.ofSeconds(3));
        centre.intake("Q-3", "+46703333333");
        centre.write("/api/calls/Q-2/answer", "{}", 200);
        centre.clock.advance(Duration.ofSeconds(2));

        JsonNode queue = centre.read("/api/calls/queue");
        assertThat(queue.get("waiting").asInt()).isEqualTo(2);
        assertThat(queue.at("/calls/0/callId").asText()).isEqualTo("Q-1");
        assertThat(queue.at("/calls/0/waitSeconds").asDouble()).isEqualTo(9.0);
        assertThat(queue.at("/calls/1/callId").asText()).isEqualTo("Q-3");
        assertThat(queue.at("/calls/1/waitSeconds").asDouble()).isEqualTo(2.0);
    }

    @Test
    void aDirectNumberCallCarriesItsMunicipality() {
        JsonNode queued = centre.write("/api/calls", "{\"callId\": \"D-1\", \"dialled\": \"08-508 000 00\","
                + " \"municipality\": \"0180\"}", 201);
        assertThat(queued.at("/call/municipalityCode").asText()).isEqualTo("0180");
        assertThat(queued.at("/call/call/callerNumber").isNull()).isTrue();
    }

    @Test
    void municipalityCodesAreCheckedAgainstTheRegisterNamingTheField() {
        long before = centre.lastSequence();
        assertProblem(centre.post("/api/calls", "{\"callId\": \"M-1\", \"dialled\": \"08-508 000 00\","
                + " \"municipality\": \"9999\"}"), 400, "municipality", "9999", "register");
        assertThat(centre.lastSequence()).isEqualTo(before);

        centre.intake("M-2", "+46701234567");
        centre.write("/api/calls/M-2/answer", "{}", 200);
        long answered = centre.lastSequence();
        assertProblem(centre.post("/api/calls/M-2/municipality", "{\"code\": \"9999\", \"name\": \"Nowhere\"}"),
                404, "code", "9999");
        assertThat(centre.lastSequence()).isEqualTo(answered);
        JsonNode chosen = centre.write("/api/calls/M-2/municipality", "{\"code\": \"0125\"}", 200);
        assertThat(chosen.at("/call/call/position/chosen/name").asText()).isEqualTo("Ekerö");
    }

    @Test
    void aKnownDirectNumberGivesItsMunicipalityAndAConflictingCodeIsRefused() {
        centre.write("/api/social/direct-numbers", "{\"number\": \"08-465 004 95\", \"municipality\": \"0125\"}", 201);
        JsonNode queued = centre.write("/api/calls", "{\"callId\": \"DN-1\", \"dialled\": \"08-465 004 95\"}", 201);
        assertThat(queued.at("/call/municipalityCode").asText()).isEqualTo("0125");
        assertThat(queued.at("/call/line").asText()).contains("0125");

        long before = centre.lastSequence();
        assertProblem(centre.post("/api/calls", "{\"callId\": \"DN-2\", \"dialled\": \"08-465 004 95\","
                + " \"municipality\": \"0180\"}"), 400, "municipality", "0180", "0125");
        assertThat(centre.lastSequence()).isEqualTo(before);
        centre.write("/api/calls", "{\"callId\": \"DN-3\", \"dialled\": \"+46846500495\", \"municipality\": \"0125\"}", 201);
    }
}
