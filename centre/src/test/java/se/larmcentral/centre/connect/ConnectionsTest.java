package se.larmcentral.centre.connect;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.Recorded;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The end of a connected call: recorded once, with who hung up and how long the caller was connected. */
class ConnectionsTest {

    private static final Instant ASKED = Instant.parse("2026-12-07T22:00:00Z");
    private static final PhoneNumber JOUR = PhoneNumber.parse("number", "08-718 00 00");
    private static final Actor TELEPHONY = new Actor("telephony", Actor.Kind.INTEGRATION);

    private final Connections connections = new Connections();
    private long sequence;

    @Test
    void theEndOfAConnectedCallIsRecordedWithWhoHungUpAndTheDuration() {
        connected("c1");
        Instant end = ASKED.plusSeconds(10 + 95);

        Decision<Optional<Connection>> decided = Connections.ended("c1", ConnectedParty.FAR_END).decide(connections, end);

        assertThat(decided.events()).containsExactly(
                new ConnectEvent.ConnectedCallEnded("c1", JOUR, ConnectedParty.FAR_END, Duration.ofSeconds(95)));
        apply(end, decided.events().getFirst());
        Connection over = connections.of("c1").orElseThrow();
        assertThat(over.state()).isEqualTo(Connection.State.CONNECTED);
        assertThat(over.hungUpBy()).isEqualTo(ConnectedParty.FAR_END);
        assertThat(over.hungUpAt()).isEqualTo(end);
        assertThat(Connections.ended("c1", ConnectedParty.CALLER).decide(connections, end.plusSeconds(1)).events())
                .as("the end is recorded once").isEmpty();
    }

    @Test
    void nothingIsRecordedForACallNotConnectedOn() {
        assertThat(Connections.ended("none", ConnectedParty.CALLER).decide(connections, ASKED).events()).isEmpty();
        apply(ASKED, new ConnectEvent.ConnectRequested("c2", JOUR, "anna"));
        assertThat(Connections.ended("c2", ConnectedParty.CALLER).decide(connections, ASKED).events())
                .as("still ringing the number").isEmpty();
        apply(ASKED.plusSeconds(5), new ConnectEvent.ConnectFailed("c2", JOUR, ConnectFailure.BUSY, "busy"));
        assertThat(Connections.ended("c2", ConnectedParty.CALLER).decide(connections, ASKED.plusSeconds(6)).events())
                .as("never connected").isEmpty();
    }

    @Test
    void aConsultationIsAnsweredThenCompletedAndOnlyThenTheCallerConnected() {
        apply(ASKED, new ConnectEvent.ConsultStarted("c3", JOUR, "anna"));
        assertThat(connections.pending()).extracting(Connection::attended).containsExactly(true);
        assertThat(Connections.succeeded("c3").decide(connections, ASKED).events())
                .as("the caller is not connected while the operator only rings the number").isEmpty();
        assertThat(refusal(Connections.completeConsult("c3", "anna"))).contains("no consultation");

        Decision<Optional<Connection>> answered = Connections.consultAnswered("c3").decide(connections, ASKED.plusSeconds(4));
        assertThat(answered.events()).containsExactly(new ConnectEvent.ConsultAnswered("c3", JOUR));
        apply(ASKED.plusSeconds(4), answered.events().getFirst());
        assertThat(connections.of("c3").orElseThrow().state()).isEqualTo(Connection.State.CONSULTING);
        assertThat(connections.pending()).isEmpty();

        Decision<Connection> joined = Connections.completeConsult("c3", "anna").decide(connections, ASKED.plusSeconds(30));
        assertThat(joined.events()).containsExactly(new ConnectEvent.ConsultCompleted("c3", JOUR, "anna"));
        apply(ASKED.plusSeconds(30), joined.events().getFirst());
        assertThat(refusal(Connections.cancelConsult("c3", "anna"))).as("too late to cancel").contains("no consultation");
        apply(ASKED.plusSeconds(31), Connections.succeeded("c3").decide(connections, ASKED.plusSeconds(31)).events().getFirst());
        Connection done = connections.of("c3").orElseThrow();
        assertThat(done.state()).isEqualTo(Connection.State.CONNECTED);
        assertThat(done.attended()).isTrue();
        assertThat(done.endedAt()).isEqualTo(ASKED.plusSeconds(31));
    }

    @Test
    void aCancelledConsultationLeavesTheCallerWithTheOperatorAndNothingForTheTelephonyToRecord() {
        apply(ASKED, new ConnectEvent.ConsultStarted("c4", JOUR, "anna"));
        Decision<Connection> cancelled = Connections.cancelConsult("c4", "bo").decide(connections, ASKED.plusSeconds(2));
        assertThat(cancelled.events()).containsExactly(new ConnectEvent.ConsultCancelled("c4", JOUR, "bo"));
        apply(ASKED.plusSeconds(2), cancelled.events().getFirst());
        assertThat(connections.of("c4").orElseThrow().state()).isEqualTo(Connection.State.CANCELLED);
        assertThat(connections.of("c4").orElseThrow().state().settledWithoutConnecting()).isTrue();
        assertThat(Connections.consultAnswered("c4").decide(connections, ASKED.plusSeconds(3)).events())
                .as("an answer after the cancel is not a consultation").isEmpty();
        assertThat(Connections.failed("c4", ConnectFailure.BUSY, "busy").decide(connections, ASKED.plusSeconds(3)).events())
                .isEmpty();
        assertThat(refusal(Connections.cancelConsult("c4", "anna"))).contains("no consultation under way");
        assertThat(refusal(Connections.cancelConsult("none", "anna"))).contains("none");
    }

    private String refusal(se.larmcentral.core.Command<Connections, ?> command) {
        try {
            command.decide(connections, ASKED);
        } catch (se.larmcentral.core.ConflictException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }

    private void connected(String callId) {
        apply(ASKED, new ConnectEvent.ConnectRequested(callId, JOUR, "anna"));
        apply(ASKED.plusSeconds(10), new ConnectEvent.ConnectSucceeded(callId, JOUR));
    }

    private void apply(Instant at, DomainEvent event) {
        connections.apply(new Recorded(++sequence, at, TELEPHONY, event));
    }
}
