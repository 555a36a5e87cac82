package se.larmcentral.server.crisis;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.calls.CallsCentre;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.calls.CallsCentre.assertProblem;

/** A supervisor declares, amends and ends a major incident over HTTP; calls from its area carry its mark. */
class MajorIncidentApiTest {

    static final Instant T0 = Instant.parse("2026-12-07T18:00:00Z");
    static final String POLYGON = "[{\"lat\": 59.305, \"lon\": 18.02}, {\"lat\": 59.305, \"lon\": 18.11},"
            + " {\"lat\": 59.325, \"lon\": 18.11}, {\"lat\": 59.325, \"lon\": 18.02}]";
    static final String FIRE = "{\"type\": \"fire\", \"municipalities\": [\"0184\"], \"polygon\": " + POLYGON + ","
            + " \"expectedEnd\": \"2026-12-08T01:00:00+01:00\", \"callTakerText\": \"Brand i Hammarby sjöstad, rökutveckling\","
            + " \"callerText\": \"Vi har många samtal om branden i Hammarby sjöstad.\"}";

    @TempDir
    Path dir;

    private CallsCentre centre;

    @BeforeEach
    void start() {
        centre = new CallsCentre(dir, T0);
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    @Test
    void aDeclaredIncidentMarksCallsFromItsAreaUntilItEnds() {
        JsonNode declared = centre.write("/api/major-incidents", FIRE, 201);
        assertThat(declared.get("id").asText()).isEqualTo("major-1");
        assertThat(declared.get("typeName").asText()).isEqualTo("Brand");
        assertThat(declared.get("active").asBoolean()).isTrue();
        assertThat(declared.get("start").asText()).isEqualTo(T0.toString());
        assertThat(centre.read("/api/major-incidents").get("incidents").findValuesAsText("id")).containsExactly("major-1");

        centre.write("/api/calls", "{\"callId\": \"M-1\", \"dialled\": \"112\", \"callerNumber\": \"+46701234567\","
                + " \"position\": {\"lat\": 59.315, \"lon\": 18.07, \"uncertaintyMetres\": 25, \"source\": \"AML_SMS\"}}", 201);
        centre.write("/api/calls", "{\"callId\": \"M-2\", \"dialled\": \"112\", \"callerNumber\": \"+46701234568\","
                + " \"position\": {\"lat\": 59.36, \"lon\": 17.95, \"uncertaintyMetres\": 25, \"source\": \"AML_SMS\"}}", 201);
        assertThat(centre.read("/api/calls/M-1").get("majorIncidents").get(0).asText()).isEqualTo("major-1");
        assertThat(centre.read("/api/calls/M-2").get("majorIncidents")).isEmpty();
        JsonNode queue = centre.read("/api/calls/queue");
        assertThat(queue.at("/calls/0/callId").asText()).isEqualTo("M-1");
        assertThat(queue.at("/calls/0/majorIncidents/0").asText()).isEqualTo("major-1");
        assertThat(queue.at("/calls/1/majorIncidents")).isEmpty();
        assertThat(centre.read("/api/major-incidents/major-1").get("markedCalls").asInt()).isEqualTo(1);

        JsonNode daily = centre.read("/api/calls/figures/daily?from=2026-12-07&to=2026-12-07");
        assertThat(daily.at("/periods/0/calls").asInt()).isEqualTo(2);
        assertThat(daily.at("/majorIncidentPeriods/0/calls").asInt()).isEqualTo(1);
        assertThat(daily.at("/otherPeriods/0/calls").asInt()).isEqualTo(1);

        centre.clock.advance(Duration.ofMinutes(30));
        JsonNode amended = centre.write("/api/major-incidents/major-1/amend", "{\"callerText\": \"Branden i Hammarby"
                + " sjöstad är under kontroll.\", \"reason\": \"läget lugnare\"}", 200);
        assertThat(amended.get("callerText").asText()).isEqualTo("Branden i Hammarby sjöstad är under kontroll.");
        assertThat(amended.get("municipalities").get(0).asText()).isEqualTo("0184");
        JsonNode ended = centre.write("/api/major-incidents/major-1/end", "{\"reason\": \"släckt\"}", 200);
        assertThat(ended.get("active").asBoolean()).isFalse();
        assertProblem(centre.post("/api/major-incidents/major-1/end", "{}"), 409, "incidentId", "ended at");
        assertProblem(centre.post("/api/major-incidents/major-9/end", "{}"), 404, "incidentId");
        assertThat(centre.read("/api/major-incidents").get("incidents")).isEmpty();
        assertThat(centre.read("/api/major-incidents?ended=true").get("incidents").findValuesAsText("id"))
                .containsExactly("major-1");

        JsonNode audit = centre.read("/api/audit?subject=major-incidents");
        assertThat(audit.get("entries").findValuesAsText("event")).containsExactly("crisis.MajorIncidentDeclared",
                "crisis.MajorIncidentAmended", "crisis.MajorIncidentEnded");
    }

    @Test
    void badDeclarationsNameTheFieldAndStoreNothing() {
        long before = centre.lastSequence();
        assertProblem(centre.post("/api/major-incidents", FIRE.replace("[\"0184\"]", "[]").replace(POLYGON, "[]")),
                400, "area", "is empty");
        assertProblem(centre.post("/api/major-incidents", FIRE.replace("2026-12-08T01:00:00+01:00",
                "2026-12-07T18:00:00+01:00")), 400, "expectedEnd");
        assertProblem(centre.post("/api/major-incidents", FIRE.replace("\"fire\"", "\"flood\"")), 400, "type",
                "TRAFFIC_ACCIDENT");
        assertProblem(centre.post("/api/major-incidents", FIRE.replace("2026-12-08T01:00:00+01:00", "tomorrow")),
                400, "expectedEnd");
        assertProblem(centre.post("/api/major-incidents", FIRE.replace("\"lat\": 59.305, \"lon\": 18.02",
                "\"lat\": 99, \"lon\": 18.02")), 400, "lat");
        assertThat(centre.lastSequence()).isEqualTo(before);
    }
}
