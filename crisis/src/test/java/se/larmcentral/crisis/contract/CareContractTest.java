package se.larmcentral.crisis.contract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.larmcentral.core.Actor;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.Recorded;
import se.larmcentral.journal.EventCodec;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CareContractTest {

    static final ReceivingParty REGION = new ReceivingParty(ReceivingParty.Kind.REGION,
            "Stockholms läns landsting, egen regi", "08-123 456 00");

    static CareContract stockholm(String start, String end) {
        return new CareContract(new ContractRegion("01", "Stockholms län"), LocalDate.parse(start),
                LocalDate.parse(end), List.of(), "fleet.yaml", "triage rules 2016", REGION);
    }

    @ParameterizedTest(name = "{0} to {1}: in force at {2} is {3}")
    @CsvSource({
            // Stockholm's extended end: 2016-10-31 24:00 local = 2016-11-01T00:00+01:00 (winter time since 30 Oct)
            "2012-11-01, 2016-10-31, 2016-10-31T22:59:59Z, true",
            "2012-11-01, 2016-10-31, 2016-10-31T23:00:00Z, false",
            "2012-11-01, 2016-10-31, 2016-11-01T00:00:00Z, false",
            // the start: 2012-11-01 00:00 local (+01:00)
            "2012-11-01, 2016-10-31, 2012-10-31T22:59:59Z, false",
            "2012-11-01, 2016-10-31, 2012-10-31T23:00:00Z, true",
            // ending on the last day of summer time: 2016-10-29 24:00 = 2016-10-30T00:00+02:00
            "2012-11-01, 2016-10-29, 2016-10-29T21:59:59Z, true",
            "2012-11-01, 2016-10-29, 2016-10-29T22:00:00Z, false",
            // ending on the day the clocks go back (25 hours): 2016-10-30 24:00 = 2016-10-31T00:00+01:00
            "2012-11-01, 2016-10-30, 2016-10-30T22:59:59Z, true",
            "2012-11-01, 2016-10-30, 2016-10-30T23:00:00Z, false",
            // ending on the day the clocks go forward (23 hours): 2016-03-27 24:00 = 2016-03-28T00:00+02:00
            "2012-11-01, 2016-03-27, 2016-03-27T21:59:59Z, true",
            "2012-11-01, 2016-03-27, 2016-03-27T22:00:00Z, false",
            // a one-day contract
            "2016-06-01, 2016-06-01, 2016-05-31T22:00:00Z, true",
            "2016-06-01, 2016-06-01, 2016-06-01T21:59:59Z, true",
            "2016-06-01, 2016-06-01, 2016-06-01T22:00:00Z, false",
    })
    void inForceFromTheStartDaysMidnightToTheLastDaysMidnight(String start, String end, String instant,
                                                              boolean inForce) {
        CareContract contract = stockholm(start, end);
        assertEquals(inForce, contract.inForce(Instant.parse(instant)));
        assertEquals(inForce, contract.refusal(Instant.parse(instant)).isEmpty());
    }

    @Test
    void stockholmsEndInstantIsMidnightAfterTheLastDayInWinterTime() {
        CareContract contract = stockholm("2012-11-01", "2016-10-31");
        assertEquals(Instant.parse("2016-10-31T23:00:00Z"), contract.endsAt());
        assertEquals("2016-10-31 24:00", contract.endText());
    }

    @Test
    void refusalAfterTheEndNamesTheContractItsEndAndWhoTakesOver() {
        String refusal = stockholm("2012-11-01", "2016-10-31").refusal(Instant.parse("2016-10-31T23:00:00Z"))
                .orElseThrow();
        assertTrue(refusal.contains("avtalet om ambulanssjukvård för Stockholms län (01) upphörde 2016-10-31 24:00"),
                refusal);
        assertTrue(refusal.contains("Stockholms läns landsting, egen regi"), refusal);
        String before = stockholm("2012-11-01", "2016-10-31").refusal(Instant.parse("2012-10-31T22:00:00Z"))
                .orElseThrow();
        assertTrue(before.contains("gäller först från 2012-11-01"), before);
    }

    @Test
    void extensionsMoveTheEndLaterAndAreKeptInOrder() {
        CareContract contract = stockholm("2012-11-01", "2015-12-31")
                .extendedBy(new Extension(LocalDate.parse("2016-10-31"), LocalDate.parse("2015-06-16"),
                        "HSN: utredning av egen regi"))
                .extendedBy(new Extension(LocalDate.parse("2017-04-30"), LocalDate.parse("2016-09-20"), "övergång"));
        assertEquals(LocalDate.parse("2017-04-30"), contract.effectiveEnd());
        assertEquals(LocalDate.parse("2015-12-31"), contract.end());
        assertEquals(2, contract.extensions().size());
        assertTrue(contract.inForce(Instant.parse("2016-11-01T12:00:00Z")));
    }

    @Test
    void anExtensionMayNotShortenNorKeepTheEnd() {
        CareContract contract = stockholm("2012-11-01", "2016-10-31");
        ConflictException shorter = assertThrows(ConflictException.class, () -> contract.extendedBy(
                new Extension(LocalDate.parse("2016-09-30"), LocalDate.parse("2016-06-01"), "kortare")));
        assertTrue(shorter.getMessage().contains("may not shorten"), shorter.getMessage());
        assertThrows(ConflictException.class, () -> contract.extendedBy(
                new Extension(LocalDate.parse("2016-10-31"), LocalDate.parse("2016-06-01"), "samma")));
        // a configured list of extensions is checked the same way
        assertThrows(ConflictException.class, () -> new CareContract(contract.region(), contract.start(),
                contract.end(), List.of(new Extension(LocalDate.parse("2016-01-01"), LocalDate.parse("2015-06-01"),
                "kortare")), null, null, REGION));
    }

    @Test
    void badTermsAreRefusedNamingTheField() {
        assertEquals("region.countyCode", assertThrows(InvalidInputException.class,
                () -> new ContractRegion("1", "Stockholms län")).field());
        assertEquals("end", assertThrows(InvalidInputException.class,
                () -> stockholm("2016-10-31", "2016-10-30")).field());
        assertEquals("reason", assertThrows(InvalidInputException.class, () -> new Extension(
                LocalDate.parse("2016-10-31"), LocalDate.parse("2016-06-01"), " ")).field());
        assertEquals("decidedOn", assertThrows(InvalidInputException.class, () -> new Extension(
                LocalDate.parse("2016-10-31"), LocalDate.parse("2016-11-01"), "efterhand")).field());
        assertEquals("receiver.contact", assertThrows(InvalidInputException.class, () -> new ReceivingParty(
                ReceivingParty.Kind.CENTRE, "Larmcentral Syd", "")).field());
    }

    @Test
    void extendContractRecordsTheDecisionAndRefusesOnceEnded() {
        Contracts contracts = new Contracts(List.of(stockholm("2012-11-01", "2016-10-31")), ReminderSchedule.STANDARD);
        Extension extension = new Extension(LocalDate.parse("2017-03-31"), LocalDate.parse("2016-10-20"), "övergång");
        var decision = new ExtendContract("01", extension).decide(contracts, Instant.parse("2016-10-31T22:59:59Z"));
        assertEquals(List.of(new ContractEvent.ContractExtended("01", extension.newEnd(), extension.decidedOn(),
                "övergång")), decision.events());
        contracts.apply(new Recorded(1, Instant.parse("2016-10-31T22:59:59Z"), Actor.SYSTEM, decision.events().getFirst()));
        assertEquals(LocalDate.parse("2017-03-31"), contracts.require("01").effectiveEnd());

        Contracts ended = new Contracts(List.of(stockholm("2012-11-01", "2016-10-31")), ReminderSchedule.STANDARD);
        assertThrows(ConflictException.class, () -> new ExtendContract("01", extension).decide(ended,
                Instant.parse("2016-10-31T23:00:00Z")));
        assertThrows(se.larmcentral.core.NotFoundException.class, () -> new ExtendContract("02", extension)
                .decide(ended, Instant.parse("2016-06-01T00:00:00Z")));
    }

    @Test
    void everyEventSurvivesTheJournalCodec() {
        EventCodec codec = new EventCodec().register(ContractEvent.class, "contract");
        List<DomainEvent> events = List.of(
                new ContractEvent.ContractExtended("01", LocalDate.parse("2016-10-31"), LocalDate.parse("2015-06-16"),
                        "utredning"),
                new ContractEvent.ContractReminderGiven("01", 30, Instant.parse("2016-10-31T23:00:00Z"), "30 dagar"),
                new ContractEvent.IncidentHandedOver("INC-1", "01", REGION, Instant.parse("2016-10-31T23:00:00Z"),
                        Instant.parse("2016-10-31T23:00:00Z")));
        for (DomainEvent event : events) {
            Recorded back = codec.decode(codec.encode(7, Instant.parse("2016-10-31T23:00:00Z"), Actor.SYSTEM, event));
            assertEquals(event, back.event());
        }
        assertEquals("contract.IncidentHandedOver", codec.nameOf(events.getLast()));
    }
}
