package se.larmcentral.server.calls;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.connect.ConnectFailure;
import se.larmcentral.centre.connect.Connections;
import se.larmcentral.core.Actor;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.calls.CallsCentre.assertProblem;
import static se.larmcentral.server.calls.CallsCentre.ok;

/**
 * Koppla over the API: only an answered social call whose decision is to connect on may be connected on, once at a
 * time; the telephony's outcome (here recorded as the front would) is read back. Refusals record nothing.
 */
class ConnectApiTest {

    private static final Actor TELEPHONY = new Actor("telephony", Actor.Kind.INTEGRATION);

    @TempDir
    Path dir;

    private CallsCentre centre;

    @BeforeEach
    void start() {
        centre = new CallsCentre(dir, Instant.parse("2025-06-10T08:00:00Z"), CallsCentre.municipalities());
        ok(centre.post("/api/social/jours", "{\"id\": \"ekero\", \"name\": \"Socialjour Ekerö\", \"number\": \"08-465 004 60\","
                + " \"hours\": \"kvällar och nätter\"}"), 201);
        ok(centre.post("/api/social/agreements", "{\"municipality\": \"0125\", \"jourId\": \"ekero\","
                + " \"kind\": \"BASIC\", \"validFrom\": \"2025-01-01\", \"forwardingNumber\": \"08-465 004 70\","
                + " \"answeredAroundTheClock\": true, \"outsideHours\": \"Talsvar.\"}"), 201);
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    private void socialCall(String callId, String caller, String municipality) {
        centre.intake(callId, caller);
        centre.clock.advance(Duration.ofSeconds(5));
        centre.write("/api/calls/" + callId + "/answer", "{}", 200);
        centre.write("/api/calls/" + callId + "/municipality", "{\"code\": \"" + municipality + "\"}", 200);
        centre.write("/api/calls/" + callId + "/classify", "{\"classification\": \"SOCIAL\"}", 200);
    }

    @Test
    void aForwardedSocialCallIsConnectedOnToItsDecisionsNumberAndAFailureIsReadBackWithItsReason() {
        socialCall("FWD-1", "+46707654323", "0125");
        long before = centre.lastSequence();
        JsonNode asked = centre.write("/api/calls/FWD-1/connect", "{}", 202);
        assertThat(asked.get("state").asText()).isEqualTo("REQUESTED");
        assertThat(asked.at("/number/e164").asText()).isEqualTo("+46846500470");
        assertThat(centre.typesAfter(before)).containsExactly("centre.ConnectRequested");

        assertProblem(centre.post("/api/calls/FWD-1/connect", "{}"), 409, "callId", "already being connected to");

        centre.server.centre().execute(TELEPHONY, Connections.failed("FWD-1", ConnectFailure.BUSY,
                "+46846500470 is busy (486 Busy Here)").on(CentreState::connections));
        JsonNode failed = centre.read("/api/calls/FWD-1/connection");
        assertThat(failed.get("state").asText()).isEqualTo("FAILED");
        assertThat(failed.get("failure").asText()).isEqualTo("BUSY");
        assertThat(failed.get("reason").asText()).isEqualTo("+46846500470 is busy (486 Busy Here)");

        // the operator may try again after a failure
        assertThat(centre.write("/api/calls/FWD-1/connect", "{}", 202).get("state").asText()).isEqualTo("REQUESTED");
        centre.server.centre().execute(TELEPHONY, Connections.succeeded("FWD-1").on(CentreState::connections));
        assertThat(centre.read("/api/calls/FWD-1/connection").get("state").asText()).isEqualTo("CONNECTED");
        assertProblem(centre.post("/api/calls/FWD-1/connect", "{}"), 409, "callId", "already connected to 08-465 004 70");
    }

    @Test
    void aCallNotAnsweredOrWithoutADecisionToConnectOnIsRefusedAndNothingIsRecorded() {
        centre.intake("Q-1", "+46701111111");
        long before = centre.lastSequence();
        assertProblem(centre.post("/api/calls/Q-1/connect", "{}"), 409, "callId", "QUEUED", "answered");
        assertProblem(centre.post("/api/calls/NOPE/connect", "{}"), 404, "callId", "NOPE");

        centre.write("/api/calls/Q-1/answer", "{}", 200);
        assertProblem(centre.post("/api/calls/Q-1/connect", "{}"), 409, "decision", "no social decision");

        socialCall("NA-1", "+46702222222", "0127"); // Botkyrka: no agreement here
        assertProblem(centre.post("/api/calls/NA-1/connect", "{}"), 409, "decision", "NOT_AVAILABLE", "no number");
        assertThat(centre.typesAfter(before)).doesNotContain("centre.ConnectRequested");
        assertProblem(centre.get("/api/calls/NA-1/connection"), 404, "callId", "no connecting-on");
    }

    @Test
    void consultFirstThenKopplaNuOrAvbrytOverTheApiAndRefusalsRecordNothing() {
        socialCall("CON-1", "+46707654324", "0125");
        long before = centre.lastSequence();
        assertProblem(centre.post("/api/calls/CON-1/consult/complete", "{}"), 409, "callId", "no consultation");
        assertProblem(centre.post("/api/calls/CON-1/consult/cancel", "{}"), 409, "callId", "no consultation under way");
        assertProblem(centre.post("/api/calls/NOPE/consult", "{}"), 404, "callId", "NOPE");
        assertThat(centre.typesAfter(before)).isEmpty();

        JsonNode asked = centre.write("/api/calls/CON-1/consult", "{}", 202);
        assertThat(asked.get("state").asText()).isEqualTo("REQUESTED");
        assertThat(asked.get("attended").asBoolean()).isTrue();
        assertThat(centre.typesAfter(before)).containsExactly("centre.ConsultStarted");
        assertProblem(centre.post("/api/calls/CON-1/connect", "{}"), 409, "callId", "already being connected to");
        assertProblem(centre.post("/api/calls/CON-1/consult/complete", "{}"), 409, "callId", "wait for the number to answer");

        assertThat(centre.write("/api/calls/CON-1/consult/cancel", "{}", 200).get("state").asText()).isEqualTo("CANCELLED");
        assertThat(centre.read("/api/calls/CON-1/connection").get("state").asText()).isEqualTo("CANCELLED");

        // consulted again: the number answers, then Koppla nu; connected once the telephony has joined them
        centre.write("/api/calls/CON-1/consult", "{}", 202);
        centre.server.centre().execute(TELEPHONY, Connections.consultAnswered("CON-1").on(CentreState::connections));
        assertThat(centre.read("/api/calls/CON-1/connection").get("state").asText()).isEqualTo("CONSULTING");
        assertThat(centre.write("/api/calls/CON-1/consult/complete", "{}", 202).get("state").asText()).isEqualTo("COMPLETING");
        assertProblem(centre.post("/api/calls/CON-1/consult/cancel", "{}"), 409, "callId", "no consultation under way");
        centre.server.centre().execute(TELEPHONY, Connections.succeeded("CON-1").on(CentreState::connections));
        JsonNode done = centre.read("/api/calls/CON-1/connection");
        assertThat(done.get("state").asText()).isEqualTo("CONNECTED");
        assertThat(done.get("attended").asBoolean()).isTrue();
        assertThat(centre.typesAfter(before)).containsExactly("centre.ConsultStarted", "centre.ConsultCancelled",
                "centre.ConsultStarted", "centre.ConsultAnswered", "centre.ConsultCompleted", "centre.ConnectSucceeded");
    }
}
