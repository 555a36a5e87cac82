package se.larmcentral.telephony;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.larmcentral.calls.AttachPosition;
import se.larmcentral.calls.DialledLine;
import se.larmcentral.calls.IntakeCall;
import se.larmcentral.calls.MunicipalityLocation;
import se.larmcentral.calls.PositionSource;
import se.larmcentral.calls.ReportedPosition;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.time.VirtualScheduler;
import se.larmcentral.core.Actor;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;
import se.larmcentral.crisis.incident.MajorIncidentType;
import se.larmcentral.crisis.incident.MajorIncidents;
import se.larmcentral.journal.InMemoryJournal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which major incident's message a waiting caller hears, if any, instead of queue.wav. */
class QueueMessageChoiceTest {

    static final Instant T0 = Instant.parse("2026-12-07T18:00:00Z");
    static final Actor TELEPHONY = new Actor("telephony", Actor.Kind.INTEGRATION);
    static final List<GeoPoint> SODERMALM = List.of(new GeoPoint(59.305, 18.02), new GeoPoint(59.305, 18.11),
            new GeoPoint(59.325, 18.11), new GeoPoint(59.325, 18.02));
    static final GeoPoint INSIDE = new GeoPoint(59.315, 18.07);
    static final GeoPoint OUTSIDE = new GeoPoint(59.40, 17.90);

    VirtualScheduler time;
    Centre centre;

    @BeforeEach
    void open() {
        time = new VirtualScheduler(T0);
        centre = Centre.open(new InMemoryJournal(time.clock()), 64, Centre.Setup.defaults(time.clock(), List.of()));
        centre.startProcesses(time);
    }

    @AfterEach
    void close() {
        centre.close();
    }

    @Test
    void theCallsOfAnIncidentsAreaAndThoseOfNoKnownPlaceHearItsMessageTheOthersTheQueueMessage() {
        call("before", INSIDE);
        assertThat(choice("before")).as("no incident: the queue message").isEmpty();

        declare(MajorIncidentType.FIRE, SODERMALM, List.of()); // major-1
        time.advanceBy(Duration.ofSeconds(1));
        declare(MajorIncidentType.STORM, List.of(), List.of("0184")); // major-2, later
        call("inside", INSIDE);
        call("outside", OUTSIDE);
        call("nowhere", null);

        record Row(String callId, Optional<String> heard) {
        }
        List<Row> table = List.of(
                new Row("before", Optional.of("major-1")), // marked at the declaration: queued after the start
                new Row("inside", Optional.of("major-1")),
                new Row("outside", Optional.empty()),
                new Row("nowhere", Optional.of("major-2")), // the line cannot tell: the latest declared
                new Row("unknown-call", Optional.of("major-2")));
        for (Row row : table) {
            assertThat(choice(row.callId())).as(row.callId()).isEqualTo(row.heard());
        }

        centre.execute(TELEPHONY, MajorIncidents.end("major-1", "", "sup-1").on(CentreState::majorIncidents));
        assertThat(choice("inside")).as("ended: its callers hear the queue message").isEmpty();
        assertThat(choice("nowhere")).contains("major-2");
        centre.execute(TELEPHONY, MajorIncidents.end("major-2", "", "sup-1").on(CentreState::majorIncidents));
        assertThat(choice("nowhere")).isEmpty();
    }

    private Optional<String> choice(String callId) {
        return centre.read(s -> QueueMessageChoice.choose(s, callId, time.now()));
    }

    private void declare(MajorIncidentType type, List<GeoPoint> polygon, List<String> municipalities) {
        centre.execute(Actor.person("sup-1"), MajorIncidents.declare(new MajorIncidents.Declaration(type,
                municipalities, polygon, T0.minusSeconds(60), T0.plus(Duration.ofHours(3)), "text", "Till dig som ringer."),
                "sup-1").on(CentreState::majorIncidents));
    }

    private void call(String callId, GeoPoint point) {
        centre.execute(TELEPHONY, new IntakeCall(callId, DialledLine.service(ServiceNumber.EMERGENCY_112),
                PhoneNumber.parse("caller", "+46701234567"), time.now()).on(CentreState::calls));
        if (point != null) {
            centre.execute(TELEPHONY, new AttachPosition(callId, new ReportedPosition(point, 20.0, 68,
                    PositionSource.AML_SMS, "GNSS", time.now(), null), MunicipalityLocation.notFound("none"))
                    .on(CentreState::calls));
        }
    }
}
