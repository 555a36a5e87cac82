package se.larmcentral.social.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.larmcentral.core.ConflictException;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.social.AgreementKind;
import se.larmcentral.social.Basis;
import se.larmcentral.social.Channel;
import se.larmcentral.social.CoverageGaps;
import se.larmcentral.social.Outcome;
import se.larmcentral.social.SocialDecision;
import se.larmcentral.social.SocialRouter;
import se.larmcentral.social.SocialState;
import se.larmcentral.social.TargetKind;

class SocialConfigurationReaderTest {

    private static final Instant NOW = Instant.parse("2025-11-01T00:00:00Z");

    private static Instant local(String text) {
        return LocalDateTime.parse(text).atZone(SwedishTime.ZONE).toInstant();
    }

    private static SocialState demo() throws Exception {
        SocialState state = new SocialState(MunicipalityRegistryFile.standard());
        try (InputStream in = SocialConfigurationReader.class.getResourceAsStream("/se/larmcentral/social/demo-stockholm.yaml")) {
            List<PlacedCommand> commands = SocialConfigurationReader.commands(SocialConfigurationReader.read(in));
            SocialConfigurationReader.dryRun(commands, state, NOW);
        }
        return state;
    }

    @Test
    void theStockholmDemoLoadsAll26Municipalities() throws Exception {
        SocialState state = demo();
        List<String> county = state.registry().inCounty("01").stream().map(m -> m.code()).toList();
        assertThat(county).hasSize(26);
        Instant at = local("2025-12-24T20:00");
        int withAgreement = 0;
        for (String m : county) {
            SocialDecision d = SocialRouter.route(state, m, Channel.EMERGENCY_112, at);
            if (d.basis() != Basis.NO_AGREEMENT) {
                withAgreement++;
            }
        }
        assertThat(withAgreement).isEqualTo(25);
        assertThat(SocialRouter.route(state, "0125", Channel.EMERGENCY_112, at).outcome()).isEqualTo(Outcome.NOT_AVAILABLE);
        assertThat(state.municipalitiesServedBy("sydost")).containsExactly("0120", "0138", "0182");
        assertThat(state.agreementsOf("0182")).extracting(a -> a.kind()).containsExactly(AgreementKind.BASIC, AgreementKind.EXTENDED);
        // Julafton evening in Haninge: the person on duty in Södertörn's rotation.
        SocialDecision haninge = SocialRouter.route(state, "0136", Channel.EMERGENCY_112, at);
        assertThat(haninge.targetKind()).isEqualTo(TargetKind.ROSTERED_PERSON);
        // Södertälje's one-off Christmas change.
        assertThat(SocialRouter.route(state, "0181", Channel.EMERGENCY_112, at).number())
                .isEqualTo(PhoneNumber.parse("n", "08-465 004 51"));
        // Nacka's New Year change and a weekday daytime outside the windows.
        assertThat(SocialRouter.route(state, "0182", Channel.EMERGENCY_112, local("2025-12-31T13:00")).basis()).isEqualTo(Basis.ONE_OFF_CONNECT);
        assertThat(SocialRouter.route(state, "0182", Channel.EMERGENCY_112, local("2025-12-03T10:00")).outcome()).isEqualTo(Outcome.MESSAGE);
        assertThat(SocialRouter.routeDirectNumber(state, PhoneNumber.parse("n", "08-465 004 90"), at).municipality()).isEqualTo("0180");
        // Norrtälje is reached Friday and Saturday evenings only; its gaps show in advance.
        assertThat(CoverageGaps.find(state, "0188", LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 8)))
                .extracting(g -> g.basis()).containsOnly(Basis.OUTSIDE_WINDOWS);
    }

    @Test
    void loadReadsAFileAndNamesAMissingOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("social.yaml");
        try (InputStream in = SocialConfigurationReader.class.getResourceAsStream("/se/larmcentral/social/demo-stockholm.yaml")) {
            Files.copy(in, file);
        }
        assertThat(SocialConfigurationReader.load(file, MunicipalityRegistryFile.standard(), NOW)).hasSizeGreaterThan(30);
        assertThatThrownBy(() -> SocialConfigurationReader.load(dir.resolve("nope.yaml"), MunicipalityRegistryFile.standard(), NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nope.yaml");
    }

    private static DomainException errorOf(String yaml) {
        try {
            List<PlacedCommand> commands = SocialConfigurationReader.commands(
                    SocialConfigurationReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
            SocialConfigurationReader.dryRun(commands, new SocialState(MunicipalityRegistryFile.standard()), NOW);
        } catch (DomainException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error for:\n" + yaml);
    }

    private static final String JOUR = """
            format: larm-social/1
            jours:
              - { id: j, name: Jouren, number: "08-465 004 00", answeredAroundTheClock: true }
            """;

    @Test
    void aCustomersOnCallLineIsConfiguredInTheSameFile() throws Exception {
        String yaml = """
                format: larm-social/1
                customers:
                  - { id: fastab, name: Fastighets AB Exempel, kind: COMPANY, number: "08-555 100 99" }
                jours:
                  - id: fastab-jour
                    name: Fastighetsjouren
                    roster:
                      - { start: "2025-12-22T08:00+01:00", end: "2025-12-24T08:00+01:00", person: Karin Lund, number: "070-174 06 10" }
                agreements:
                  - { customer: fastab, jour: fastab-jour, kind: EXTENDED, validFrom: "2025-01-01", roster: true,
                      message: "Fastighetsjouren har stängt.", weekly: ["Mon-Fri 08:00-17:00"], dayTypes: { PUBLIC_HOLIDAY: [] } }
                """;
        SocialState state = new SocialState(MunicipalityRegistryFile.standard());
        SocialConfigurationReader.dryRun(SocialConfigurationReader.commands(
                SocialConfigurationReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))), state, NOW);
        SocialDecision office = SocialRouter.routeDirectNumber(state, PhoneNumber.parse("n", "08-555 100 99"),
                local("2025-12-23T10:00"));
        assertThat(office.targetName()).isEqualTo("Karin Lund");
        assertThat(SocialRouter.route(state, "fastab", Channel.DIRECT_NUMBER, local("2025-12-23T20:00")).message())
                .isEqualTo("Fastighetsjouren har stängt.");

        DomainException both = errorOf(yaml.replace("customer: fastab,", "customer: fastab, municipality: \"0180\","));
        assertThat(both.field()).isEqualTo("agreements[0].customer");
        DomainException unknown = errorOf(yaml.replace("customer: fastab,", "customer: fastbo,"));
        assertThat(unknown.getMessage()).contains("agreements[0]").contains("no customer has the id 'fastbo'");
        DomainException kind = errorOf(yaml.replace("kind: COMPANY", "kind: SHOP"));
        assertThat(kind.field()).isEqualTo("customers[0].kind");
    }

    @Test
    void aMisspeltFieldIsNamedWithTheKnownFieldsLineAndColumnAndNoJavaNames() {
        DomainException e = errorOf("""
                format: larm-social/1
                jours:
                  - id: j
                    name: Jouren
                    nmber: "08-465 004 00"
                """);
        assertThat(e).isInstanceOf(InvalidInputException.class);
        assertThat(e.field()).isEqualTo("jours[0].nmber");
        assertThat(e.getMessage()).isEqualTo("jours[0].nmber: is not a known field; known: answeredAroundTheClock, hours,"
                + " id, name, number, outsideHours, roster, rotations (line 5, column 5)");
    }

    @Test
    void aValueOfTheWrongKindIsNamedInTheFilesTerms() {
        DomainException notABoolean = errorOf("""
                format: larm-social/1
                jours:
                  - { id: j, name: Jouren, answeredAroundTheClock: sometimes }
                """);
        assertThat(notABoolean.field()).isEqualTo("jours[0].answeredAroundTheClock");
        assertThat(notABoolean.getMessage()).contains("'sometimes' is not true or false", "line 3").doesNotContain("java", "Boolean");
        DomainException notAList = errorOf("""
                format: larm-social/1
                jours: { id: j }
                """);
        assertThat(notAList.field()).isEqualTo("jours");
        assertThat(notAList.getMessage()).contains("expected a list", "line 2").doesNotContain("java", "ArrayList", "SocialConfiguration");
        DomainException notAWholeNumber = errorOf("""
                format: larm-social/1
                jours:
                  - id: j
                    name: Jouren
                    rotations:
                      - { from: "2025-01-06T08:00", until: "2026-01-05", shiftHours: many }
                """);
        assertThat(notAWholeNumber.field()).isEqualTo("jours[0].rotations[0].shiftHours");
        assertThat(notAWholeNumber.getMessage()).contains("'many' is not a whole number").doesNotContain("java", "Integer");
        DomainException broken = errorOf("format: larm-social/1\njours: [ { id: j\n");
        assertThat(broken.field()).isEqualTo("file");
        assertThat(broken.getMessage()).startsWith("file: is not valid YAML: ").contains("(line 3, column 1)")
                .doesNotContain("java", "Exception");
    }

    /** Found by the fuzzer (issue 13): "-" split to no days at all and failed with an index out of bounds. */
    @Test
    void aDayRangeWithoutDaysIsNamed() {
        for (String days : new String[] {"-", "Mon-", "-Fri", ","}) {
            DomainException e = errorOf(JOUR + """
                    agreements:
                      - { municipality: "0180", jour: j, kind: EXTENDED, validFrom: "2018-01-01", message: m, weekly: ["DAYS 16:00-08:00"] }
                    """.replace("DAYS", days));
            assertThat(e).as(days).isInstanceOf(InvalidInputException.class);
            assertThat(e.field()).isEqualTo("agreements[0].weekly[0]");
            assertThat(e.getMessage()).contains("not a day").doesNotContain("java", "Exception", "Index");
        }
    }

    @Test
    void errorsNameTheirPlaceInTheFile() {
        assertThat(errorOf("format: other/1\n").field()).isEqualTo("format");
        assertThat(errorOf(JOUR + "unknownKey: 1\n").field()).isEqualTo("unknownKey");
        assertThat(errorOf(JOUR + """
                agreements:
                  - { municipality: "0180", jour: j, kind: EXTENDED, validFrom: "2018-01-01", message: m, weekly: ["Mon 16:00-16:00"] }
                """)).isInstanceOf(InvalidInputException.class).hasMessageContaining("ends when it starts")
                .extracting(DomainException::field).isEqualTo("agreements[0].weekly[0]");
        assertThat(errorOf(JOUR + """
                agreements:
                  - { municipality: "0180", jour: j, kind: BASIC, validFrom: "2018-01-01", validUntil: "2017-01-01" }
                """)).extracting(DomainException::field).isEqualTo("agreements[0].validUntil");
        assertThat(errorOf(JOUR + """
                agreements:
                  - { municipality: "0999", jour: j, kind: BASIC, validFrom: "2018-01-01" }
                """)).isInstanceOf(NotFoundException.class).extracting(DomainException::field).isEqualTo("agreements[0].municipality");
        assertThat(errorOf(JOUR + """
                agreements:
                  - { municipality: "0180", jour: j, kind: BASIC, validFrom: "2018-01-01", forwardingNumber: "08-465 004 01" }
                """)).isInstanceOf(InvalidInputException.class).hasMessageContaining("round the clock")
                .extracting(DomainException::field).isEqualTo("agreements[0].answeredAroundTheClock");
        DomainException overlap = errorOf(JOUR + """
                agreements:
                  - { municipality: "0180", jour: j, kind: BASIC, validFrom: "2018-01-01" }
                  - { municipality: "0180", jour: j, kind: BASIC, validFrom: "2020-01-01" }
                """);
        assertThat(overlap).isInstanceOf(ConflictException.class).hasMessageContaining("agreements[1]").hasMessageContaining("0180/2018-01-01");
        DomainException shifts = errorOf("""
                format: larm-social/1
                jours:
                  - id: j
                    name: Jouren
                    roster:
                      - { start: "2025-01-01T08:00+01:00", end: "2025-01-01T16:00+01:00", person: Anna, number: "070-174 06 10" }
                      - { start: "2025-01-01T15:00+01:00", end: "2025-01-01T23:00+01:00", person: Bo, number: "070-174 06 11" }
                """);
        assertThat(shifts).isInstanceOf(ConflictException.class).hasMessageContaining("jours[0].roster[0]")
                .hasMessageContaining("jours[0].roster[1]").hasMessageContaining("Anna").hasMessageContaining("Bo");
        assertThat(errorOf("""
                format: larm-social/1
                jours:
                  - id: j
                    name: Jouren
                    roster:
                      - { start: "2025-01-01T08:00", end: "2025-01-01T16:00+01:00", person: Anna, number: "070-174 06 10" }
                """).field()).isEqualTo("jours[0].roster[0].start");
        assertThat(errorOf("""
                format: larm-social/1
                jours:
                  - { id: j, name: Jouren, number: "12345" }
                """).field()).isEqualTo("jours[0].number");
        DomainException notANumber = errorOf("""
                format: larm-social/1
                jours:
                  - { id: j, name: Jouren, number: "ring växeln" }
                """);
        assertThat(notANumber.field()).isEqualTo("jours[0].number");
        assertThat(notANumber.getMessage()).isEqualTo("jours[0].number: 'ring växeln' is not a telephone number: it has too few"
                + " digits or characters that are not part of a number");
        assertThat(errorOf(JOUR + """
                agreements:
                  - { municipality: "0180", jour: j, kind: EXTENDED, validFrom: "2018-01-01", message: m, weekly: ["Mon-Xyz 16:00-08:00"] }
                """).field()).isEqualTo("agreements[0].weekly[0]");
    }
}
