package se.larmcentral.server.crisis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.eido.EidoFiles;
import se.larmcentral.eido.EidoSchema;
import se.larmcentral.server.TestClock;
import se.larmcentral.server.TestServer;

import picocli.CommandLine;
import se.larmcentral.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-over documents at the contract's end ({@code GET /api/crisis/contract/{countyCode}/hand-over}): none one
 * second before the end instant, the EIDO of each open incident at it, valid and naming the receiver and the end; and
 * an incident passed to a neighbouring centre says "handed over" in its EIDO the same way; the command line prints the
 * same documents from the stored centre.
 */
class ContractHandOverTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stockholm's contract as extended in {@link ContractApiTest#stockholm()}: ends 2016-10-31 24:00. */
    private static final Instant END = Instant.parse("2016-10-31T23:00:00Z");

    @Test
    void atTheEndInstantTheReceiverIsGivenTheValidEidoOfEachOpenIncident(@TempDir Path dir) throws Exception {
        EidoSchema schema = EidoSchema.load(EidoFiles.schema());
        TestClock clock = new TestClock(END.minusSeconds(60));
        try (TestServer centre = new TestServer(dir, ContractApiTest.stockholm(), clock)) {
            String supervisor = centre.tokenFor("supervisor-anna", Role.SUPERVISOR);
            String dispatcher = centre.tokenFor("dispatcher-bo", Role.DISPATCHER);
            String auditor = centre.tokenFor("auditor-cilla", Role.AUDITOR);
            for (String id : List.of("INC-1", "INC-2", "INC-3")) {
                HttpResponse<String> made = centre.post("/api/dispatch/incidents", "{\"incidentId\": \"" + id + "\","
                        + " \"position\": {\"lat\": 59.3326, \"lon\": 18.0649}, \"priority\": 1, \"neededType\": \"AMBULANCE\"}",
                        dispatcher);
                assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            }
            // INC-3 is passed to the neighbouring centre before the end: it is not the contract's to hand over
            HttpResponse<String> passed = centre.post("/api/incidents/INC-3/hand-over",
                    "{\"toCentre\": \"SOS Alarm Uppsala\", \"reason\": \"närmare deras enheter\"}", dispatcher);
            assertThat(passed.statusCode()).as(passed.body()).isEqualTo(200);

            clock.advance(Duration.between(clock.instant(), END.minusSeconds(1)));
            centre.server.centre().contractTimer().tick();
            JsonNode before = read(centre.get("/api/crisis/contract/01/hand-over", supervisor));
            assertThat(before.get("ended").asBoolean()).isFalse();
            assertThat(before.get("documents")).as("one second before the end nothing is handed over").isEmpty();

            clock.advance(Duration.ofSeconds(1));
            centre.server.centre().contractTimer().tick(); // as the scheduler does at the instant
            JsonNode at = read(centre.get("/api/crisis/contract/01/hand-over", supervisor));
            assertThat(at.get("ended").asBoolean()).isTrue();
            assertThat(at.get("endText").asText()).isEqualTo("2016-10-31 24:00");
            assertThat(at.at("/receiver/name").asText()).isEqualTo("Stockholms läns landsting, egen regi");
            JsonNode documents = at.get("documents");
            assertThat(documents).hasSize(2);
            List<String> ids = new ArrayList<>();
            for (JsonNode document : documents) {
                assertThat(schema.check(document)).as("every document sent meets NENA's schema").isEmpty();
                ids.add(document.at("/incidentComponent/internalIncidentId").asText());
                List<String> status = new ArrayList<>();
                document.at("/incidentComponent/incidentStatusInternalText").forEach(s -> status.add(s.asText()));
                assertThat(status).contains("HANDED_OVER");
                assertThat(notes(document)).anySatisfy(note -> assertThat(note)
                        .contains("Handed over to Stockholms läns landsting, egen regi (08-123 456 00)")
                        .contains("Stockholms län").contains("2016-10-31 24:00"));
            }
            assertThat(ids).containsExactlyInAnyOrder("INC-1", "INC-2");

            // the auditor reads it; a dispatcher does not; an unknown county is named
            assertThat(centre.get("/api/crisis/contract/01/hand-over", auditor).statusCode()).isEqualTo(200);
            // each fetch of documents is audited (who, when, which); the empty one before the end is not
            JsonNode fetched = read(centre.get("/api/audit?subject=contract", supervisor)).get("entries");
            List<JsonNode> fetches = new ArrayList<>();
            fetched.forEach(entry -> {
                if (entry.get("event").asText().equals("contract.HandOverDocumentsFetched")) {
                    fetches.add(entry);
                }
            });
            assertThat(fetches).extracting(entry -> entry.get("actor").asText())
                    .containsExactly("supervisor-anna", "auditor-cilla");
            assertThat(fetches).allSatisfy(entry -> {
                assertThat(entry.get("at").asText()).isEqualTo(END.toString());
                assertThat(entry.get("summary").asText()).contains("Stockholms läns landsting, egen regi")
                        .contains("INC-1").contains("INC-2").doesNotContain("INC-3");
            });
            assertThat(centre.get("/api/crisis/contract/01/hand-over", dispatcher).statusCode()).isEqualTo(403);
            HttpResponse<String> unknown = centre.get("/api/crisis/contract/02/hand-over", supervisor);
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).contains("countyCode").contains("'02'").doesNotContain("Exception");

            // passed to a neighbour: its EIDO says handed over too, to whom and why
            JsonNode neighbour = read(centre.get("/api/incidents/INC-3/eido", supervisor));
            assertThat(schema.check(neighbour)).isEmpty();
            List<String> status = new ArrayList<>();
            neighbour.at("/incidentComponent/incidentStatusInternalText").forEach(s -> status.add(s.asText()));
            assertThat(status).contains("HANDED_OVER");
            assertThat(notes(neighbour)).anySatisfy(note -> assertThat(note)
                    .contains("Handed over to SOS Alarm Uppsala: närmare deras enheter"));
        }

        // the same documents from the command line, on the stored centre
        Path settings = dir.resolve("larmcentral.yaml");
        Files.writeString(settings, "dataDir: " + dir + "\ncontract:\n  countyCode: \"01\"\n"
                + "  countyName: Stockholms län\n  start: \"2012-11-01\"\n  end: \"2016-10-31\"\n"
                + "  receiver: {kind: REGION, name: Stockholms läns landsting, contact: 08-123 456 00}\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("crisis", "contract-hand-over", "01", "--at", "2016-11-01T00:00+01:00",
                "--config", settings.toString());
        assertThat(exit).as(err.toString()).isZero();
        JsonNode printed = JSON.readTree(out.toString());
        assertThat(printed.get("ended").asBoolean()).isTrue();
        assertThat(printed.get("documents")).hasSize(2);
        for (JsonNode document : printed.get("documents")) {
            assertThat(schema.check(document)).isEmpty();
        }
        StringWriter unknownErr = new StringWriter();
        CommandLine unknown = Main.commandLine();
        unknown.setOut(new PrintWriter(new StringWriter(), true));
        unknown.setErr(new PrintWriter(unknownErr, true));
        assertThat(unknown.execute("crisis", "contract-hand-over", "02", "--config", settings.toString())).isNotZero();
        assertThat(unknownErr.toString()).contains("no regional contract for county '02'").doesNotContain("Exception");
    }

    private static List<String> notes(JsonNode document) {
        List<String> notes = new ArrayList<>();
        document.get("notesComponent").forEach(n -> notes.add(n.get("notesActionComments").asText()));
        return notes;
    }

    private static JsonNode read(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(response.body(), e);
        }
    }
}
