package se.larmcentral.centre.desks;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.larmcentral.calls.AnswerCall;
import se.larmcentral.calls.Classification;
import se.larmcentral.calls.ClassifyCall;
import se.larmcentral.calls.DialledLine;
import se.larmcentral.calls.IntakeCall;
import se.larmcentral.calls.MarkHandled;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.accounts.AccountCommands;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.core.Actor;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;
import se.larmcentral.journal.InMemoryJournal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Operators at desks, recorded in the journal, and who is free for a call. */
class DesksTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final Actor ADMIN = new Actor("admin", Actor.Kind.PERSON);

    private Centre centre;

    @BeforeEach
    void open() {
        centre = Centre.open(new InMemoryJournal(CLOCK), 64, Centre.Setup.defaults(CLOCK, List.of()));
        for (String name : List.of("anna", "bo")) {
            centre.execute(ADMIN, AccountCommands.create(name, Set.of(Role.CALL_TAKER), Set.of(), null, "x"));
        }
        centre.execute(ADMIN, AccountCommands.create("disa", Set.of(Role.DISPATCHER), Set.of(), null, "x"));
    }

    @AfterEach
    void close() {
        centre.close();
    }

    @Test
    void anOperatorTakesADeskAndLeavesItWhenTakingAnother() {
        take("desk-1", "anna");
        assertThat(seatOf("anna")).map(Desks.Seat::desk).hasValue("desk-1");
        long before = centre.journal().lastSequence();
        take("desk-1", "anna");
        assertThat(centre.journal().lastSequence()).as("taking one's own desk again records nothing").isEqualTo(before);

        take("desk-2", "anna");
        assertThat(atDesk("desk-1")).isEmpty();
        assertThat(seatOf("anna")).map(Desks.Seat::desk).hasValue("desk-2");
    }

    @Test
    void aColleaguesDeskIsRefusedAndNothingRecorded() {
        take("desk-1", "anna");
        long before = centre.journal().lastSequence();
        assertThatThrownBy(() -> take("desk-1", "bo")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("desk-1 is taken by anna");
        assertThat(centre.journal().lastSequence()).isEqualTo(before);
        assertThatThrownBy(() -> Desks.take("desk 1", "bo")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("desk");
    }

    @Test
    void signingOutReleasesTheDesk() {
        take("desk-1", "anna");
        Optional<Desks.Seat> left = centre.execute(new Actor("anna", Actor.Kind.PERSON),
                Desks.release("anna", "signed out").on(CentreState::desks));
        assertThat(left).map(Desks.Seat::desk).hasValue("desk-1");
        Collection<Desks.Seat> seats = centre.read(s -> s.desks().seats());
        assertThat(seats).isEmpty();
        long before = centre.journal().lastSequence();
        assertThat(centre.execute(ADMIN, Desks.release("anna", "signed out").on(CentreState::desks))).isEmpty();
        assertThat(centre.journal().lastSequence()).isEqualTo(before);
    }

    @Test
    void anOperatorOnACallIsNotFreeUntilItIsHandled() {
        take("desk-1", "anna");
        take("desk-2", "bo");
        take("desk-3", "disa");
        Actor anna = new Actor("anna", Actor.Kind.PERSON);
        centre.execute(ADMIN, new IntakeCall("c1", DialledLine.service(ServiceNumber.EMERGENCY_112),
                PhoneNumber.parse("caller", "+46701234567"), CLOCK.instant()).on(CentreState::calls));
        centre.execute(ADMIN, new IntakeCall("c2", DialledLine.service(ServiceNumber.EMERGENCY_112),
                PhoneNumber.parse("caller", "+46701234568"), CLOCK.instant()).on(CentreState::calls));

        List<CallOffers.Offer> first = offers(Set.of());
        assertThat(first).as("anna took her desk first: idle longest; the dispatcher gets none")
                .containsExactly(new CallOffers.Offer("c1", "desk-1", "anna"), new CallOffers.Offer("c2", "desk-2", "bo"));
        assertThat(offers(Set.of("desk-1"))).as("a desk being rung is not offered another call")
                .containsExactly(new CallOffers.Offer("c1", "desk-2", "bo"));

        centre.execute(anna, AnswerCall.by("c1", "anna").on(CentreState::calls));
        assertThat(offers(Set.of())).containsExactly(new CallOffers.Offer("c2", "desk-2", "bo"));

        centre.execute(anna, ClassifyCall.as("c1", Classification.NOT_AN_EMERGENCY).on(CentreState::calls));
        assertThat(offers(Set.of())).as("still on the call while classifying it")
                .containsExactly(new CallOffers.Offer("c2", "desk-2", "bo"));
        centre.execute(anna, new MarkHandled("c1", "advice given").on(CentreState::calls));
        Instant now = CLOCK.instant();
        List<CallOffers.FreeDesk> free = centre.read(s -> DeskAvailability.free(s, Set.of(), now));
        assertThat(free).as("the dispatcher is free too; CallOffers leaves her out by role")
                .extracting(CallOffers.FreeDesk::desk).containsExactly("desk-1", "desk-2", "desk-3");
        assertThat(free.getFirst().freeSince()).as("free since the call was handled")
                .isAfter(free.get(1).freeSince());
        assertThat(offers(Set.of())).containsExactly(new CallOffers.Offer("c2", "desk-2", "bo"));
    }

    private List<CallOffers.Offer> offers(Set<String> ringing) {
        Instant now = CLOCK.instant();
        return centre.read(s -> CallOffers.offer(DeskAvailability.waiting(s, Map.of()),
                DeskAvailability.free(s, ringing, now), now));
    }

    private Optional<Desks.Seat> seatOf(String account) {
        return centre.read(s -> s.desks().of(account));
    }

    private Optional<Desks.Seat> atDesk(String desk) {
        return centre.read(s -> s.desks().atDesk(desk));
    }

    private void take(String desk, String account) {
        centre.execute(new Actor(account, Actor.Kind.PERSON), Desks.take(desk, account).on(CentreState::desks));
    }
}
