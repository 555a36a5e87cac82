package se.larmcentral.web.words;

import org.junit.jupiter.api.Test;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.core.GeoPoint;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The phrasebook against texts as the domain writes them; a text it does not know is left as it is. */
class PhrasebookTest {

    @Test
    void theDomainsOwnWordsComeOutInSwedish() {
        String unconfigured = MunicipalityLookup.none().locate(new GeoPoint(59.325, 18.07)).explanation();
        assertThat(Phrasebook.EXPLANATIONS.swedish(unconfigured))
                .isEqualTo("inga kommungränser är inlästa: operatören väljer kommun");
    }

    @Test
    void eachKindOfExplanationReadsAsSwedish() {
        Map<String, String> table = Map.of(
                "nearest municipality: 0180 Stockholm, 40 m outside its generalised boundary (SCB 2025): check with the caller",
                "närmaste kommun: 0180 Stockholm, 40 m utanför dess förenklade gräns (SCB 2025): stäm av med den som ringer",
                "AMB 136 (ambulance), redirection from priority 3 incident I-7: 1 min 00 s to get going + 4 min 10 s by road"
                        + " (3.2 km, road network: GraphHopper over x.pbf; CH) = 5 min 10 s; 2 min 05 s earlier than the best"
                        + " free unit (clearly closer: the redirection margin is 1 min 00 s)",
                "AMB 136 (ambulans), omdirigering från prio 3-ärende I-7: 1 min 00 s att komma iväg + 4 min 10 s på väg"
                        + " (3.2 km, vägnät: GraphHopper över x.pbf; CH) = 5 min 10 s; 2 min 05 s tidigare än bästa lediga"
                        + " enhet (klart närmare: marginalen för omdirigering är 1 min 00 s)",
                "priority 2 incident I-9, waiting 12 min 00 s, is the first queued incident AMB 101 can serve; 6 min 00 s by"
                        + " road (ESTIMATED from straight-line distance: the road network does not cover this leg); 1 incident(s)"
                        + " ahead of it in the queue have no road route",
                "prio 2-ärende I-9, väntat 12 min 00 s, är det första ärendet i kön som AMB 101 kan ta; 6 min 00 s på väg"
                        + " (UPPSKATTAD från fågelvägen: vägnätet täcker inte den här sträckan); 1 ärende(n) före i kön saknar"
                        + " väg dit",
                "AMB 101 at hospital for 16 min 00 s without reporting clear (15 min); it may be given a new assignment",
                "AMB 101 har varit på sjukhuset i 16 min 00 s utan att meddela klar (15 min); den kan få ett nytt uppdrag",
                "one-off change midsommar 2025-06-20T08:00 to 2025-06-21T08:00: CLOSE takes precedence",
                "tillfällig ändring midsommar 2025-06-20T08:00 till 2025-06-21T08:00: stängt gäller före allt annat",
                "Karolinska Solna is the nearest of 3 hospital(s) taking STROKE: 9 min 00 s by road (estimated: straight-line"
                        + " distance × 1.40 at 60 km/h (no road network configured)); next Danderyd at 12 min 00 s",
                "Karolinska Solna är närmast av 3 sjukhus som tar emot STROKE: 9 min 00 s på väg (uppskattad: fågelvägen ×"
                        + " 1.40 i 60 km/h (inget vägnät konfigurerat)); därefter Danderyd på 12 min 00 s");
        table.forEach((english, swedish) -> assertThat(Phrasebook.EXPLANATIONS.swedish(english)).isEqualTo(swedish));
        assertThat(Phrasebook.EXPLANATIONS.swedish("a text no phrase knows")).isEqualTo("a text no phrase knows");
    }

    @Test
    void refusalsKeepTheApisOwnValues() {
        assertThat(Phrasebook.PROBLEMS.swedish("status: 'flying' is not one of AVAILABLE_AT_STATION, EN_ROUTE"))
                .isEqualTo("status: 'flying' är inte ett av AVAILABLE_AT_STATION, EN_ROUTE");
        assertThat(Phrasebook.PROBLEMS.swedish("Invalid input")).isEqualTo("Ogiltiga uppgifter");
        // a title inside a longer text is not a title
        assertThat(Phrasebook.PROBLEMS.swedish("call c1: Not found here")).isEqualTo("call c1: Not found here");
    }

    @Test
    void refusalsOfSocialTriageAndPublicMessagesReadAsSwedish() {
        Map<String, String> table = Map.of(
                "priority: must be one of [1, 2, 3, 4] in Region Stockholm (Stockholm County), was 9",
                "priority: måste vara ett av [1, 2, 3, 4] i Region Stockholm (Stockholm County), var 9",
                "the period 2019-01-01 to open end overlaps agreement 0182/2018-01-01 (2018-01-01 to 2020-12-31)",
                "perioden 2019-01-01 tills vidare överlappar avtal 0182/2018-01-01 (2018-01-01 till 2020-12-31)",
                "message m1 updates m0, which is replaced by m2; draft a new message instead",
                "meddelande m1 uppdaterar m0, som är ersatt av m2; skriv ett nytt meddelande i stället",
                "schedule: set times are an add-on service; agreement 0182/2018-01-01 is BASIC",
                "schedule: fasta tider är en tilläggstjänst; avtal 0182/2018-01-01 är BASIC");
        table.forEach((english, swedish) -> assertThat(Phrasebook.PROBLEMS.swedish(english)).isEqualTo(swedish));
    }

    @Test
    void roadClassesAndAHospitalsCapabilityAreSaidInSwedishWords() {
        assertThat(Phrasebook.EXPLANATIONS.swedish("x factor by road class (motorway 1.1, trunk 1.15, primary 1.2, secondary"
                + " 1.2, tertiary 1.15, unclassified 1.1, residential 1, other 0.5)")).isEqualTo("x factor by road class"
                + " (motorväg 1.1, stamväg 1.15, riksväg 1.2, länsväg 1.2, mindre länsväg 1.15, oklassad väg 1.1, bostadsgata 1,"
                + " övriga 0.5)");
        assertThat(Phrasebook.EXPLANATIONS.swedish("Danderyd is the nearest of 2 hospital(s) taking CHILDREN: 9 min 00 s by road (x)"))
                .isEqualTo("Danderyd är närmast av 2 sjukhus med akutmottagning för barn: 9 min 00 s på väg (x)");
        // a refusal keeps the value as the API takes it
        assertThat(Phrasebook.PROBLEMS.swedish("no registered hospital takes CHILDREN"))
                .isEqualTo("inget registrerat sjukhus tar emot CHILDREN");
    }

    @Test
    void theJournalAndTheAuditTrailAreShownAsRecorded() {
        assertThat(SwedishAnswers.asRecorded("/api/events")).isTrue();
        assertThat(SwedishAnswers.asRecorded("/api/audit")).isTrue();
        assertThat(SwedishAnswers.asRecorded("/api/dispatch/flags")).isFalse();
    }

    @Test
    void onlyTheMoveUpAdvicesReasonIsReworded() {
        // the policy wrote it; every other reason (a unit's unavailability, a correction's) is what an operator typed
        assertThat(SwedishAnswers.explaining("/api/dispatch/move-up")).contains("reason", "explanation");
        assertThat(SwedishAnswers.explaining("/api/dispatch/units/AMB-101")).doesNotContain("reason").contains("explanation");
        assertThat(SwedishAnswers.explaining("/api/calls/c1")).doesNotContain("reason");
    }
}
