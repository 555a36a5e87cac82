package se.larmcentral.telephony;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.connect.Connection;
import se.larmcentral.core.Actor;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.journal.InMemoryJournal;
import se.larmcentral.social.AddAgreement;
import se.larmcentral.social.AddRosterShifts;
import se.larmcentral.social.AgreementKind;
import se.larmcentral.social.Customer;
import se.larmcentral.social.DefineCustomer;
import se.larmcentral.social.DefineJour;
import se.larmcentral.social.Jour;
import se.larmcentral.social.Outcome;
import se.larmcentral.social.RosterShift;
import se.larmcentral.social.RoutedCall;
import se.larmcentral.social.Schedule;
import se.larmcentral.social.WeeklyWindow;
import se.larmcentral.social.Window;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's on-call line (issue 19, item 4) through the direct-number path: a company's number, answered by the
 * centre, goes on to whoever the roster names in office hours (FORWARD → connected on, no operator) and gives the
 * closed message at night (closed.wav over RTP, then the centre hangs up). SIPp is the caller and, as the outbound
 * proxy, the person on call's phone.
 */
class CustomerLineSippTest {

    private static final PhoneNumber LINE = PhoneNumber.parse("number", "08-555 100 99");
    private static final PhoneNumber ON_CALL = PhoneNumber.parse("number", "070-174 06 10");

    @TempDir
    Path dir;

    private Centre centre;
    private SipFront front;
    private int port;
    private int phonePort;

    /** A centre whose clock reads {@code local} Swedish time now (a Monday), the company's line registered. */
    private void start(String local) throws Exception {
        Instant then = LocalDateTime.parse(local).atZone(SwedishTime.ZONE).toInstant();
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), then));
        centre = Centre.open(new InMemoryJournal(clock), 64, Centre.Setup.defaults(clock, List.of()));
        Actor admin = Actor.person("agreements-admin");
        centre.execute(admin, new DefineCustomer(new Customer("fastab", "Fastighets AB Exempel", Customer.Kind.COMPANY), LINE)
                .on(CentreState::social));
        centre.execute(admin, new DefineJour(new Jour("fastab-jour", "Fastighetsjouren", null, false, "vardagar 08-17", null))
                .on(CentreState::social));
        Instant monday = LocalDate.parse(local.substring(0, 10)).atStartOfDay(SwedishTime.ZONE).toInstant();
        centre.execute(admin, new AddRosterShifts("fastab-jour", List.of(new RosterShift(monday, monday.plus(Duration.ofDays(5)),
                "Karin Lund", ON_CALL))).on(CentreState::social));
        List<WeeklyWindow> weekdays = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY).stream().map(d -> new WeeklyWindow(d, Window.parse("w", "08:00-17:00"))).toList();
        centre.execute(admin, new AddAgreement("fastab", "fastab-jour", AgreementKind.EXTENDED, LocalDate.of(2025, 1, 1), null,
                null, null, null, "Fastighetsjouren har stängt.", true, new Schedule(weekdays, List.of(), List.of()), List.of())
                .on(CentreState::social));
        port = Sipp.freePort();
        phonePort = Sipp.freePort();
        front = SipFront.start(TelephonySettings.listening("127.0.0.1", port, List.of("127.0.0.1"))
                .withOutboundProxy("127.0.0.1:" + phonePort, 5).withAnnouncements(dir), centre, clock, MunicipalityLookup.none());
    }

    @AfterEach
    void stop() {
        if (front != null) {
            front.close();
        }
        if (centre != null) {
            centre.close();
        }
    }

    @Test
    void inOfficeHoursTheCallGoesOnToThePersonOnCallWithoutAnOperator() throws Exception {
        start("2025-12-22T10:00");
        Sipp.Running phone = Sipp.scenario("jour-answers.xml").on(phonePort).with("-s", "jour").start(port);
        Sipp sipp = Sipp.scenario("direct-number-forwarded.xml").key("dialled", "+46855510099").key("caller", "+46701234911");
        Sipp.Run caller = sipp.against(port);
        assertThat(caller.passed()).as(caller.output()).isTrue();
        assertThat(phone.finish().passed()).as("the person on call got the caller's offer and the BYE").isTrue();

        String callId = CentreCallId.of(sipp.sipCallId());
        RoutedCall routed = await(() -> centre.read(s -> s.social().routedCall(callId)));
        assertThat(routed.outcome()).isEqualTo(Outcome.FORWARD);
        assertThat(routed.municipality()).isEqualTo("fastab");
        Connection connection = await(() -> centre.read(s -> s.connections().of(callId))
                .filter(c -> c.state() != Connection.State.REQUESTED));
        assertThat(connection.state()).isEqualTo(Connection.State.CONNECTED);
        assertThat(connection.number()).isEqualTo(ON_CALL);
        java.util.Collection<Call> queued = centre.read(s -> s.calls().calls());
        assertThat(queued).as("no operator was needed").isEmpty();
    }

    @Test
    void atNightTheCallerHearsTheClosedMessageAndTheCentreHangsUp() throws Exception {
        short[] closed = TestWav.tone(440, 400);
        TestWav.pcm(dir.resolve("closed.wav"), closed);
        start("2025-12-22T20:00");
        try (RtpSink caller = new RtpSink()) {
            Sipp sipp = Sipp.scenario("direct-number-announcement.xml").key("dialled", "+46855510099")
                    .key("caller", "+46701234912").key("rtp_ip", "127.0.0.1").key("rtp_port", Integer.toString(caller.port()));
            Sipp.Run run = sipp.against(port);
            assertThat(run.passed()).as(run.output()).isTrue();
            assertThat(caller.payload()).isEqualTo(TestWav.alaw(closed));
            String callId = CentreCallId.of(sipp.sipCallId());
            RoutedCall routed = await(() -> centre.read(s -> s.social().routedCall(callId)));
            assertThat(routed.outcome()).isEqualTo(Outcome.MESSAGE);
            assertThat(routed.municipality()).isEqualTo("fastab");
            java.util.Collection<Call> queued = centre.read(s -> s.calls().calls());
        assertThat(queued).as("no operator was needed").isEmpty();
        }
    }

    private static <T> T await(Supplier<Optional<T>> probe) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not recorded in 10 s");
    }
}
