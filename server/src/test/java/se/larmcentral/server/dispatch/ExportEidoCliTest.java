package se.larmcentral.server.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.eido.EidoFiles;
import se.larmcentral.eido.EidoSchema;
import se.larmcentral.server.CliRun;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.CliRun.larm;

/** {@code larm dispatch export-eido ID}: a stored centre's incident as EIDO, valid against NENA's schema. */
class ExportEidoCliTest {

    @TempDir
    Path dir;

    @Test
    void aStoredIncidentIsPrintedAsAValidEidoAndBadIdsOrAMissingSchemaAreSaid() {
        Path data = dir.resolve("data");
        try (DispatchCentre centre = new DispatchCentre(data, Map.of())) {
            centre.write("/api/dispatch/incidents",
                    "{\"incidentId\": \"CLI-1\", \"position\": {\"lat\": 59.3326, \"lon\": 18.0649}, \"priority\": 1}", 201);
            String unit = centre.read("/api/dispatch/incidents/CLI-1/recommendation").at("/candidates/0/unitId").asText();
            centre.write("/api/dispatch/incidents/CLI-1/assign", "{\"unitId\": \"" + unit + "\"}", 200);
        }
        String config = DispatchCentre.write(dir.resolve("larmcentral.yaml"), "dataDir: " + data + "\n"
                + "geo:\n  graphCache: " + data.resolve("graph-cache") + "\n").toString();
        CliRun run = larm("dispatch", "export-eido", "CLI-1", "--config", config);
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode eido = DispatchCentre.parse(run.out());
        assertThat(EidoSchema.load(EidoFiles.schema()).check(eido)).isEmpty();
        assertThat(eido.at("/incidentComponent/incidentCommonPriorityNumber").asInt()).isEqualTo(1);
        assertThat(eido.at("/emergencyResourceComponent/0/primaryUnitStatusRegistryText").asText()).isEqualTo("Dispatched");

        CliRun unknown = larm("dispatch", "export-eido", "NO-SUCH", "--config", config);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown incident 'NO-SUCH'").doesNotContain("Exception");

        // the schema named by the setting: a file that is not there stops the command naming the setting
        String nowhere = DispatchCentre.write(dir.resolve("nowhere.yaml"), "dataDir: " + data + "\n"
                + "geo:\n  graphCache: " + data.resolve("graph-cache") + "\n"
                + "exchange:\n  eidoSchema: " + dir.resolve("nowhere/openapi.yaml") + "\n").toString();
        CliRun missing = larm("dispatch", "export-eido", "CLI-1", "--config", nowhere);
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("exchange.eidoSchema").contains(dir.resolve("nowhere/openapi.yaml").toString())
                .contains("is missing").doesNotContain("Exception");
    }
}
