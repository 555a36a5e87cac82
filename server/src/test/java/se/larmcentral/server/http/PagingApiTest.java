package se.larmcentral.server.http;

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

/** Lists answer a page at a time, with a default and a maximum size, the total, and where the next page starts. */
class PagingApiTest {

    @TempDir
    Path dir;

    private CallsCentre centre;

    @BeforeEach
    void start() {
        centre = new CallsCentre(dir, Instant.parse("2025-06-10T08:00:00Z"));
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    @Test
    void theCallQueueIsPagedLongestWaitingFirstWithTheWholeCount() {
        for (int i = 0; i < 7; i++) {
            centre.intake("C-" + i, "070-123 45 67");
            centre.clock.advance(Duration.ofSeconds(1));
        }
        JsonNode first = centre.read("/api/calls/queue?limit=3");
        assertThat(first.get("waiting").asInt()).isEqualTo(7);
        assertThat(first.get("calls")).extracting(c -> c.get("callId").asText()).containsExactly("C-0", "C-1", "C-2");
        assertThat(first.get("next").asInt()).isEqualTo(3);
        JsonNode last = centre.read("/api/calls/queue?limit=3&offset=6");
        assertThat(last.get("calls")).extracting(c -> c.get("callId").asText()).containsExactly("C-6");
        assertThat(last.get("next").isNull()).isTrue();
        assertThat(centre.read("/api/calls/queue").get("calls")).hasSize(7);
    }

    @Test
    void aPageBeyondTheMaximumOrNotANumberIsRefusedNamingTheParameter() {
        assertProblem(centre.get("/api/calls/queue?limit=501"), 400, "limit", "between 1 and 500");
        assertProblem(centre.get("/api/calls/queue?limit=many"), 400, "limit", "whole number");
        assertProblem(centre.get("/api/calls/queue?offset=-1"), 400, "offset");
        assertProblem(centre.get("/api/dispatch/incidents?limit=1001"), 400, "limit", "between 1 and 1000");
        assertProblem(centre.get("/api/dispatch/queue?limit=0"), 400, "limit");
    }

    @Test
    void theDispatchListsCarryTheirTotals() {
        JsonNode incidents = centre.read("/api/dispatch/incidents?open=true&limit=1");
        assertThat(incidents.get("total").asInt()).isZero();
        assertThat(incidents.get("incidents")).isEmpty();
        JsonNode pending = centre.read("/api/dispatch/queue?limit=1");
        assertThat(pending.get("pending").asInt()).isZero();
    }
}
