package se.larmcentral.eido;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import se.larmcentral.centre.exchange.ImportIncident.IncidentImport;
import se.larmcentral.core.GeoPoint;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** What an EIDO from another centre is read as: the priority mapping, the point, the place and the notes. */
class EidoImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode sample() throws Exception {
        return (ObjectNode) JSON.readTree(Files.readString(EidoFiles.sample()));
    }

    @Test
    void nenasSampleHasNoPriorityNoPointAndACivicAddress() throws Exception {
        IncidentImport read = EidoImport.read(sample());
        assertThat(read.fromAgency()).isEqualTo("state.pa.us");
        assertThat(read.fromAgent()).isEqualTo("tjones.atroop@state.pa.us");
        assertThat(read.priority()).isEqualTo(2);
        assertThat(read.position()).isNull();
        assertThat(read.place()).isEqualTo("42 W Cellular Street, Wilmington, DE, US");
        assertThat(read.references()).containsExactly("urn:emergency:uid:incidentid:a56e556d871:bcf.state.pa.us",
                "urn:emergency:uid:callid:a56e556d871:bcf.state.pa.us");
        assertThat(read.notes()).extracting(n -> n.text()).first().asString().startsWith("Call urn:emergency:uid:callid:");
        assertThat(read.notes()).extracting(n -> n.text()).anySatisfy(t -> assertThat(t).startsWith("Received as EIDO"));
        assertThat(read.notes()).isSortedAccordingTo(java.util.Comparator.comparing(n -> n.at()));
    }

    @Test
    void theIncidentsPriorityNumberComesFirstThenTheCallsPriorityIdentifier() throws Exception {
        ObjectNode eido = sample();
        ((ObjectNode) eido.withArray("callComponent").get(0)).put("priorityIdentifier", "low");
        assertThat(EidoImport.read(eido).priority()).isEqualTo(4);
        ((ObjectNode) eido.withArray("callComponent").get(0)).put("priorityIdentifier", "highest");
        IncidentImport highest = EidoImport.read(eido);
        assertThat(highest.priority()).isEqualTo(1);
        assertThat(highest.priorityMapping()).contains("priorityIdentifier 'highest' read as priority 1");

        ObjectNode incident = eido.putObject("incidentComponent");
        incident.put("incidentTypeCommonRegistryText", "Medical").put("incidentCommonPriorityNumber", 3);
        assertThat(EidoImport.read(eido).priority()).isEqualTo(3);
        incident.put("incidentCommonPriorityNumber", 9);
        IncidentImport nine = EidoImport.read(eido);
        assertThat(nine.priority()).isEqualTo(4);
        assertThat(nine.priorityMapping()).contains("incidentCommonPriorityNumber 9 read as priority 4");
        incident.put("incidentCommonPriorityNumber", 0);
        assertThat(EidoImport.read(eido).priority()).isEqualTo(1); // 0 is no priority number: the call's 'highest'
    }

    @Test
    void aPointIsTakenFromAGmlPosOrAGeoUriTheIncidentsBeforeTheCallers() throws Exception {
        ObjectNode eido = sample();
        ObjectNode caller = (ObjectNode) eido.withArray("locationComponent").get(1);
        caller.put("locationByValue", "geo:59.3345,18.0632;u=30");
        assertThat(EidoImport.read(eido).position()).isEqualTo(new GeoPoint(59.3345, 18.0632));
        ObjectNode routing = (ObjectNode) eido.withArray("locationComponent").get(0);
        routing.put("locationTypeDescriptionRegistryText", "Incident");
        routing.put("locationByValue", "<presence><gml:Point><gml:pos>59.3170 18.0700</gml:pos></gml:Point></presence>");
        assertThat(EidoImport.read(eido).position()).isEqualTo(new GeoPoint(59.3170, 18.0700));
        routing.put("locationByValue", "<gml:pos>123.0 18.0</gml:pos>");
        assertThat(EidoImport.read(eido).position()).as("a latitude beyond 90 is no point")
                .isEqualTo(new GeoPoint(59.3345, 18.0632));
    }

    @Test
    void notesLoseTheirMarkupAndControlCharactersAndAreCapped() throws Exception {
        ObjectNode eido = sample();
        ObjectNode note = eido.putArray("notesComponent").addObject();
        note.put("$id", "n1").put("lastUpdateTimeStamp", "2021-04-30T14:41:00-04:00");
        note.putObject("updatedByAgencyReference").put("$ref", "state.pa.us");
        note.put("notesActionComments", "<p>Caller says <b>smoke</b> &amp; fire\u0007\u202e</p>\nsecond line");
        assertThat(EidoImport.read(eido).notes()).extracting(n -> n.text()).contains("Caller says smoke & fire second line");
        assertThat(EidoImport.clean("x".repeat(5000), EidoImport.MAX_TEXT)).hasSize(EidoImport.MAX_TEXT);
        for (int i = 0; i < EidoImport.MAX_NOTES + 10; i++) {
            eido.withArray("notesComponent").add(note.deepCopy().put("$id", "n" + (i + 2)));
        }
        assertThat(EidoImport.read(eido).notes()).hasSize(EidoImport.MAX_NOTES);
    }
}
