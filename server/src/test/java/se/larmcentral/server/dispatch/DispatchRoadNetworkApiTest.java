package se.larmcentral.server.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.dispatch.DispatchCentre.assertProblem;

/** The dispatch API of a demo centre routing on the inner-Stockholm road network. */
class DispatchRoadNetworkApiTest {

    /** Odenplan, inner Stockholm. */
    private static final String ODENPLAN = "{\"lat\": 59.3428, \"lon\": 18.0496}";
    /** Uppsala: far outside the inner-Stockholm extract. */
    private static final String UPPSALA = "{\"lat\": 59.8586, \"lon\": 17.6389}";

    /** Inside the inner-Stockholm extract's area, about 600 m from the nearest road. */
    private static final String FAR_FROM_ROADS = "{\"lat\": 59.29, \"lon\": 18.15}";

    @TempDir
    Path dir;

    private DispatchCentre centre;

    @BeforeEach
    void start() {
        centre = new DispatchCentre(dir, DispatchCentre.roadNetwork());
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    @Test
    void anIncidentIsRecommendedAssignedAndFollowedThroughEveryStatusInTheJournal() {
        JsonNode incident = centre.write("/api/dispatch/incidents",
                "{\"incidentId\": \"INC-1\", \"position\": " + ODENPLAN + ", \"priority\": 1}", 201);
        assertThat(incident.get("status").asText()).isEqualTo("QUEUED");
        assertThat(incident.get("neededType").asText()).isEqualTo("AMBULANCE");

        JsonNode recommendation = centre.read("/api/dispatch/incidents/INC-1/recommendation");
        assertThat(recommendation.get("travelEstimated").asBoolean()).isFalse();
        assertThat(recommendation.get("travelMethod").asText()).contains("road network");
        JsonNode candidates = recommendation.get("candidates");
        assertThat(candidates.size()).isGreaterThan(3);
        List<Duration> estimates = new ArrayList<>();
        candidates.forEach(c -> estimates.add(Duration.parse(c.get("estimate").asText())));
        assertThat(estimates).isSorted();
        JsonNode best = candidates.get(0);
        assertThat(best.get("rank").asInt()).isEqualTo(1);
        assertThat(best.get("travelEstimated").asBoolean()).isFalse();
        assertThat(best.get("explanation").asText()).contains("by road").contains("to get going");
        List<JsonNode> estimated = new ArrayList<>();
        candidates.forEach(c -> {
            if (c.get("travelEstimated").asBoolean()) {
                estimated.add(c);
            }
        });
        assertThat(estimated).as("units at stations outside the inner-city extract").isNotEmpty()
                .allSatisfy(c -> assertThat(c.get("explanation").asText())
                        .contains("ESTIMATED from straight-line distance: the road network does not cover this leg"));
        assertThat(recommendation.get("travelMethod").asText()).contains("lie outside the road network of");
        String unit = best.get("unitId").asText();

        JsonNode assignment = centre.write("/api/dispatch/incidents/INC-1/assign", "{\"unitId\": \"" + unit + "\"}", 200);
        assertThat(assignment.get("kind").asText()).isEqualTo("AVAILABLE_AT_STATION");
        for (String status : List.of("ACKNOWLEDGED", "EN_ROUTE", "ON_SCENE")) {
            assertThat(centre.write("/api/dispatch/units/" + unit + "/status", "{\"status\": \"" + status + "\"}", 200)
                    .get("to").asText()).isEqualTo(status);
        }
        centre.write("/api/dispatch/incidents/INC-1/at-patient", "{\"unitId\": \"" + unit + "\"}", 200);
        for (String status : List.of("TRANSPORT", "AT_HOSPITAL", "CLEAR")) {
            centre.write("/api/dispatch/units/" + unit + "/status", "{\"status\": \"" + status + "\"}", 200);
        }

        List<String> seen = new ArrayList<>();
        for (JsonNode event : centre.events()) {
            JsonNode payload = event.get("payload");
            if (event.get("type").asText().equals("dispatch.UnitAssigned") && payload.get("unitId").asText().equals(unit)) {
                seen.add("ALERTED");
                assertThat(event.get("actor").asText()).isEqualTo("operator-7");
            } else if (event.get("type").asText().equals("dispatch.UnitStatusChanged") && payload.get("unitId").asText().equals(unit)) {
                seen.add(payload.get("to").asText());
                assertThat(payload.get("incidentId").asText()).isEqualTo("INC-1");
            }
        }
        assertThat(seen).containsExactly("ALERTED", "ACKNOWLEDGED", "EN_ROUTE", "ON_SCENE", "TRANSPORT", "AT_HOSPITAL", "CLEAR");

        JsonNode closed = centre.read("/api/dispatch/incidents/INC-1");
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("times").fieldNames()).toIterable().contains("QUEUED", "UNIT_ALERTED", "ACKNOWLEDGED",
                "EN_ROUTE", "ON_SCENE", "AT_PATIENT", "LEFT_SCENE", "AT_DESTINATION", "HANDOVER_COMPLETE", "AVAILABLE");
        assertThat(closed.get("responseTime").isNull()).isFalse();
        JsonNode fleetUnit = centre.read("/api/dispatch/units/" + unit);
        assertThat(fleetUnit.get("status").asText()).isEqualTo("CLEAR");
    }

    @Test
    void anIllegalStatusChangeIsRefusedNamingTheCurrentAndAllowedStatusesAndStoresNothing() {
        String unit = freeUnit();
        int before = centre.events().size();
        assertProblem(centre.post("/api/dispatch/units/" + unit + "/status", "{\"status\": \"ON_SCENE\"}"),
                409, null, "AVAILABLE_AT_STATION");
        assertThat(centre.post("/api/dispatch/units/" + unit + "/status", "{\"status\": \"TRANSPORT\"}").body())
                .contains("AVAILABLE_MOBILE").contains("OUT_OF_SERVICE");
        assertProblem(centre.post("/api/dispatch/units/" + unit + "/status", "{\"status\": \"PARKED\"}"),
                400, "status", "PARKED");
        assertThat(centre.events()).hasSize(before);
        assertThat(centre.read("/api/dispatch/units/" + unit).get("status").asText()).isEqualTo("AVAILABLE_AT_STATION");
    }

    @Test
    void unknownUnitsAndIncidentsAreNotFound() {
        centre.write("/api/dispatch/incidents", "{\"incidentId\": \"INC-2\", \"position\": " + ODENPLAN + ", \"priority\": 2}", 201);
        int before = centre.events().size();
        assertProblem(centre.post("/api/dispatch/units/AMB-999/status", "{\"status\": \"ACKNOWLEDGED\"}"), 404, "unitId", "AMB-999");
        assertProblem(centre.post("/api/dispatch/incidents/INC-2/assign", "{\"unitId\": \"AMB-999\"}"), 404, "unitId", "AMB-999");
        assertProblem(centre.post("/api/dispatch/incidents/INC-404/assign", "{\"unitId\": \"" + freeUnit() + "\"}"),
                404, "incidentId", "INC-404");
        assertProblem(centre.get("/api/dispatch/units/AMB-999"), 404, "unitId", "AMB-999");
        assertProblem(centre.get("/api/dispatch/incidents/INC-404/recommendation"), 404, "incidentId", "INC-404");
        assertThat(centre.events()).hasSize(before);
    }

    @Test
    void assigningTheSameUnitTwiceIsAConflict() {
        centre.write("/api/dispatch/incidents", "{\"incidentId\": \"INC-3\", \"position\": " + ODENPLAN + ", \"priority\": 1}", 201);
        String unit = freeUnit();
        centre.write("/api/dispatch/incidents/INC-3/assign", "{\"unitId\": \"" + unit + "\"}", 200);
        int before = centre.events().size();
        assertProblem(centre.post("/api/dispatch/incidents/INC-3/assign", "{\"unitId\": \"" + unit + "\"}"),
                409, "unitId", "already assigned");
        assertThat(centre.events()).hasSize(before);
        assertThat(centre.read("/api/dispatch/incidents/INC-3").get("unitIds")).hasSize(1);
    }

    @Test
    void aPositionInsideTheExtractButFarFromAnyRoadIsRefusedNamingTheFieldAndStoresNothing() {
        int before = centre.events().size();
        assertProblem(centre.post("/api/dispatch/incidents", "{\"incidentId\": \"INC-4\", \"position\": " + FAR_FROM_ROADS
                + ", \"priority\": 1}"), 400, "position", "from the nearest drivable road");
        assertProblem(centre.get("/api/dispatch/recommendation?at=59.29,18.15&priority=1"), 400, "at", "(geo.maxSnapMetres)");
        assertProblem(centre.get("/api/dispatch/hospital?from=59.29,18.15"), 400, "from", "from the nearest drivable road");
        assertThat(centre.events()).hasSize(before);
        assertProblem(centre.get("/api/dispatch/incidents/INC-4"), 404, "incidentId", "INC-4");
    }

    @Test
    void anIncidentOutsideTheExtractIsAcceptedWithEstimatedTravelTimesInsteadOfRefused() {
        centre.write("/api/dispatch/incidents", "{\"incidentId\": \"INC-U\", \"position\": " + UPPSALA
                + ", \"priority\": 1}", 201);
        JsonNode recommendation = centre.read("/api/dispatch/incidents/INC-U/recommendation");
        assertThat(recommendation.get("travelEstimated").asBoolean()).isTrue();
        assertThat(recommendation.get("travelMethod").asText()).startsWith("estimated").contains("the destination lies outside");
        assertThat(recommendation.get("candidates").size()).isGreaterThan(10);
        assertThat(centre.read("/api/dispatch/hospital?from=59.8586,17.6389").get("travelEstimated").asBoolean()).isTrue();
    }

    @Test
    void badIncidentInputNamesTheField() {
        int before = centre.events().size();
        assertProblem(centre.post("/api/dispatch/incidents", "{\"position\": " + ODENPLAN + ", \"priority\": 7}"),
                400, "priority", "1, 2, 3 or 4");
        assertProblem(centre.post("/api/dispatch/incidents", "{\"position\": " + ODENPLAN
                + ", \"priority\": 1, \"neededType\": \"TAXI\"}"), 400, "neededType", "TAXI");
        assertProblem(centre.post("/api/dispatch/incidents", "{\"priority\": 1}"), 400, "position", "missing");
        assertProblem(centre.post("/api/dispatch/incidents", "{\"position\": {\"lat\": 95, \"lon\": 18}, \"priority\": 1}"),
                400, "lat", "latitude");
        assertProblem(centre.get("/api/dispatch/recommendation?at=59.34&priority=1"), 400, "at", "LAT,LON");
        assertProblem(centre.get("/api/dispatch/recommendation?at=59.3428,18.0496&priority=high"), 400, "priority", "high");
        assertProblem(centre.get("/api/dispatch/recommendation?at=59.3428,18.0496&priority=1&type=BUS"), 400, "type", "BUS");
        assertThat(centre.events()).hasSize(before);
    }

    @Test
    void aStalePositionIsUsedButMarked() {
        String unit = freeUnit();
        centre.write("/api/dispatch/units/" + unit + "/status", "{\"status\": \"AVAILABLE_MOBILE\"}", 200);
        String observed = centre.clock.instant().minus(Duration.ofMinutes(10)).toString();
        JsonNode receipt = centre.write("/api/dispatch/units/" + unit + "/position",
                "{\"position\": {\"lat\": 59.3364, \"lon\": 18.0635}, \"observedAt\": \"" + observed + "\"}", 200);
        assertThat(receipt.get("accepted").asBoolean()).isTrue();

        JsonNode candidates = centre.read("/api/dispatch/recommendation?at=59.3428,18.0496&priority=1").get("candidates");
        JsonNode mobile = null;
        for (JsonNode candidate : candidates) {
            if (candidate.get("unitId").asText().equals(unit)) {
                mobile = candidate;
            }
        }
        assertThat(mobile).as("candidate %s in %s", unit, candidates).isNotNull();
        assertThat(mobile.get("kind").asText()).isEqualTo("AVAILABLE_MOBILE");
        assertThat(mobile.get("positionStale").asBoolean()).isTrue();
        assertThat(Duration.parse(mobile.get("positionAge").asText())).isEqualTo(Duration.ofMinutes(10));
        assertThat(mobile.get("explanation").asText()).contains("stale");
        assertThat(mobile.get("origin").get("lat").asDouble()).isEqualTo(59.3364);
    }

    @Test
    void aUnitOnItsWayToAPriorityTwoIsRedirectedToANewPriorityOneAndTheOldCaseRequeues() {
        centre.write("/api/dispatch/incidents", "{\"incidentId\": \"INC-P2\", \"position\": " + ODENPLAN + ", \"priority\": 2}", 201);
        String unit = freeUnit();
        centre.write("/api/dispatch/incidents/INC-P2/assign", "{\"unitId\": \"" + unit + "\"}", 200);
        centre.write("/api/dispatch/units/" + unit + "/status", "{\"status\": \"ACKNOWLEDGED\"}", 200);
        centre.write("/api/dispatch/units/" + unit + "/status", "{\"status\": \"EN_ROUTE\"}", 200);
        centre.write("/api/dispatch/units/" + unit + "/position", "{\"position\": {\"lat\": 59.3400, \"lon\": 18.0550}, \"observedAt\": \""
                + centre.clock.instant() + "\"}", 200);
        centre.write("/api/dispatch/incidents", "{\"incidentId\": \"INC-P1\", \"position\": {\"lat\": 59.3390, \"lon\": 18.0580},"
                + " \"priority\": 1}", 201);

        JsonNode candidates = centre.read("/api/dispatch/incidents/INC-P1/recommendation").get("candidates");
        JsonNode redirection = null;
        for (JsonNode candidate : candidates) {
            if (candidate.get("unitId").asText().equals(unit)) {
                redirection = candidate;
            }
        }
        assertThat(redirection).isNotNull();
        assertThat(redirection.get("kind").asText()).isEqualTo("REDIRECTION");
        assertThat(redirection.get("redirectedFrom").asText()).isEqualTo("INC-P2");

        JsonNode redirected = centre.write("/api/dispatch/incidents/INC-P1/redirect", "{\"unitId\": \"" + unit + "\"}", 200);
        assertThat(redirected.get("fromIncidentId").asText()).isEqualTo("INC-P2");
        assertThat(centre.read("/api/dispatch/incidents/INC-P2").get("status").asText()).isEqualTo("QUEUED");
        JsonNode queue = centre.read("/api/dispatch/queue").get("queue");
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).get("incidentId").asText()).isEqualTo("INC-P2");

        // never taken from a priority 1
        centre.write("/api/dispatch/incidents", "{\"incidentId\": \"INC-P1B\", \"position\": " + ODENPLAN + ", \"priority\": 1}", 201);
        assertProblem(centre.post("/api/dispatch/incidents/INC-P1B/redirect", "{\"unitId\": \"" + unit + "\"}"), 409, "unitId", unit);
    }

    @Test
    void theQueueListsByPriorityThenWaitingAndAFreeUnitIsOfferedItsHead() {
        String early = centre.clock.instant().minus(Duration.ofMinutes(5)).toString();
        centre.write("/api/dispatch/incidents", "{\"incidentId\": \"Q-3\", \"position\": " + ODENPLAN + ", \"priority\": 3,"
                + " \"callQueuedAt\": \"" + early + "\"}", 201);
        centre.write("/api/dispatch/incidents", "{\"incidentId\": \"Q-2-late\", \"position\": " + ODENPLAN + ", \"priority\": 2}", 201);
        centre.write("/api/dispatch/incidents", "{\"incidentId\": \"Q-2-early\", \"position\": " + ODENPLAN + ", \"priority\": 2,"
                + " \"callQueuedAt\": \"" + early + "\"}", 201);

        List<String> order = new ArrayList<>();
        centre.read("/api/dispatch/queue").get("queue").forEach(e -> order.add(e.get("incidentId").asText()));
        assertThat(order).containsExactly("Q-2-early", "Q-2-late", "Q-3");
        List<String> priorityTwo = new ArrayList<>();
        centre.read("/api/dispatch/incidents?priority=2").get("incidents").forEach(i -> priorityTwo.add(i.get("id").asText()));
        assertThat(priorityTwo).containsExactly("Q-2-early", "Q-2-late");

        JsonNode proposal = centre.read("/api/dispatch/units/" + freeUnit() + "/proposal");
        assertThat(proposal.get("incidentId").asText()).isEqualTo("Q-2-early");
        assertThat(proposal.get("travelEstimated").asBoolean()).isFalse();
        assertThat(proposal.get("explanation").asText()).contains("Q-2-early");
    }

    @Test
    void anUnacknowledgedAlertIsFlaggedAfterNinetySeconds() {
        centre.write("/api/dispatch/incidents", "{\"incidentId\": \"INC-F\", \"position\": " + ODENPLAN + ", \"priority\": 1}", 201);
        String unit = freeUnit();
        centre.write("/api/dispatch/incidents/INC-F/assign", "{\"unitId\": \"" + unit + "\"}", 200);
        centre.clock.advance(Duration.ofSeconds(90));
        assertThat(centre.read("/api/dispatch/flags").get("flags")).isEmpty();
        centre.clock.advance(Duration.ofSeconds(1));
        JsonNode flags = centre.read("/api/dispatch/flags").get("flags");
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).get("kind").asText()).isEqualTo("UNACKNOWLEDGED_ALERT");
        assertThat(flags.get(0).get("unitId").asText()).isEqualTo(unit);
    }

    @Test
    void theFleetShowsStatusAndTimeInStatusAndTheHospitalChoiceIsByRoad() {
        centre.clock.advance(Duration.ofMinutes(3));
        JsonNode fleet = centre.read("/api/dispatch/fleet");
        assertThat(fleet.get("units")).hasSize(91);
        assertThat(fleet.get("stations")).hasSize(31);
        assertThat(fleet.get("hospitals")).hasSize(7);
        JsonNode unit = fleet.get("units").get(0);
        assertThat(unit.get("status").asText()).isNotBlank();
        assertThat(Duration.parse(unit.get("timeInStatus").asText())).isGreaterThanOrEqualTo(Duration.ofMinutes(3));

        JsonNode choice = centre.read("/api/dispatch/hospital?from=59.3428,18.0496&capability=ADULT");
        assertThat(choice.get("travelEstimated").asBoolean()).isFalse();
        assertThat(choice.get("hospital").get("name").asText()).isNotBlank();
        assertThat(choice.get("explanation").asText()).contains("nearest");
        assertProblem(centre.get("/api/dispatch/hospital?from=59.3428,18.0496&capability=DENTAL"), 400, "capability", "DENTAL");
    }

    /** An ambulance available at its station in the inner city, best first for Odenplan. */
    private String freeUnit() {
        for (JsonNode candidate : centre.read("/api/dispatch/recommendation?at=59.3428,18.0496&priority=1").get("candidates")) {
            if (candidate.get("status").asText().equals("AVAILABLE_AT_STATION")) {
                return candidate.get("unitId").asText();
            }
        }
        throw new AssertionError("no ambulance available at a station in the inner city");
    }
}
