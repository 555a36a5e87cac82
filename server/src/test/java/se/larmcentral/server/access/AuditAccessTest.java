package se.larmcentral.server.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.TestPrincipals;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.centre.accounts.Role;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reads the audit: the supervisor and the auditor all of it; the agreements administrator the social configuration
 * of every municipality, not the accounts; a municipality administrator their own municipality's social configuration
 * only (named with {@code municipality=}), never the accounts, the centre-wide policy or another municipality's rows.
 */
class AuditAccessTest {

    private static final Principal NACKA = TestPrincipals.municipalityAdmin("nacka-admin", "0182");
    private static final Principal AGREEMENTS = TestPrincipals.roles("agreements-admin", Role.AGREEMENTS_ADMIN);
    private static final Principal SUPERVISOR = TestPrincipals.roles("supervisor", Role.SUPERVISOR);

    @TempDir
    static Path dir;
    private static AccessClient centre;

    @BeforeAll
    static void start() {
        centre = new AccessClient(dir);
        centre.get(NACKA, "/api/session"); // Nacka's administrator's account: an accounts row concerning 0182
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    @Test
    void aMunicipalityAdministratorReadsTheirOwnSocialConfigurationsAuditOnly() {
        String own = "/api/social/agreements/0182/2019-01-01/texts";
        String before = centre.get(NACKA, "/api/social/agreements/0182/2019-01-01").json().get("message").asText();
        assertThat(centre.put(NACKA, own, "{\"message\": \"Socialjouren nås via kommunens växel.\"}").status()).isEqualTo(200);

        AccessClient.Answer answer = centre.get(NACKA, "/api/audit?municipality=0182");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode entries = answer.json().get("entries");
        assertThat(subjects(entries)).isNotEmpty().allMatch(s -> List.of("roster", "agreement", "jour", "direct-numbers").contains(s));
        assertThat(entries).allSatisfy(e -> assertThat(e.get("municipalities").toString()).contains("0182"));
        assertThat(centre.get(SUPERVISOR, "/api/audit?municipality=0182&subject=accounts").json().get("entries"))
                .as("there is an accounts row about Nacka, which its administrator does not see").isNotEmpty();

        JsonNode texts = entries.get(entries.size() - 1);
        assertThat(texts.get("event").asText()).isEqualTo("social.AgreementTextsSet");
        assertThat(texts.get("actor").asText()).isEqualTo("nacka-admin");
        assertThat(texts.get("subjectId").asText()).isEqualTo("0182/2019-01-01");
        assertThat(texts.at("/before/message").asText()).isEqualTo(before);
        assertThat(texts.at("/after/message").asText()).isEqualTo("Socialjouren nås via kommunens växel.");
        assertThat(texts.get("summary").asText()).isEqualTo("set the texts of agreement 0182/2019-01-01: message changed");

        for (String refused : List.of("/api/audit", "/api/audit?municipality=0180", "/api/audit?municipality=0182&subject=accounts",
                "/api/audit?municipality=0182&subject=roster,no-agreement-policy", "/api/audit?municipality=0182,0180")) {
            AccessClient.Answer no = centre.get(NACKA, refused);
            assertThat(no.status()).as(refused + ": " + no.body()).isEqualTo(403);
            assertThat(no.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void theAgreementsAdministratorReadsEveryMunicipalitysSocialConfigurationButNotTheAccounts() {
        JsonNode all = centre.get(AGREEMENTS, "/api/audit").json().get("entries");
        assertThat(subjects(all)).isNotEmpty().doesNotContain("accounts");
        assertThat(centre.get(AGREEMENTS, "/api/audit?municipality=0180&subject=agreement").status()).isEqualTo(200);
        assertThat(centre.get(AGREEMENTS, "/api/audit?subject=accounts").status()).isEqualTo(403);
        assertThat(subjects(centre.get(SUPERVISOR, "/api/audit").json().get("entries"))).contains("accounts", "agreement");
    }

    private static List<String> subjects(JsonNode entries) {
        List<String> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.get("subject").asText()));
        return out;
    }
}
