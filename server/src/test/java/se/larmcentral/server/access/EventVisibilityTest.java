package se.larmcentral.server.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.TestPrincipals;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.centre.accounts.Role;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal for the social administrators: the agreements administrator sees the social events, a municipality
 * administrator only those concerning their municipalities (Värmdö: its agreements, and Sydost's roster, the jour
 * serving it), never a call or dispatch event; the floor keeps the whole journal. Pages and the live stream alike.
 */
class EventVisibilityTest {

    private static final Principal VARMDO = TestPrincipals.municipalityAdmin("varmdo-admin", "0120");
    private static final Principal NACKA = TestPrincipals.municipalityAdmin("nacka-admin", "0182");
    private static final Principal EKERO = TestPrincipals.municipalityAdmin("ekero-admin", "0125");
    private static final Principal AGREEMENTS = TestPrincipals.roles("agreements-admin", Role.AGREEMENTS_ADMIN);
    private static final Principal NURSE = TestPrincipals.roles("nurse", Role.NURSE);

    @TempDir
    static Path dir;
    private static AccessClient centre;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        centre = new AccessClient(dir);
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    @Test
    void varmdosAdministratorsStreamCarriesItsRosterChangeAndNothingOfStockholmNorAnyCall() throws Exception {
        for (Principal who : List.of(VARMDO, NACKA, EKERO, AGREEMENTS, NURSE)) {
            centre.get(who, "/api/session"); // accounts and tokens made before the count starts
        }
        long before = centre.lastSequence();
        HttpRequest request = TestPrincipals.as(centre.server, VARMDO,
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + centre.server.port() + "/api/events/stream?after=" + before))
                        .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).GET()).build();
        HttpResponse<InputStream> stream = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            Thread.ofVirtual().start(EventVisibilityTest::changeStockholmThenCallThenVarmdosRoster);
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("data:")) {
                    JsonNode event = AccessClient.JSON.readTree(line.substring(5).trim());
                    types.add(event.get("type").asText());
                    if (event.get("type").asText().equals("social.RosterShiftsAdded")) {
                        assertThat(event.at("/payload/jourId").asText()).isEqualTo("sydost");
                        break;
                    }
                }
            }
        }
        assertThat(types).containsExactly("social.RosterShiftsAdded");

        // the same in pages; the page's next moves past what they do not see
        JsonNode page = centre.get(VARMDO, "/api/events?after=" + before).json();
        assertThat(types(page)).containsExactly("social.RosterShiftsAdded");
        assertThat(page.get("next").asLong()).isEqualTo(centre.lastSequence());
        assertThat(types(centre.get(NACKA, "/api/events?after=" + before).json()))
                .as("Nacka shares Sydost").containsExactly("social.RosterShiftsAdded");
        assertThat(types(centre.get(EKERO, "/api/events?after=" + before).json())).as("Ekerö has no part in it").isEmpty();
        assertThat(types(centre.get(AGREEMENTS, "/api/events?after=" + before).json()))
                .containsExactly("social.AgreementTextsSet", "social.RosterShiftsAdded");
        assertThat(types(centre.get(NURSE, "/api/events?after=" + before).json()))
                .contains("social.AgreementTextsSet", "social.RosterShiftsAdded")
                .anySatisfy(type -> assertThat(type).startsWith("calls."));
    }

    private static void changeStockholmThenCallThenVarmdosRoster() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            return;
        }
        assertThat(centre.put(AGREEMENTS, "/api/social/agreements/0180/2017-10-01/texts",
                "{\"instructions\": \"Fråga efter stadsdel.\"}").status()).isEqualTo(200);
        assertThat(centre.post(TestPrincipals.EVERY_ROLE, "/api/calls", "{\"callId\": \"C-VIS-1\", \"dialled\": \"112\"}")
                .status()).isEqualTo(201);
        assertThat(centre.post(VARMDO, "/api/social/jours/sydost/roster/shifts", "{\"shifts\": [{\"start\":"
                + " \"2025-04-02T16:00+02:00\", \"end\": \"2025-04-02T23:00+02:00\", \"person\": \"Anna Berg\","
                + " \"number\": \"070-174 06 30\"}]}").status()).isEqualTo(201);
    }

    private static List<String> types(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("events").forEach(e -> out.add(e.get("type").asText()));
        return out;
    }
}
