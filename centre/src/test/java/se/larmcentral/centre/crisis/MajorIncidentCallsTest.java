package se.larmcentral.centre.crisis;

import org.junit.jupiter.api.Test;
import se.larmcentral.calls.AnswerCall;
import se.larmcentral.calls.AttachPosition;
import se.larmcentral.calls.ChooseMunicipality;
import se.larmcentral.calls.CorrectPosition;
import se.larmcentral.calls.DialledLine;
import se.larmcentral.calls.IntakeCall;
import se.larmcentral.calls.MunicipalityLocation;
import se.larmcentral.calls.PositionSource;
import se.larmcentral.calls.ReportedPosition;
import se.larmcentral.calls.figures.AnswerTimeFigures;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.audit.AuditEntry;
import se.larmcentral.centre.audit.AuditQuery;
import se.larmcentral.centre.audit.AuditSubject;
import se.larmcentral.centre.audit.AuditTrail;
import se.larmcentral.centre.calls.CallViews;
import se.larmcentral.centre.calls.CallsFigures;
import se.larmcentral.centre.time.VirtualScheduler;
import se.larmcentral.core.Actor;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.crisis.incident.MajorIncidentType;
import se.larmcentral.crisis.incident.MajorIncidents;
import se.larmcentral.journal.InMemoryJournal;
import se.larmcentral.social.file.MunicipalityRegistryFile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls from a major incident's area are marked by the centre's process, whichever came first (the call or the
 * declaration); the answer-time figures tell the marked calls apart; declarations, amendments and endings are audited.
 */
class MajorIncidentCallsTest {

    static final Instant T0 = Instant.parse("2026-12-07T18:00:00Z");
    static final Actor OPERATOR = Actor.person("operator-1");
    static final Actor SUPERVISOR = Actor.person("sup-1");
    static final List<GeoPoint> SODERMALM = List.of(new GeoPoint(59.305, 18.02), new GeoPoint(59.305, 18.11),
            new GeoPoint(59.325, 18.11), new GeoPoint(59.325, 18.02));
    static final GeoPoint INSIDE = new GeoPoint(59.315, 18.07);
    static final GeoPoint OUTSIDE = new GeoPoint(59.35, 18.07);
    static final MunicipalityLocation UNLOCATED = MunicipalityLocation.notFound("no boundaries in this test");

    @Test
    void callsFromTheAreaAreMarkedAndTheirAnswerTimesKeptApart() {
        VirtualScheduler time = new VirtualScheduler(T0);
        try (Centre centre = Centre.open(new InMemoryJournal(time.clock()), 64, Centre.Setup.defaults(time.clock(), List.of()))) {
            centre.startProcesses(time);
            // queued before the declaration, after the incident's start: marked at the declaration
            intake(centre, "c0", time.now(), INSIDE);
            time.advanceBy(Duration.ofMinutes(5));
            centre.execute(SUPERVISOR, MajorIncidents.declare(new MajorIncidents.Declaration(MajorIncidentType.FIRE,
                    List.of("0184"), SODERMALM, T0.minus(Duration.ofMinutes(1)), T0.plus(Duration.ofHours(4)),
                    "Brand i Hammarby sjöstad", "Vi har många samtal om branden i Hammarby sjöstad."), "sup-1")
                    .on(CentreState::majorIncidents));
            assertThat(marks(centre, "c0")).containsExactly("major-1");

            time.advanceBy(Duration.ofMinutes(1));
            intake(centre, "c1", time.now(), INSIDE);
            intake(centre, "c2", time.now(), OUTSIDE);
            intake(centre, "c3", time.now(), OUTSIDE);
            intake(centre, "c4", time.now(), null);
            assertThat(marks(centre, "c1")).containsExactly("major-1");
            assertThat(marks(centre, "c2")).isEmpty();
            CallViews.Queue queue = centre.read(s -> CallViews.Queue.of(s.calls().queuedCalls(),
                    s.majorIncidents()::marksOf, time.now()));
            assertThat(queue.calls()).extracting(CallViews.QueuedCall::callId, CallViews.QueuedCall::majorIncidents)
                    .contains(org.assertj.core.groups.Tuple.tuple("c1", List.of("major-1")),
                            org.assertj.core.groups.Tuple.tuple("c3", List.of()));

            // the marked calls wait 20 s, the others 4 s
            time.advanceBy(Duration.ofSeconds(4));
            centre.execute(OPERATOR, new AnswerCall("c3").on(CentreState::calls));
            time.advanceBy(Duration.ofSeconds(16));
            for (String id : List.of("c1", "c2", "c4")) {
                centre.execute(OPERATOR, new AnswerCall(id).on(CentreState::calls));
            }
            // the operator corrects the position into the area, or chooses a municipality of it
            centre.execute(OPERATOR, new CorrectPosition("c2", INSIDE, "the caller says Götgatan", UNLOCATED)
                    .on(CentreState::calls));
            centre.execute(OPERATOR, new ChooseMunicipality("c4", "0184", "Solna", "the caller says Solna")
                    .on(CentreState::calls));
            assertThat(marks(centre, "c2")).containsExactly("major-1");
            assertThat(marks(centre, "c3")).isEmpty();
            assertThat(marks(centre, "c4")).containsExactly("major-1");
            assertThat(centre.read(s -> CallViews.CallView.of(s, "c2", time.now())).majorIncidents())
                    .containsExactly("major-1");

            LocalDate day = LocalDate.ofInstant(T0, SwedishTime.ZONE);
            Instant now = time.now();
            CallsFigures.PeriodFigures figures = centre.read(s -> CallsFigures.PeriodFigures.split("112", now,
                    AnswerTimeFigures.on112(s.calls().callsQueuedIn(T0.minusSeconds(3600), now.plusSeconds(1))),
                    s.majorIncidents()::marked, calls -> AnswerTimeFigures.perDay(calls, day, day, now)));
            assertThat(figures.periods().getFirst().calls()).isEqualTo(5);
            assertThat(figures.majorIncidentPeriods().getFirst().calls()).isEqualTo(4);
            assertThat(figures.majorIncidentPeriods().getFirst().answered()).isEqualTo(3);
            assertThat(figures.majorIncidentPeriods().getFirst().meanAnswerSeconds()).isEqualTo(20.0);
            assertThat(figures.otherPeriods().getFirst().calls()).isEqualTo(1);
            assertThat(figures.otherPeriods().getFirst().meanAnswerSeconds()).isEqualTo(4.0);

            // the area shrinks to the municipality: the marks stay; then ended: new calls from the area are not marked
            centre.execute(SUPERVISOR, MajorIncidents.amend("major-1", new MajorIncidents.Amendment(List.of("0184"),
                    null, null, null, null, "the fire is out on Södermalm"), "sup-1").on(CentreState::majorIncidents));
            assertThat(marks(centre, "c1")).containsExactly("major-1");
            centre.execute(SUPERVISOR, MajorIncidents.end("major-1", "over", "sup-1").on(CentreState::majorIncidents));
            intake(centre, "c5", time.now(), INSIDE);
            centre.execute(OPERATOR, new AnswerCall("c5").on(CentreState::calls));
            centre.execute(OPERATOR, new ChooseMunicipality("c5", "0184", "Solna", "Solna").on(CentreState::calls));
            assertThat(marks(centre, "c5")).isEmpty();

            AuditTrail audit = new AuditTrail(centre.journal(), centre.codec(), MunicipalityRegistryFile.standard());
            List<AuditEntry> entries = audit.query(new AuditQuery(null, Set.of(AuditSubject.MAJOR_INCIDENTS), null,
                    null, null, 0, 100)).entries();
            assertThat(entries).extracting(AuditEntry::event).containsExactly("crisis.MajorIncidentDeclared",
                    "crisis.MajorIncidentAmended", "crisis.MajorIncidentEnded");
            assertThat(entries).allSatisfy(e -> {
                assertThat(e.actor()).isEqualTo("sup-1");
                assertThat(e.subjectId()).isEqualTo("major-1");
                assertThat(e.municipalities()).containsExactly("0184");
            });
            assertThat(entries.get(2).summary()).isEqualTo("major incident major-1 ended (Brand): over");
            assertThat(audit.query(new AuditQuery("0180", Set.of(), null, null, null, 0, 100)).entries()).isEmpty();
        }
    }

    @Test
    void callsStillWaitingWhenTheIncidentIsDeclaredAreMarkedThoughQueuedBeforeItsStart() {
        VirtualScheduler time = new VirtualScheduler(T0);
        try (Centre centre = Centre.open(new InMemoryJournal(time.clock()), 64, Centre.Setup.defaults(time.clock(), List.of()))) {
            centre.startProcesses(time);
            intake(centre, "waiting-inside", time.now(), INSIDE);
            intake(centre, "waiting-outside", time.now(), OUTSIDE);
            intake(centre, "answered-inside", time.now(), INSIDE);
            time.advanceBy(Duration.ofSeconds(20));
            centre.execute(OPERATOR, new AnswerCall("answered-inside").on(CentreState::calls));
            time.advanceBy(Duration.ofSeconds(10));
            // starts now, after all three were queued: only the calls still waiting from the area get the mark
            centre.execute(SUPERVISOR, MajorIncidents.declare(new MajorIncidents.Declaration(MajorIncidentType.FIRE,
                    List.of(), SODERMALM, time.now(), time.now().plus(Duration.ofHours(4)),
                    "Brand i Hammarby sjöstad", "Vi har många samtal om branden i Hammarby sjöstad."), "sup-1")
                    .on(CentreState::majorIncidents));
            assertThat(marks(centre, "waiting-inside")).containsExactly("major-1");
            assertThat(marks(centre, "waiting-outside")).isEmpty();
            assertThat(marks(centre, "answered-inside")).isEmpty();
            CallViews.Queue queue = centre.read(s -> CallViews.Queue.of(s.calls().queuedCalls(),
                    s.majorIncidents()::marksOf, time.now()));
            assertThat(queue.calls()).extracting(CallViews.QueuedCall::callId, CallViews.QueuedCall::majorIncidents)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("waiting-inside", List.of("major-1")),
                            org.assertj.core.groups.Tuple.tuple("waiting-outside", List.of()));

            // an amendment that brings the waiting call outside into the area marks it too
            time.advanceBy(Duration.ofSeconds(5));
            centre.execute(SUPERVISOR, MajorIncidents.amend("major-1", new MajorIncidents.Amendment(null,
                    List.of(new GeoPoint(59.30, 18.00), new GeoPoint(59.30, 18.12), new GeoPoint(59.36, 18.12),
                            new GeoPoint(59.36, 18.00)), null, null, null, "the fire spreads north"), "sup-1")
                    .on(CentreState::majorIncidents));
            assertThat(marks(centre, "waiting-outside")).containsExactly("major-1");
            assertThat(marks(centre, "answered-inside")).isEmpty();
        }
    }

    private static Set<String> marks(Centre centre, String callId) {
        return centre.read(s -> s.majorIncidents().marksOf(callId));
    }

    private static void intake(Centre centre, String callId, Instant at, GeoPoint point) {
        centre.execute(OPERATOR, new IntakeCall(callId, DialledLine.service(ServiceNumber.EMERGENCY_112),
                PhoneNumber.parse("caller", "+46701234567"), at).on(CentreState::calls));
        if (point != null) {
            centre.execute(OPERATOR, new AttachPosition(callId, new ReportedPosition(point, 20.0, 68,
                    PositionSource.AML_SMS, "GNSS", at, null), UNLOCATED).on(CentreState::calls));
        }
    }
}
