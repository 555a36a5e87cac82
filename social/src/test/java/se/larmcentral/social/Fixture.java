package se.larmcentral.social;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.Recorded;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.social.file.MunicipalityRegistryFile;

/** A social state with a tiny command loop: decide, record, apply; keeps the journal for replay tests. */
final class Fixture {

    static final MunicipalityRegistry REGISTRY = MunicipalityRegistryFile.standard();
    static final SwedishCalendar CALENDAR = new SwedishCalendar();
    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    static final String STOCKHOLM = "0180";
    static final String NACKA = "0182";
    static final PhoneNumber JOUR_NUMBER = PhoneNumber.parse("number", "08-718 00 00");
    static final PhoneNumber OTHER_NUMBER = PhoneNumber.parse("number", "070-123 45 67");

    final SocialState state = new SocialState(REGISTRY, CALENDAR);
    final List<Recorded> journal = new ArrayList<>();

    <R> R submit(Command<SocialState, R> command) {
        Decision<R> d = command.decide(state, NOW);
        for (DomainEvent e : d.events()) {
            Recorded r = new Recorded(journal.size() + 1, NOW, Actor.SYSTEM, e);
            journal.add(r);
            state.apply(r);
        }
        return d.result();
    }

    /** A jour with a 24/7 number. */
    Fixture jour(String id) {
        submit(new DefineJour(new Jour(id, "Socialjour " + id, JOUR_NUMBER, true, "16:00-08:00", "talsvar hänvisar till växeln")));
        return this;
    }

    /** An extended agreement from 2018-01-01, open-ended. */
    String extended(String municipality, String jourId, Schedule schedule, boolean roster) {
        return submit(new AddAgreement(municipality, jourId, AgreementKind.EXTENDED, LocalDate.of(2018, 1, 1), null, null,
                null, "Fråga efter adressen.", "Ring kommunens växel 08-508 290 00 vardagar 08-16.", roster, schedule, List.of()));
    }

    SocialDecision route(String municipality, Instant at) {
        return SocialRouter.route(state, municipality, Channel.EMERGENCY_112, at);
    }

    /** Swedish wall-clock time to an instant (earlier offset on the autumn overlap). */
    static Instant local(String text) {
        return LocalDateTime.parse(text).atZone(SwedishTime.ZONE).toInstant();
    }

    static Instant localLater(String text) {
        return ZonedDateTime.ofLocal(LocalDateTime.parse(text), SwedishTime.ZONE, null).withLaterOffsetAtOverlap().toInstant();
    }

    static Schedule weekly(String... lines) {
        List<WeeklyWindow> list = new ArrayList<>();
        for (String line : lines) {
            String[] p = line.split(" ");
            list.add(new WeeklyWindow(java.time.DayOfWeek.valueOf(p[0]), Window.parse("window", p[1])));
        }
        return new Schedule(list, List.of(), List.of());
    }

    static RosterShift shift(String from, String to, String person, String number) {
        return new RosterShift(local(from), local(to), person, PhoneNumber.parse("number", number));
    }
}
