package se.larmcentral.server.social;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.social.SocialServer.ok;

/**
 * The social routing decision's explanation and rule, as the call-taker reads them, in Swedish for a reader asking
 * for it ({@code ?lang=sv}, or the console's {@code Accept-Language: sv}); refusals likewise.
 */
class SocialSwedishApiTest {

    @TempDir
    static Path dir;

    private static SocialServer centre;

    @BeforeAll
    static void start() {
        centre = SocialServer.withDemo(dir);
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    private static List<String> lines(JsonNode decision) {
        List<String> lines = new ArrayList<>();
        lines.add(decision.get("rule").asText());
        decision.get("explanation").forEach(line -> lines.add(line.asText()));
        return lines;
    }

    @Test
    void anExtendedAgreementsDecisionIsExplainedInSwedish() {
        JsonNode inside = ok(centre.post("/api/social/decisions?lang=sv",
                "{\"municipality\": \"0182\", \"at\": \"2025-03-11T18:00+01:00\"}"), 200);
        assertThat(lines(inside)).anySatisfy(l -> assertThat(l).startsWith("avtal 0182/2019-01-01 (utökat avtal, ")
                        .endsWith(") gäller"))
                .anySatisfy(l -> assertThat(l).startsWith("2025-03-11 (tisdag): "))
                .anySatisfy(l -> assertThat(l).startsWith("koppla till +46846500410 ("))
                .allSatisfy(l -> assertThat(l).doesNotContain(" in force", "forward to", "weekly ", "TUESDAY",
                        "window ", "starting"));
        JsonNode outside = ok(centre.post("/api/social/decisions?lang=sv",
                "{\"municipality\": \"0182\", \"at\": \"2025-03-11T10:00+01:00\"}"), 200);
        assertThat(outside.get("rule").asText()).startsWith("utanför de fasta tiderna 2025-03-11T10:00");
        assertThat(lines(outside)).contains("inget tidsfönster täcker 2025-03-11T10:00", "ge kommunens meddelande");

        JsonNode english = ok(centre.post("/api/social/decisions?lang=en",
                "{\"municipality\": \"0182\", \"at\": \"2025-03-11T10:00+01:00\"}"), 200);
        assertThat(lines(english)).contains("no window covers 2025-03-11T10:00", "give the municipality's message");
    }

    @Test
    void aMunicipalityWithoutAgreementIsExplainedInSwedish() {
        JsonNode d = ok(centre.post("/api/social/decisions?lang=sv",
                "{\"municipality\": \"0125\", \"at\": \"2017-12-23T17:00+01:00\"}"), 200);
        assertThat(lines(d)).anySatisfy(l -> assertThat(l).startsWith("inget avtal gäller för 0125 vid 2017-12-23"))
                .anySatisfy(l -> assertThat(l).startsWith("regeln för kommuner utan avtal från ").endsWith(": kan inte nås"))
                .anySatisfy(l -> assertThat(l).startsWith("inget avtal; regeln från "));
    }

    @Test
    void refusalsNameTheFieldAndTheReasonInSwedish() {
        HttpResponse<String> answer = centre.get("/api/social/municipalities/0182/holidays?lang=sv&from=tisdag&to=2025-04-01");
        JsonNode problem = ok(answer, 400);
        assertThat(problem.get("title").asText()).isEqualTo("Ogiltiga uppgifter");
        assertThat(problem.get("field").asText()).isEqualTo("from");
        assertThat(problem.get("detail").asText()).isEqualTo("from: 'tisdag' är inte ett datum ÅÅÅÅ-MM-DD");

        JsonNode backwards = ok(centre.get("/api/social/municipalities/0182/holidays?lang=sv&from=2025-04-01&to=2025-03-01"), 400);
        assertThat(backwards.get("field").asText()).isEqualTo("to");
        assertThat(backwards.get("detail").asText())
                .isEqualTo("to: perioden måste sluta efter att den börjar (2025-04-01 till 2025-03-01)");

        JsonNode unknownField = ok(centre.post("/api/social/decisions?lang=sv", "{\"municipality\": \"0182\", \"when\": 1}"), 400);
        assertThat(unknownField.get("field").asText()).isEqualTo("when");
        assertThat(unknownField.get("detail").asText()).startsWith("when: är inget känt fält; kända fält: ");

        // social's own refusals, as its router and registry write them
        JsonNode both = ok(centre.post("/api/social/decisions?lang=sv",
                "{\"municipality\": \"0182\", \"directNumber\": \"08-123 456 78\", \"at\": \"2025-03-11T10:00+01:00\"}"), 400);
        assertThat(both.get("detail").asText())
                .isEqualTo("municipality: ange antingen en kommunkod eller ett direktnummer, inte båda");
        JsonNode unknown = ok(centre.post("/api/social/decisions?lang=sv",
                "{\"municipality\": \"0999\", \"at\": \"2025-03-11T10:00+01:00\"}"), 404);
        assertThat(unknown.get("detail").asText()).contains("ingen kommun har SCB-koden '0999'").doesNotContain("no municipality");
    }
}
