package se.larmcentral.centre.connect;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.larmcentral.calls.AnswerCall;
import se.larmcentral.calls.Classification;
import se.larmcentral.calls.ClassifyCall;
import se.larmcentral.calls.DialledLine;
import se.larmcentral.calls.IntakeCall;
import se.larmcentral.calls.MissingChildReport;
import se.larmcentral.calls.ReportMissingChild;
import se.larmcentral.calls.ResponsibleOrganisation;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Actor;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;
import se.larmcentral.journal.InMemoryJournal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A 116 000 report's hand-over asks, in the same decision, for the caller to be connected on to the organisation. */
class MissingChildHandOverTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final Actor ANNA = new Actor("anna", Actor.Kind.PERSON);
    private static final PhoneNumber CALLER = PhoneNumber.parse("caller", "+46701234567");
    private static final ResponsibleOrganisation HOTLINE =
            new ResponsibleOrganisation("Missing children hotline", PhoneNumber.parse("number", "08-123 456 78"));

    private Centre centre;

    @BeforeEach
    void open() {
        centre = Centre.open(new InMemoryJournal(CLOCK), 64, Centre.Setup.defaults(CLOCK, List.of()));
        centre.execute(ANNA, new IntakeCall("c1", DialledLine.service(ServiceNumber.MISSING_CHILDREN_116_000), CALLER,
                CLOCK.instant()).on(CentreState::calls));
        centre.execute(ANNA, new AnswerCall("c1").on(CentreState::calls));
        centre.execute(ANNA, ClassifyCall.as("c1", Classification.MISSING_CHILD_116_000).on(CentreState::calls));
    }

    @AfterEach
    void close() {
        centre.close();
    }

    @Test
    void theHandOverAndTheConnectingOnAreRecordedTogether() {
        report();
        long before = centre.journal().lastSequence();

        centre.execute(ANNA, Connections.handOverMissingChild("c1", HOTLINE, "anna"));

        assertThat(centre.journal().lastSequence()).as("the hand-over and the request").isEqualTo(before + 2);
        assertThat(centre.read(s -> s.calls().missingChildCase("c1")).orElseThrow().handedOver()).isTrue();
        Connection asked = centre.read(s -> s.connections().of("c1")).orElseThrow();
        assertThat(asked.state()).isEqualTo(Connection.State.REQUESTED);
        assertThat(asked.number()).isEqualTo(HOTLINE.number());
        assertThat(asked.requestedBy()).isEqualTo("anna");
        List<Connection> pending = centre.read(s -> s.connections().pending());
        assertThat(pending).extracting(Connection::callId).containsExactly("c1");
    }

    @Test
    void aRefusedHandOverAsksForNoConnectingOn() {
        long before = centre.journal().lastSequence();
        assertThatThrownBy(() -> centre.execute(ANNA, Connections.handOverMissingChild("c1", HOTLINE, "anna")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no 116 000 report");
        report();
        centre.execute(ANNA, Connections.handOverMissingChild("c1", HOTLINE, "anna"));
        long handedOver = centre.journal().lastSequence();
        assertThatThrownBy(() -> centre.execute(ANNA, Connections.handOverMissingChild("c1", HOTLINE, "anna")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already handed over");
        assertThat(centre.journal().lastSequence()).isEqualTo(handedOver).isEqualTo(before + 3);
    }

    private void report() {
        centre.execute(ANNA, new ReportMissingChild("c1", new MissingChildReport("Elsa Andersson", 9, "blue jacket",
                "Kungsträdgården", CLOCK.instant().minus(Duration.ofHours(2)), "Karin Andersson", CALLER), List.of())
                .on(CentreState::calls));
    }
}
