package se.larmcentral.server.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.eido.EidoFiles;
import se.larmcentral.eido.EidoSchema;
import se.larmcentral.server.TestPrincipals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EIDO over HTTP: a care call's incident exported (checked against NENA's schema read from ../shared/data), that
 * export and NENA's sample imported as new incidents, broken documents refused with every problem named and nothing
 * recorded, and an open incident handed over to a neighbouring centre.
 */
class EidoApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Principal DISPATCHER = TestPrincipals.roles("disp-eido", Role.DISPATCHER);
    private static final Principal SUPERVISOR = TestPrincipals.roles("sup-eido", Role.SUPERVISOR);
    private static final Principal EVERY = TestPrincipals.EVERY_ROLE;
    private static final Principal NURSE = TestPrincipals.roles("nurse-eido", Role.NURSE);
    private static final Principal CALL_TAKER = TestPrincipals.roles("ct-eido", Role.CALL_TAKER);

    @TempDir
    static Path dir;
    private static AccessClient centre;
    private static EidoSchema schema;
    private static String unit;

    @BeforeAll
    static void start() throws Exception {
        schema = EidoSchema.load(EidoFiles.schema());
        centre = new AccessClient(dir);
        for (Principal who : List.of(DISPATCHER, SUPERVISOR, NURSE, CALL_TAKER)) {
            centre.get(who, "/api/session"); // their accounts and tokens, before any count of events starts
        }
        unit = centre.get(EVERY, "/api/dispatch/fleet").json().get("units").get(0).get("id").asText();
        centre.careCall(EVERY, "EIDO-1");
        done(centre.post(EVERY, "/api/dispatch/incidents/INC-EIDO-1/assign", "{\"unitId\": \"" + unit + "\"}"));
        done(centre.post(EVERY, "/api/dispatch/units/" + unit + "/status", "{\"status\": \"ACKNOWLEDGED\"}"));
        done(centre.post(EVERY, "/api/dispatch/units/" + unit + "/status", "{\"status\": \"EN_ROUTE\"}"));
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    @Test
    void anIncidentIsExportedWithItsCallAssessmentPositionUnitsAndHistoryAndMeetsTheSchema() {
        JsonNode eido = ok(centre.get(DISPATCHER, "/api/incidents/INC-EIDO-1/eido"));
        assertThat(schema.check(eido)).isEmpty();
        assertThat(eido.get("$id").asText()).startsWith("urn:emergency:uid:incidentid:INC-EIDO-1:");
        assertThat(eido.get("eidoVersion").asText()).isEqualTo("1.0");
        JsonNode call = eido.at("/callComponent/0");
        assertThat(call.get("$id").asText()).startsWith("urn:emergency:uid:callid:EIDO-1:");
        assertThat(call.get("direction").asText()).isEqualTo("incoming");
        assertThat(call.has("answerDate")).isTrue();
        JsonNode incident = eido.get("incidentComponent");
        assertThat(incident.get("internalIncidentId").asText()).isEqualTo("INC-EIDO-1");
        assertThat(incident.get("incidentCommonPriorityNumber").asInt()).isBetween(1, 2);
        assertThat(incident.get("incidentTypeInternalText").asText()).contains("chest-pain");
        List<String> locations = new ArrayList<>();
        eido.get("locationComponent").forEach(l -> locations.add(l.get("locationTypeDescriptionRegistryText").asText()));
        assertThat(locations).containsExactly("Incident", "Caller");
        assertThat(eido.at("/locationComponent/1/locationByValue").asText()).contains("<gml:pos>59.334500 18.063200</gml:pos>");
        JsonNode resource = eido.at("/emergencyResourceComponent/0");
        assertThat(resource.get("primaryUnitStatusRegistryText").asText()).isEqualTo("Enroute");
        assertThat(resource.get("unitStatusInternal").toString()).contains("ALERTED", "ACKNOWLEDGED", "EN_ROUTE");
        List<String> notes = new ArrayList<>();
        eido.get("notesComponent").forEach(n -> notes.add(n.get("notesActionComments").asText()));
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("Call EIDO-1 answered"))
                .anySatisfy(n -> assertThat(n).contains("Assessment of call EIDO-1: priority", "index chapter chest-pain"))
                .anySatisfy(n -> assertThat(n).contains("en route"));
        assertThat(ok(centre.get(SUPERVISOR, "/api/incidents/INC-EIDO-1/eido")).get("$id")).isEqualTo(eido.get("$id"));
        assertThat(centre.get(NURSE, "/api/incidents/INC-EIDO-1/eido").status()).isEqualTo(403);
        problem(centre.get(DISPATCHER, "/api/incidents/NO-SUCH/eido"), 404, "incidentId");
    }

    @Test
    void anExportedIncidentImportsAsANewIncidentInTheQueueWithItsPriorityAndReferences() {
        JsonNode eido = ok(centre.get(DISPATCHER, "/api/incidents/INC-EIDO-1/eido"));
        JsonNode imported = created(centre.post(DISPATCHER, "/api/incidents/eido", eido.toString()));
        assertThat(imported.get("dispatched").asBoolean()).isTrue();
        assertThat(imported.get("priority").asInt()).isEqualTo(eido.at("/incidentComponent/incidentCommonPriorityNumber").asInt());
        assertThat(imported.get("priorityMapping").asText()).contains("incidentCommonPriorityNumber");
        assertThat(imported.get("references").toString()).contains(eido.get("$id").asText(), "urn:emergency:uid:callid:EIDO-1:");
        String id = imported.get("incidentId").asText();
        JsonNode here = ok(centre.get(DISPATCHER, "/api/dispatch/incidents/" + id));
        assertThat(here.get("status").asText()).isEqualTo("QUEUED");
        assertThat(here.at("/position/lat").asDouble()).isEqualTo(59.3345);
        // and this one exports in turn, with where it came from and the history it came with
        JsonNode again = ok(centre.get(DISPATCHER, "/api/incidents/" + id + "/eido"));
        assertThat(schema.check(again)).isEmpty();
        assertThat(again.at("/linkComponent/0/incidentTrackingIdentifier").asText()).isEqualTo(eido.get("$id").asText());
        assertThat(again.at("/linkComponent/0/linkDirectionCode").asText()).isEqualTo("RELATED");
        List<String> notes = new ArrayList<>();
        again.get("notesComponent").forEach(n -> notes.add(n.get("notesActionComments").asText()));
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("Imported from larmcentral.invalid; priority"))
                .anySatisfy(n -> assertThat(n).contains("[larmcentral.invalid", "Assessment of call EIDO-1"));
    }

    @Test
    void nenasSampleImportsWithTheSenderItsIdsThePlaceAndItsHistory() throws Exception {
        long before = centre.lastSequence();
        String sample = Files.readString(EidoFiles.sample());
        JsonNode imported = created(centre.post(SUPERVISOR, "/api/incidents/eido", sample));
        assertThat(imported.get("fromAgency").asText()).isEqualTo("state.pa.us");
        assertThat(imported.get("dispatched").asBoolean()).isFalse();
        assertThat(imported.get("place").asText()).isEqualTo("42 W Cellular Street, Wilmington, DE, US");
        assertThat(imported.get("priority").asInt()).isEqualTo(2);
        assertThat(imported.get("priorityMapping").asText()).contains("no priority in the document");
        assertThat(imported.get("references").toString()).contains("urn:emergency:uid:incidentid:a56e556d871:bcf.state.pa.us",
                "urn:emergency:uid:callid:a56e556d871:bcf.state.pa.us");
        assertThat(imported.get("next").asText()).contains("no point", "POST /api/dispatch/incidents with incidentId "
                + imported.get("incidentId").asText());

        JsonNode events = ok(centre.get(EVERY, "/api/events?after=" + before)).get("events");
        assertThat(events).hasSize(1);
        JsonNode event = events.get(0);
        assertThat(event.get("type").asText()).isEqualTo("centre.IncidentImported");
        assertThat(event.get("actor").asText()).isEqualTo("sup-eido");
        assertThat(event.at("/payload/fromAgency").asText()).isEqualTo("state.pa.us");
        assertThat(event.at("/payload/notes").toString()).contains("Received as EIDO", "call back: sip:8195551212@osp.com, tel:8195551212",
                "by reference, not fetched here: https://lrf.osp.com");

        JsonNode audit = ok(centre.get(SUPERVISOR, "/api/audit?subject=incident-exchange")).get("entries");
        assertThat(audit).anySatisfy(entry -> {
            assertThat(entry.get("event").asText()).isEqualTo("centre.IncidentImported");
            assertThat(entry.get("actor").asText()).isEqualTo("sup-eido");
            assertThat(entry.get("subjectId").asText()).isEqualTo(imported.get("incidentId").asText());
            assertThat(entry.get("summary").asText()).contains("sup-eido imported incident", "from state.pa.us");
        });
        long afterFirst = centre.lastSequence();
        problem(centre.post(DISPATCHER, "/api/incidents/eido", sample), 409, "references");
        assertThat(centre.post(DISPATCHER, "/api/incidents/eido", sample).body())
                .contains("already imported as " + imported.get("incidentId").asText() + " by sup-eido");
        assertThat(centre.lastSequence()).isEqualTo(afterFirst);
        assertThat(centre.get(TestPrincipals.roles("agreements-eido", Role.AGREEMENTS_ADMIN),
                "/api/audit?subject=incident-exchange").status()).isEqualTo(403);
    }

    @Test
    void aBrokenDocumentIsRefusedWithEveryProblemNamedAndNothingRecorded() throws Exception {
        long before = centre.lastSequence();
        ObjectNode broken = (ObjectNode) JSON.readTree(Files.readString(EidoFiles.sample()));
        broken.remove("issuingElementIdentification");
        ((ObjectNode) broken.withArray("callComponent").get(0)).put("direction", "sideways");
        AccessClient.Answer refused = centre.post(DISPATCHER, "/api/incidents/eido", broken.toString());
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problems = refused.json().get("problems");
        assertThat(problems).hasSize(2);
        assertThat(problems.toString()).contains("$.issuingElementIdentification", "is required and missing",
                "$.callComponent[0].direction", "sideways");
        assertThat(refused.body()).doesNotContain("Exception", "com.networknt", "se.larmcentral");

        AccessClient.Answer notJson = centre.send(DISPATCHER, "POST", "/api/incidents/eido", "text/plain", "hello");
        problem(notJson, 400, "Content-Type");
        AccessClient.Answer deep = centre.post(DISPATCHER, "/api/incidents/eido", "[".repeat(100) + "]".repeat(100));
        assertThat(deep.status()).isEqualTo(400);
        assertThat(deep.body()).contains("nested deeper than");
        assertThat(centre.lastSequence()).isEqualTo(before);
        assertThat(centre.post(CALL_TAKER, "/api/incidents/eido", "{}").status()).isEqualTo(403);
    }

    @Test
    void anOpenIncidentIsHandedOverToANeighbouringCentreOnce() {
        done(centre.post(EVERY, "/api/dispatch/incidents", "{\"incidentId\": \"INC-PASS\", \"position\":"
                + " {\"lat\": 59.3170, \"lon\": 18.0700}, \"priority\": 3}"));
        long before = centre.lastSequence();
        problem(centre.post(DISPATCHER, "/api/incidents/INC-PASS/hand-over", "{\"reason\": \"closer to them\"}"), 400, "toCentre");
        assertThat(centre.lastSequence()).isEqualTo(before);
        assertThat(centre.post(SUPERVISOR, "/api/incidents/INC-PASS/hand-over", "{}").status()).isEqualTo(403);

        JsonNode over = ok(centre.post(DISPATCHER, "/api/incidents/INC-PASS/hand-over",
                "{\"toCentre\": \"SOS Alarm Uppsala\", \"reason\": \"the patient is in their area\"}"));
        assertThat(over.at("/handedOver/toCentre").asText()).isEqualTo("SOS Alarm Uppsala");
        assertThat(over.at("/handedOver/eido").asText()).isEqualTo(over.at("/eido/$id").asText());
        assertThat(schema.check(over.get("eido"))).isEmpty();
        JsonNode incident = ok(centre.get(DISPATCHER, "/api/dispatch/incidents/INC-PASS"));
        assertThat(incident.get("status").asText()).isEqualTo("CANCELLED");
        List<String> types = new ArrayList<>();
        ok(centre.get(EVERY, "/api/events?after=" + before)).get("events").forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).containsExactly("dispatch.IncidentCancelled", "centre.IncidentHandedOver");
        problem(centre.post(DISPATCHER, "/api/incidents/INC-PASS/hand-over",
                "{\"toCentre\": \"SOS Alarm Uppsala\", \"reason\": \"again\"}"), 409, "incidentId");
        assertThat(ok(centre.get(SUPERVISOR, "/api/incidents/INC-PASS/eido")).get("notesComponent").toString())
                .contains("Handed over to SOS Alarm Uppsala: the patient is in their area");
    }

    private static JsonNode ok(AccessClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static void done(AccessClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
    }

    private static JsonNode created(AccessClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    private static void problem(AccessClient.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("field").asText()).isEqualTo(field);
        assertThat(answer.body()).doesNotContain("Exception", "se.larmcentral");
    }
}
