package se.larmcentral.crisis.incident;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.Recorded;
import se.larmcentral.crisis.incident.MajorIncidents.Amendment;
import se.larmcentral.crisis.incident.MajorIncidents.Declaration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Declaring, amending and ending a major incident, the refusals with their reasons, and which places it covers. */
class MajorIncidentsTest {

    static final Instant NOW = Instant.parse("2026-12-07T20:00:00Z");
    static final Instant END = NOW.plus(Duration.ofHours(6));
    /** A square around Södermalm (Stockholm). */
    static final List<GeoPoint> SODERMALM = List.of(new GeoPoint(59.305, 18.02), new GeoPoint(59.305, 18.11),
            new GeoPoint(59.325, 18.11), new GeoPoint(59.325, 18.02));
    static final GeoPoint INSIDE = new GeoPoint(59.315, 18.07);
    static final GeoPoint OUTSIDE = new GeoPoint(59.35, 18.07);

    final MajorIncidents state = new MajorIncidents();
    final List<Recorded> journal = new ArrayList<>();
    Instant now = NOW;

    <R> R run(Command<MajorIncidents, R> command) {
        Decision<R> decision = command.decide(state, now);
        for (DomainEvent event : decision.events()) {
            Recorded recorded = new Recorded(journal.size() + 1L, now, Actor.person("sup-1"), event);
            journal.add(recorded);
            state.apply(recorded);
        }
        return decision.result();
    }

    static Declaration fire(List<String> codes, List<GeoPoint> polygon, Instant start, Instant end) {
        return new Declaration(MajorIncidentType.FIRE, codes, polygon, start, end, "Brand i Hammarby sjöstad",
                "Vi har många samtal om branden i Hammarby sjöstad.");
    }

    record Refusal(String name, Declaration declaration, Class<? extends DomainException> type, String field,
                   String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> refusedDeclarations() {
        return Stream.of(
                new Refusal("empty area", fire(List.of(), List.of(), NOW, END), InvalidInputException.class,
                        "area", "is empty"),
                new Refusal("null area", fire(null, null, NOW, END), InvalidInputException.class, "area", "is empty"),
                new Refusal("bad municipality code", fire(List.of("0180", "18"), null, NOW, END),
                        InvalidInputException.class, "area.municipalities[1]", "four-digit"),
                new Refusal("polygon of two points", fire(null, SODERMALM.subList(0, 2), NOW, END),
                        InvalidInputException.class, "area.polygon", "three distinct points"),
                new Refusal("end before start", fire(List.of("0180"), null, NOW, NOW.minusSeconds(60)),
                        InvalidInputException.class, "expectedEnd", "not after the start"),
                new Refusal("end at start", fire(List.of("0180"), null, NOW.plusSeconds(60), NOW.plusSeconds(60)),
                        InvalidInputException.class, "expectedEnd", "not after the start"),
                new Refusal("end already past", fire(List.of("0180"), null, NOW.minus(Duration.ofHours(3)),
                        NOW.minusSeconds(1)), InvalidInputException.class, "expectedEnd", "already past"),
                new Refusal("no start", fire(List.of("0180"), null, null, END), InvalidInputException.class,
                        "start", "missing"),
                new Refusal("no expected end", fire(List.of("0180"), null, NOW, null), InvalidInputException.class,
                        "expectedEnd", "missing"),
                new Refusal("start too far ahead", fire(List.of("0180"), null, NOW.plus(Duration.ofDays(8)),
                        NOW.plus(Duration.ofDays(9))), InvalidInputException.class, "start", "7 days ahead"),
                new Refusal("start too far back", fire(List.of("0180"), null, NOW.minus(Duration.ofDays(8)), END),
                        InvalidInputException.class, "start", "7 days ago"),
                new Refusal("no type", new Declaration(null, List.of("0180"), null, NOW, END, "a", "b"),
                        InvalidInputException.class, "type", "missing"),
                new Refusal("no caller text", new Declaration(MajorIncidentType.STORM, List.of("0180"), null, NOW, END,
                        "a", " "), InvalidInputException.class, "callerText", "missing"),
                new Refusal("caller text over two lines", new Declaration(MajorIncidentType.STORM, List.of("0180"),
                        null, NOW, END, "a", "one\ntwo"), InvalidInputException.class, "callerText", "line break"),
                new Refusal("caller text too long", new Declaration(MajorIncidentType.STORM, List.of("0180"), null,
                        NOW, END, "a", "x".repeat(301)), InvalidInputException.class, "callerText", "at most 300"),
                new Refusal("bidi in call-taker text", new Declaration(MajorIncidentType.STORM, List.of("0180"), null,
                        NOW, END, "a\u202Eb", "c"), InvalidInputException.class, "callTakerText", "bidirectional")
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedDeclarations")
    void aDeclarationIsRefusedWithItsReasonAndNothingRecorded(Refusal refusal) {
        assertThatThrownBy(() -> run(MajorIncidents.declare(refusal.declaration(), "sup-1")))
                .isInstanceOf(refusal.type())
                .hasFieldOrPropertyWithValue("field", refusal.field())
                .hasMessageContaining(refusal.reason());
        assertThat(journal).isEmpty();
        assertThat(state.all()).isEmpty();
    }

    @Test
    void aDeclaredIncidentIsActiveFromItsStartAndCoversItsMunicipalitiesAndPolygon() {
        MajorIncident m = run(MajorIncidents.declare(fire(List.of("0184"), SODERMALM, NOW, END), "sup-1"));
        assertThat(m.id()).isEqualTo("major-1");
        assertThat(state.incident("major-1")).contains(m);
        assertThat(state.activeAt(NOW)).containsExactly(m);
        assertThat(state.activeAt(NOW.minusSeconds(1))).isEmpty();

        record Place(GeoPoint point, String municipality, Instant at, boolean covered) {
        }
        List<Place> table = List.of(
                new Place(INSIDE, null, NOW, true),
                new Place(INSIDE, "0180", NOW.plusSeconds(3600), true),
                new Place(OUTSIDE, null, NOW, false),
                new Place(OUTSIDE, "0184", NOW, true),
                new Place(null, "0184", NOW, true),
                new Place(null, "0180", NOW, false),
                new Place(null, null, NOW, false),
                new Place(INSIDE, null, NOW.minusSeconds(1), false),
                // the expected end is shown, not enforced: it stays active until a supervisor ends it
                new Place(INSIDE, null, END.plusSeconds(1), true));
        for (Place p : table) {
            assertThat(m.covers(p.point(), p.municipality(), p.at())).as(p.toString()).isEqualTo(p.covered());
        }
    }

    @Test
    void anIncidentDeclaredAheadIsCurrentButNotActiveUntilItsStart() {
        Instant start = NOW.plus(Duration.ofHours(2));
        run(MajorIncidents.declare(new Declaration(MajorIncidentType.STORM, List.of("0180"), null, start,
                start.plus(Duration.ofHours(12)), "Stormen Hilde väntas", "Stormen väntas i kväll."), "sup-1"));
        assertThat(state.current()).hasSize(1);
        assertThat(state.activeAt(NOW)).isEmpty();
        assertThat(state.activeAt(start)).hasSize(1);
    }

    @Test
    void anAmendmentReplacesTheAreaAndKeepsWhatItDoesNotGive() {
        run(MajorIncidents.declare(fire(List.of("0180"), null, NOW, END), "sup-1"));
        now = NOW.plusSeconds(600);
        MajorIncident amended = run(MajorIncidents.amend("major-1",
                new Amendment(null, SODERMALM, END.plusSeconds(3600), null, "Ny text till den som ringer.", "spreads"),
                "sup-2"));
        assertThat(amended.area().municipalities()).isEmpty();
        assertThat(amended.area().polygon()).isEqualTo(SODERMALM);
        assertThat(amended.expectedEnd()).isEqualTo(END.plusSeconds(3600));
        assertThat(amended.callTakerText()).isEqualTo("Brand i Hammarby sjöstad");
        assertThat(amended.callerText()).isEqualTo("Ny text till den som ringer.");
        assertThat(state.incident("major-1")).contains(amended);
        assertThat(amended.covers(null, "0180", now)).isFalse();
        assertThat(amended.covers(INSIDE, null, now)).isTrue();
    }

    @Test
    void amendmentsAreRefusedWithTheirReasons() {
        run(MajorIncidents.declare(fire(List.of("0180"), null, NOW, END), "sup-1"));
        int recorded = journal.size();
        assertThatThrownBy(() -> run(MajorIncidents.amend("major-1", new Amendment(List.of(), List.of(), null, null,
                null, null), "sup-1"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("area")
                .hasMessageContaining("is empty");
        assertThatThrownBy(() -> run(MajorIncidents.amend("major-1", new Amendment(null, null, NOW.minusSeconds(5),
                null, null, null), "sup-1"))).hasFieldOrPropertyWithValue("field", "expectedEnd");
        assertThatThrownBy(() -> run(MajorIncidents.amend("major-1", new Amendment(List.of("0180"), null, END, null,
                null, null), "sup-1"))).hasMessageContaining("changes nothing");
        assertThatThrownBy(() -> run(MajorIncidents.amend("major-9", new Amendment(null, null, END.plusSeconds(1),
                null, null, null), "sup-1"))).isInstanceOf(NotFoundException.class);
        assertThat(journal).hasSize(recorded);
    }

    @Test
    void anEndedIncidentCoversNothingFromItsEndAndCannotBeAmendedOrEndedAgain() {
        run(MajorIncidents.declare(fire(List.of("0180"), null, NOW, END), "sup-1"));
        now = NOW.plusSeconds(3600);
        MajorIncident ended = run(MajorIncidents.end("major-1", "släckt", "sup-1"));
        assertThat(ended.endedAt()).isEqualTo(now);
        assertThat(state.incident("major-1").orElseThrow().endReason()).isEqualTo("släckt");
        assertThat(ended.covers(null, "0180", now.minusSeconds(1))).isTrue();
        assertThat(ended.covers(null, "0180", now)).isFalse();
        assertThat(state.activeAt(now)).isEmpty();
        assertThat(state.current()).isEmpty();
        assertThatThrownBy(() -> run(MajorIncidents.end("major-1", "", "sup-1")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ended at");
        assertThatThrownBy(() -> run(MajorIncidents.amend("major-1", new Amendment(null, null, END.plusSeconds(9),
                null, null, null), "sup-1"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aCallIsMarkedOncePerIncidentThatCoveredItWhenItWasQueued() {
        run(MajorIncidents.declare(fire(List.of("0180"), null, NOW, END), "sup-1"));
        run(MajorIncidents.declare(fire(null, SODERMALM, NOW.plusSeconds(60), END), "sup-1"));
        assertThat(run(MajorIncidents.markCall("c1", INSIDE, "0180", NOW.plusSeconds(120))))
                .containsExactly("major-1", "major-2");
        assertThat(run(MajorIncidents.markCall("c1", INSIDE, "0180", NOW.plusSeconds(120)))).isEmpty();
        assertThat(state.marksOf("c1")).containsExactlyInAnyOrder("major-1", "major-2");
        // queued before the polygon incident started: only the municipality's
        assertThat(run(MajorIncidents.markCall("c2", INSIDE, "0180", NOW.plusSeconds(30)))).containsExactly("major-1");
        assertThat(run(MajorIncidents.markCall("c3", OUTSIDE, "0184", NOW.plusSeconds(120)))).isEmpty();
        assertThat(state.marked("c3")).isFalse();
        assertThat(journal.stream().filter(r -> r.event() instanceof MajorIncidentEvent.MajorIncidentCallMarked))
                .hasSize(3);
    }
}
