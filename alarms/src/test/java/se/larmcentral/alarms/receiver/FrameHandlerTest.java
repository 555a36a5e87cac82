package se.larmcentral.alarms.receiver;

import org.junit.jupiter.api.Test;
import se.larmcentral.alarms.ReceiveAlarmMessage;
import se.larmcentral.alarms.Receipt;
import se.larmcentral.alarms.dc09.Dc09Account;
import se.larmcentral.alarms.dc09.Dc09Receiver;
import se.larmcentral.alarms.dc09.TimestampWindow;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.CommandPort;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.UnavailableException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing is acknowledged that the centre did not record. */
class FrameHandlerTest {

    private static final Instant NOW = Instant.parse("2026-12-07T19:30:00Z");

    private final List<String> steps = new ArrayList<>();

    private FrameHandler handler(CommandPort port) {
        Dc09Receiver receiver = new Dc09Receiver(a -> Optional.of(new Dc09Account(a, Optional.empty())),
                TimestampWindow.STANDARD, new Random(1));
        return new FrameHandler(receiver, port.as(AlarmReceiver.ACTOR), Clock.fixed(NOW, ZoneOffset.UTC),
                Duration.ofMinutes(10), new RefusalSummaries(port.as(AlarmReceiver.ACTOR)));
    }

    private static byte[] frame() {
        return TestTransmitter.frame(TestTransmitter.plain("SIA-DCS", "0001", "1234", "Nri1/BA12", NOW));
    }

    @Test
    void aCentreThatCannotRecordGetsNoAckSent() {
        CommandPort down = new CommandPort() {
            @Override
            public <R> R execute(Actor actor, Command<CentreState, R> command) {
                steps.add("execute");
                throw new UnavailableException("the journal is not reachable", null);
            }

            @Override
            public <T> T read(Function<? super CentreState, T> query) {
                throw new UnsupportedOperationException();
            }
        };

        assertThat(handler(down).handle(frame(), "127.0.0.1:4000/TCP", "127.0.0.1")).isEmpty();
        assertThat(steps).containsExactly("execute");
    }

    @Test
    void theAckComesOnlyFromACommandThatReturned() {
        CommandPort up = new CommandPort() {
            @Override
            @SuppressWarnings("unchecked")
            public <R> R execute(Actor actor, Command<CentreState, R> command) {
                assertThat(command).isInstanceOf(ReceiveAlarmMessage.class);
                assertThat(actor).isEqualTo(AlarmReceiver.ACTOR);
                steps.add("committed");
                return (R) Receipt.RECORDED;
            }

            @Override
            public <T> T read(Function<? super CentreState, T> query) {
                throw new UnsupportedOperationException();
            }
        };

        Optional<byte[]> answer = handler(up).handle(frame(), "127.0.0.1:4000/TCP", "127.0.0.1");

        assertThat(steps).containsExactly("committed");
        assertThat(answer).get().extracting(b -> new String(b, StandardCharsets.US_ASCII)).asString()
                .endsWith("\"ACK\"0001L0#1234[]\r");
    }
}
