package se.larmcentral.calls;

import org.junit.jupiter.api.Test;
import se.larmcentral.calls.CallEvent.MissingChildReportHandedOver;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MissingChildReportTest {

    static final Instant T0 = Instant.parse("2025-08-15T18:30:00Z");
    static final PhoneNumber CALLER = PhoneNumber.parse("caller", "070-123 45 67");
    static final ResponsibleOrganisation ORGANISATION =
            new ResponsibleOrganisation("Missing children hotline", PhoneNumber.parse("org", "08-123 456 78"));

    final Harness h = new Harness(T0);

    static MissingChildReport report() {
        return new MissingChildReport("Elsa Andersson", 9, "blue jacket, red backpack, 130 cm",
                "Kungsträdgården, by the fountain", T0.minus(Duration.ofHours(2)), "Karin Andersson", CALLER);
    }

    private void classifiedCall() {
        h.run(new IntakeCall("c1", DialledLine.service(ServiceNumber.MISSING_CHILDREN_116_000), CALLER, T0));
        h.run(new AnswerCall("c1"));
        h.run(ClassifyCall.as("c1", Classification.MISSING_CHILD_116_000));
    }

    @Test
    void aValidReportHasNoProblems() {
        assertThat(report().problems(T0)).isEmpty();
    }

    @Test
    void everyBadFieldIsNamedInOneRefusal() {
        MissingChildReport bad = new MissingChildReport(" ", 19, "", "Slussen", T0.plusSeconds(60), "Karin", null);
        assertThat(bad.problems(T0)).extracting(FieldProblem::field)
                .containsExactly("childName", "childAge", "description", "lastSeenAt", "callerNumber");
        assertThatThrownBy(() -> bad.validate(T0))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(
                        "report.childName, report.childAge, report.description, report.lastSeenAt, report.callerNumber"))
                .hasMessageContaining("childAge must be 0 to 17 years")
                .hasMessageContaining("lastSeenAt is in the future");
        MissingChildReport noAge = new MissingChildReport("A", null, "d", "p", T0, "c", CALLER);
        assertThat(noAge.problems(T0)).extracting(FieldProblem::field).containsExactly("childAge");
    }

    @Test
    void unreadableFieldsAreRefusedTogetherWithTheOtherProblemsAndNothingIsRecorded() {
        classifiedCall();
        int before = h.journal.size();
        MissingChildReport bad = new MissingChildReport("", 9, "d", "p", null, "Karin", null);
        List<FieldProblem> unreadable = List.of(new FieldProblem("lastSeenAt", "at noon", "is not an instant"),
                new FieldProblem("callerNumber", "07", "is too short"));
        assertThatThrownBy(() -> h.run(new ReportMissingChild("c1", bad, unreadable)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field())
                        .isEqualTo("report.childName, report.lastSeenAt, report.callerNumber"))
                .hasMessageContaining("lastSeenAt is not an instant")
                .hasMessageContaining("callerNumber is too short");
        assertThat(h.journal).hasSize(before);
    }

    @Test
    void theReportIsTakenHandedOverThenTheCallIsHandled() {
        classifiedCall();
        assertThatThrownBy(() -> h.run(new MarkHandled("c1", "done")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("take the report before");
        assertThatThrownBy(() -> h.run(new HandOverMissingChildReport("c1", ORGANISATION)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no 116 000 report");
        h.run(new ReportMissingChild("c1", report()));
        assertThat(h.run(new ReportMissingChild("c1", report())).recorded()).isFalse();
        assertThatThrownBy(() -> h.run(new MarkHandled("c1", "done")))
                .hasMessageContaining("hand the report over before");
        h.advance(Duration.ofMinutes(3)).as("cecilia");
        CallUpdate handed = h.run(new HandOverMissingChildReport("c1", ORGANISATION));
        assertThat(handed.explanation()).isEqualTo("116 000 report handed over to Missing children hotline on 08-123 456 78");
        assertThatThrownBy(() -> h.run(new HandOverMissingChildReport("c1", ORGANISATION)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already handed over");
        h.run(new MarkHandled("c1", "report handed over"));

        MissingChildCase taken = h.state.missingChildCase("c1").orElseThrow();
        assertThat(taken.report()).isEqualTo(report());
        assertThat(taken.handOver().organisation()).isEqualTo(ORGANISATION);
        assertThat(taken.handOver().operator()).isEqualTo("cecilia");
        assertThat(taken.handOver().at()).isEqualTo(T0.plus(Duration.ofMinutes(3)));
        assertThat(h.journal).filteredOn(r -> r.event() instanceof MissingChildReportHandedOver).hasSize(1);
        assertThat(h.replay().missingChildCase("c1")).contains(taken);
    }

    @Test
    void aReportNeedsACallClassifiedAs116000() {
        h.run(new IntakeCall("c1", DialledLine.service(ServiceNumber.EMERGENCY_112), CALLER, T0));
        h.run(new AnswerCall("c1"));
        assertThatThrownBy(() -> h.run(new ReportMissingChild("c1", report())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("call c1 is ANSWERED");
        h.run(ClassifyCall.as("c1", Classification.POLICE));
        assertThatThrownBy(() -> h.run(new ReportMissingChild("c1", report())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("classified POLICE, not MISSING_CHILD_116_000");
    }

    @Test
    void aDifferentSecondReportIsAConflict() {
        classifiedCall();
        h.run(new ReportMissingChild("c1", report()));
        MissingChildReport other = new MissingChildReport("Elsa Andersson", 10, "x", "y", T0, "z", CALLER);
        assertThatThrownBy(() -> h.run(new ReportMissingChild("c1", other)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already has a 116 000 report");
    }
}
