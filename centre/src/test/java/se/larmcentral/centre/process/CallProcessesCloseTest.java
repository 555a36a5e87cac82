package se.larmcentral.centre.process;

import org.junit.jupiter.api.Test;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.CommandPort;
import se.larmcentral.centre.connect.ConnectEvent;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.Recorded;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit that reaches the call processes after they closed (a command still in flight while the centre stops) is
 * left to the next start, which resumes every due step: no refusal thrown into the command loop's writer, which
 * logged it as a failed listener with a stack trace in a green run.
 */
class CallProcessesCloseTest {

    @Test
    void eventsCommittedAfterCloseAreLeftToTheNextStart() {
        AtomicInteger used = new AtomicInteger();
        CommandPort port = new CommandPort() {
            @Override
            public <R> R execute(Actor actor, Command<CentreState, R> command) {
                used.incrementAndGet();
                throw new IllegalStateException("closed");
            }

            @Override
            public <T> T read(Function<? super CentreState, T> query) {
                used.incrementAndGet();
                throw new IllegalStateException("closed");
            }
        };
        CallProcesses processes = new CallProcesses(port, CallProcesses.StepObserver.NONE);
        processes.close();

        Recorded late = new Recorded(7, Instant.parse("2026-12-08T01:00:00Z"), new Actor("telephony", Actor.Kind.INTEGRATION),
                new ConnectEvent.ConnectRequested("CALL-1", PhoneNumber.parse("number", "08-718 00 00"), "anna"));
        assertThatCode(() -> processes.onCommitted(List.of(late))).doesNotThrowAnyException();
        assertThat(used).as("nothing read or executed after close").hasValue(0);
    }
}
