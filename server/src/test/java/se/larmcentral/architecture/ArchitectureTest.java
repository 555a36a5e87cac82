package se.larmcentral.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture as rules the build checks (DESIGN.md): domain ← centre ← fronts, fronts apart from each other,
 * HTTP only in the web front, no cycles. A new violation fails here with the rule's sentence and the offending
 * dependency.
 */
class ArchitectureTest {

    private static final String[] DOMAIN = {"se.larmcentral.core..", "se.larmcentral.geo..", "se.larmcentral.social..",
            "se.larmcentral.triage..", "se.larmcentral.dispatch..", "se.larmcentral.calls..", "se.larmcentral.crisis..",
            "se.larmcentral.sim.."};
    private static final String[] WIRE_FORMATS_AND_STORAGE = {"com.fasterxml.jackson..", "org.yaml..", "io.javalin..",
            "jakarta.servlet..", "org.eclipse.jetty..", "java.sql..", "javax.sql..", "org.h2..", "org.postgresql..",
            "com.zaxxer.hikari..", "org.flywaydb.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.larmcentral");
    }

    @Test
    void domainModulesImportNoHttpSqlOrJsonOutsideTheirFilePackages() {
        check(noClasses().that().resideInAnyPackage(DOMAIN).and().resideOutsideOfPackage("..file..")
                .should().dependOnClassesThat().resideInAnyPackage(WIRE_FORMATS_AND_STORAGE)
                .as("domain modules import no HTTP, SQL or JSON/YAML library outside their file packages"));
    }

    @Test
    void domainModulesKnowNothingOfTheCentreOrItsFronts() {
        check(noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("se.larmcentral.journal..", "se.larmcentral.centre..",
                        "se.larmcentral.web..", "se.larmcentral.cli..", "se.larmcentral.demo..", "se.larmcentral.server..",
                        "se.larmcentral.config..", "se.larmcentral.telephony..", "se.larmcentral.alarms..")
                .as("domain modules depend on no journal, centre or front"));
    }

    @Test
    void theCentreSpeaksNoHttpSqlOrJsonAndKnowsNoFront() {
        check(noClasses().that().resideInAPackage("se.larmcentral.centre..")
                .should().dependOnClassesThat().resideInAnyPackage(WIRE_FORMATS_AND_STORAGE)
                .orShould().dependOnClassesThat().resideInAnyPackage("se.larmcentral.web..", "se.larmcentral.cli..",
                        "se.larmcentral.demo..", "se.larmcentral.server..", "se.larmcentral.config..",
                        "se.larmcentral.telephony..", "se.larmcentral.alarms..")
                .as("the centre uses the journal only through its Java types, and no front"));
    }

    @Test
    void javalinAppearsOnlyInTheWebFront() {
        check(noClasses().that().resideOutsideOfPackage("se.larmcentral.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..")
                .as("Javalin (and its servlet container) appear only in the web front"));
    }

    @Test
    void theEidoWireFormatServesTheFrontsAndNeverDependsOnThem() {
        check(noClasses().that().resideInAPackage("se.larmcentral.eido..")
                .should().dependOnClassesThat().resideInAnyPackage("se.larmcentral.web..", "se.larmcentral.cli..",
                        "se.larmcentral.demo..", "se.larmcentral.server..", "se.larmcentral.config..",
                        "se.larmcentral.telephony..", "se.larmcentral.alarms..", "se.larmcentral.journal..")
                .as("the EIDO wire format (se.larmcentral.eido) maps the centre's state to NENA's JSON and back; the web and"
                        + " the command line use it, it uses none of them"));
        check(noClasses().that().resideOutsideOfPackages("se.larmcentral.eido..")
                .should().dependOnClassesThat().resideInAPackage("com.networknt..")
                .as("the JSON Schema validator appears only in the EIDO wire format"));
    }

    @Test
    void frontsNeverDependOnEachOther() {
        check(noClasses().that().resideInAPackage("se.larmcentral.web..")
                .should().dependOnClassesThat().resideInAnyPackage("se.larmcentral.demo..", "se.larmcentral.cli..",
                        "se.larmcentral.server..")
                .as("the web front depends on the centre, not on the demo, the command line or the assembly"));
        check(noClasses().that().resideInAPackage("se.larmcentral.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("se.larmcentral.web..", "se.larmcentral.cli..",
                        "se.larmcentral.server..")
                .as("the demo depends on the centre, not on the web, the command line or the assembly"));
    }

    @Test
    void theTelephonyFrontAndTheOtherFrontsNeverDependOnEachOther() {
        check(noClasses().that().resideInAPackage("se.larmcentral.telephony..")
                .should().dependOnClassesThat().resideInAnyPackage("se.larmcentral.web..", "se.larmcentral.cli..",
                        "se.larmcentral.demo..", "se.larmcentral.server..", "se.larmcentral.config..")
                .as("the telephony front depends on the centre, not on the web, the command line, the demo, the"
                        + " settings file or the assembly"));
        check(noClasses().that().resideInAnyPackage("se.larmcentral.web..", "se.larmcentral.cli..", "se.larmcentral.demo..")
                .should().dependOnClassesThat().resideInAPackage("se.larmcentral.telephony..")
                .as("the web, the command line and the demo know nothing of the telephony front (the assembly starts it)"));
    }

    @Test
    void theAlarmsFrontAndTheOtherFrontsNeverDependOnEachOther() {
        check(noClasses().that().resideInAPackage("se.larmcentral.alarms..")
                .should().dependOnClassesThat().resideInAnyPackage("se.larmcentral.web..", "se.larmcentral.cli..",
                        "se.larmcentral.demo..", "se.larmcentral.server..", "se.larmcentral.config..",
                        "se.larmcentral.telephony..")
                .orShould().dependOnClassesThat().resideInAnyPackage(WIRE_FORMATS_AND_STORAGE)
                .as("the alarms front depends on the centre, core and domain, not on the web, the command line, the"
                        + " demo, the telephony, the settings file or the assembly, and speaks no HTTP, SQL or JSON"));
        check(noClasses().that().resideInAnyPackage("se.larmcentral.demo..", "se.larmcentral.telephony..")
                .should().dependOnClassesThat().resideInAPackage("se.larmcentral.alarms..")
                .as("the demo and the telephony know nothing of the alarms front (the assembly starts it)"));
        check(noClasses().that().resideInAPackage("se.larmcentral.web..")
                .should().dependOnClassesThat().resideInAnyPackage("se.larmcentral.alarms.receiver..",
                        "se.larmcentral.alarms.dc09..")
                .as("the web reads and changes the alarm service's register through its commands and views"
                        + " (se.larmcentral.alarms, .codes, .plans), never the receiver or the protocol"));
        check(noClasses().that().resideOutsideOfPackages("se.larmcentral.alarms.receiver..", "se.larmcentral.server..",
                        "se.larmcentral.config..")
                .should().dependOnClassesThat().resideInAPackage("se.larmcentral.alarms.receiver..")
                .as("only the assembly and its settings start the alarm receiver (the command line reads alarm events only)"));
        check(noClasses().that().resideInAPackage("se.larmcentral.alarms.dc09..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.nio.channels..",
                        "se.larmcentral.centre..", "se.larmcentral.journal..", "se.larmcentral.alarms")
                .as("the DC-09 protocol is pure: no sockets, no centre"));
    }

    @Test
    void theSipStackAppearsOnlyInTheTelephonyFront() {
        check(noClasses().that().resideOutsideOfPackage("se.larmcentral.telephony..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.sip..", "gov.nist..")
                .as("JAIN-SIP appears only in the telephony front"));
    }

    @Test
    void theSimulatorDrivesTheDispatchDomainAndNoOtherModule() {
        check(noClasses().that().resideInAPackage("se.larmcentral.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("se.larmcentral.calls..", "se.larmcentral.social..",
                        "se.larmcentral.triage..")
                .as("the simulator depends on core, geo and dispatch only (a domain-level module)"));
    }

    @Test
    void noCyclesBetweenTheProductsParts() {
        check(slices().matching("se.larmcentral.(*)..").should().beFreeOfCycles()
                .as("no cycles between the product's parts (core, journal, the domain modules, centre, web, cli, demo, telephony, alarms, config, server)"));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
