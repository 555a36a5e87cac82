package se.larmcentral.server.calls;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.calls.CallsCentre.assertProblem;

/** 113 13: crisis messages operators read from, and the topics callers ask about. */
class CrisisInformationApiTest {

    private static final String STORM = "{\"messageId\": \"storm-1\", \"topic\": \"Storm\", \"text\": \"Avoid travel in"
            + " Stockholm County tonight.\", \"areaCodes\": [\"01\"], \"validFrom\": \"2025-06-10T09:00+02:00\","
            + " \"validTo\": \"2025-06-11T09:00+02:00\", \"approvedBy\": \"Länsstyrelsen, duty officer\"}";

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
    void aPublishedMessageIsReadForItsAreaUntilWithdrawn() {
        JsonNode published = centre.write("/api/crisis-messages", STORM, 201);
        assertThat(published.get("approvedBy").asText()).isEqualTo("Länsstyrelsen, duty officer");
        JsonNode again = centre.write("/api/crisis-messages", STORM, 200);
        assertThat(again.get("at").asText()).isEqualTo(published.get("at").asText());
        assertThat(centre.events()).filteredOn(e -> e.get("type").asText().equals("calls.CrisisMessagePublished")).hasSize(1);

        assertThat(centre.read("/api/crisis-messages?area=0180").get("messages").findValuesAsText("id")).containsExactly("storm-1");
        assertThat(centre.read("/api/crisis-messages?area=12").get("messages")).isEmpty();
        assertThat(centre.read("/api/crisis-messages?at=2025-06-11T10:00%2B02:00").get("messages")).isEmpty();

        centre.write("/api/crisis-messages/storm-1/withdraw", "{\"reason\": \"the storm has passed\"}", 200);
        assertThat(centre.read("/api/crisis-messages?area=0180").get("messages")).isEmpty();
        assertProblem(centre.post("/api/crisis-messages/storm-1/withdraw", "{\"reason\": \"again\"}"), 409, "messageId");
        long withdrawn = centre.lastSequence();
        assertProblem(centre.post("/api/crisis-messages", STORM), 409, "messageId", "storm-1 was withdrawn");
        assertThat(centre.lastSequence()).isEqualTo(withdrawn);
        assertThat(centre.read("/api/crisis-messages?area=0180").get("messages")).isEmpty();
        assertProblem(centre.get("/api/crisis-messages?area=1"), 400, "area");
    }

    @Test
    void badMessagesNameTheFieldAndStoreNothing() {
        long before = centre.lastSequence();
        assertProblem(centre.post("/api/crisis-messages", STORM.replace("[\"01\"]", "[\"1\"]")), 400, "areaCodes[0]");
        assertProblem(centre.post("/api/crisis-messages", STORM.replace("2025-06-11T09:00+02:00", "2025-06-10T08:00+02:00")),
                400, "validTo");
        assertProblem(centre.post("/api/crisis-messages", STORM.replace("Länsstyrelsen, duty officer", "")), 400, "approvedBy");
        assertProblem(centre.post("/api/crisis-messages", STORM.replace("2025-06-10T09:00+02:00", "tomorrow")), 400, "validFrom");
        assertThat(centre.lastSequence()).isEqualTo(before);
    }

    @Test
    void the11313CallsRecordTheTopicAskedAboutAndTheTopicsAreCounted() {
        centre.write("/api/crisis-messages", STORM, 201);
        String[][] calls = {{"K-1", "Storm", "storm-1"}, {"K-2", " storm ", ""}, {"K-3", "Power cut", ""}};
        for (String[] call : calls) {
            centre.write("/api/calls", "{\"callId\": \"" + call[0] + "\", \"dialled\": \"113 13\"}", 201);
            centre.write("/api/calls/" + call[0] + "/answer", "{}", 200);
            centre.write("/api/calls/" + call[0] + "/classify", "{\"classification\": \"CRISIS_INFORMATION_113_13\","
                    + " \"crisisTopic\": \"" + call[1] + "\", \"crisisMessageId\": \"" + call[2] + "\"}", 200);
        }
        JsonNode counted = centre.read("/api/crisis-topics?from=2025-06-10T00:00%2B02:00&to=2025-06-11T00:00%2B02:00");
        assertThat(counted.get("calls").asInt()).isEqualTo(3);
        assertThat(counted.at("/topics/0/topic").asText()).isEqualTo("Storm");
        assertThat(counted.at("/topics/0/calls").asInt()).isEqualTo(2);
        assertThat(counted.at("/topics/1/topic").asText()).isEqualTo("Power cut");
        assertThat(centre.read("/api/calls/K-1").at("/call/classification/crisisMessageId").asText()).isEqualTo("storm-1");

        centre.write("/api/crisis-messages/storm-1/withdraw", "{\"reason\": \"outdated\"}", 200);
        centre.write("/api/calls", "{\"callId\": \"K-4\", \"dialled\": \"11313\"}", 201);
        centre.write("/api/calls/K-4/answer", "{}", 200);
        assertProblem(centre.post("/api/calls/K-4/classify", "{\"classification\": \"CRISIS_INFORMATION_113_13\","
                + " \"crisisTopic\": \"Storm\", \"crisisMessageId\": \"storm-1\"}"), 409, "crisisMessageId", "withdrawn");
        assertProblem(centre.get("/api/crisis-topics?from=2025-06-11T00:00Z&to=2025-06-10T00:00Z"), 400, "to");
    }
}
