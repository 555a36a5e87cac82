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

    private void connected(String callId) {
        apply(ASKED, new ConnectEvent.ConnectRequested(callId, JOUR, "anna"));
        apply(ASKED.plusSeconds(10), new ConnectEvent.ConnectSucceeded(callId, JOUR));
    }

    private void apply(Instant at, DomainEvent event) {
        connections.apply(new Recorded(++sequence, at, TELEPHONY, event));
    }
}
