package se.larmcentral.telephony;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.Classification;
import se.larmcentral.calls.ClassifyCall;
import se.larmcentral.calls.MissingChildReport;
import se.larmcentral.calls.ReportMissingChild;
import se.larmcentral.calls.ResponsibleOrganisation;
import se.larmcentral.core.ServiceNumber;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.connect.ConnectedParty;
import se.larmcentral.centre.connect.Connection;
import se.larmcentral.centre.connect.Connections;
import se.larmcentral.core.PhoneNumber;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.telephony.OperatorAndOnwardPeer.ANNA;
import static se.larmcentral.telephony.OperatorAndOnwardPeer.CLOCK;
import static se.larmcentral.telephony.CentreWaits.awaitConnection;
import static se.larmcentral.telephony.CentreWaits.awaitCall;

/**
 * 116 000 over telephony: a call to 116 000 answered at anna's desk phone, the report taken, and its hand-over
 * connects the caller on to the organisation's number through the outbound proxy, exactly as Koppla does (the same
 * {@code Connections} request, the same onward leg). SIPp is the caller, the desk's phone and the organisation's
 * phone listening as the outbound proxy.
 */
class MissingChildHandOverSippTest {

    private static final ResponsibleOrganisation HOTLINE =
            new ResponsibleOrganisation("Missing children hotline", PhoneNumber.parse("number", "08-123 456 78"));

    private OperatorAndOnwardPeer peers;
    private Centre centre;
    private SipFront front;
    private Sipp.Running desk;
    private int port;
    private int hotlinePort;

    @BeforeEach
    void start() throws Exception {
        peers = new OperatorAndOnwardPeer();
        centre = peers.centre;
        front = peers.front;
        port = peers.port;
        hotlinePort = peers.onwardPort;
        desk = peers.desk("desk-answers.xml");
    }

    @AfterEach
    void stop() {
        peers.close();
    }

    @Test
    void theHandOverConnectsTheCallerToTheOrganisationsNumberAndTheDeskIsLetGo() throws Exception {
        Sipp.Running hotline = Sipp.scenario("jour-answers.xml").on(hotlinePort).with("-s", "hotline").start(port);
        Sipp.Running caller = Sipp.scenario("invite-connected-on.xml").key("dialled", "116000")
                .key("caller", "+46701234801").start(port);

        Call call = awaitCall(centre, "+46701234801", c -> c.state() == CallState.ANSWERED);
        assertThat(call.line().service()).isEqualTo(ServiceNumber.MISSING_CHILDREN_116_000);
        centre.execute(ANNA, ClassifyCall.as(call.id(), Classification.MISSING_CHILD_116_000).on(CentreState::calls));
        MissingChildReport report = new MissingChildReport("Elsa Andersson", 9, "blue jacket, red backpack",
                "Kungsträdgården", CLOCK.instant().minus(Duration.ofHours(2)), "Karin Andersson",
                PhoneNumber.parse("caller", "+46701234801"));
        centre.execute(ANNA, new ReportMissingChild(call.id(), report, List.of()).on(CentreState::calls));

        centre.execute(ANNA, Connections.handOverMissingChild(call.id(), HOTLINE, "anna"));
        assertThat(centre.read(s -> s.calls().missingChildCase(call.id())).orElseThrow().handedOver()).isTrue();
        assertThat(centre.read(s -> s.connections().of(call.id())).orElseThrow().number()).isEqualTo(HOTLINE.number());

        Sipp.Run phone = desk.finish();
        assertThat(phone.passed()).as("the desk's leg was ended by the centre's BYE: " + phone.output()).isTrue();
        Sipp.Run callerRun = caller.finish();
        assertThat(callerRun.passed()).as("the caller got the hotline's SDP in a re-INVITE: " + callerRun.output()).isTrue();
        Sipp.Run hotlineRun = hotline.finish();
        assertThat(hotlineRun.passed()).as("the hotline got the caller's offer and the BYE: " + hotlineRun.output()).isTrue();

        Connection done = awaitConnection(centre, call.id(), c -> c.hungUpAt() != null);
        assertThat(done.state()).isEqualTo(Connection.State.CONNECTED);
        assertThat(done.requestedBy()).isEqualTo("anna");
        assertThat(done.hungUpBy()).isEqualTo(ConnectedParty.CALLER);
        assertThat(front.onwardLegs()).isZero();
        assertThat(front.deskLegs()).isZero();
    }


}
