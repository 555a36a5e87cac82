package se.larmcentral.calls;

import org.junit.jupiter.api.Test;
import se.larmcentral.calls.CallEvent.CallAnswered;
import se.larmcentral.calls.CallEvent.CallQueued;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallLifecycleTest {

    static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");
    static final PhoneNumber CALLER = PhoneNumber.parse("caller", "070-123 45 67");
    static final DialledLine LINE_112 = DialledLine.service(ServiceNumber.EMERGENCY_112);

    final Harness h = new Harness(T0);

    private void intake(String id) {
        h.run(new IntakeCall(id, LINE_112, CALLER, h.now.minusSeconds(1)));
    }

    @Test
    void theSameOperatorAnsweringAgainGetsTheirEarlierAnswerAndAColleagueAConflict() {
        h.as("telephony");
        h.run(new IntakeCall("c9", LINE_112, CALLER, T0));
        h.advance(Duration.ofSeconds(4)).as("anna");
        CallUpdate first = h.run(AnswerCall.by("c9", "anna"));
        assertThat(first.recorded()).isTrue();
        int events = h.journal.size();
        h.advance(Duration.ofSeconds(30));
        CallUpdate again = h.run(AnswerCall.by("c9", "anna"));
        assertThat(again.state()).isEqualTo(CallState.ANSWERED);
        assertThat(again.at()).isEqualTo(first.at());
        assertThat(again.recorded()).isFalse();
        assertThat(h.journal).hasSize(events);
        h.as("bertil");
        assertThatThrownBy(() -> h.run(AnswerCall.by("c9", "bertil"))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("ANSWERED");
    }

    @Test
    void aCallGoesThroughItsWholeLifeWithAnEventPerStepNamingTheOperator() {
        h.as("telephony");
        CallUpdate queued = h.run(new IntakeCall("c1", LINE_112, CALLER, T0));
        assertThat(queued.recorded()).isTrue();
        h.advance(Duration.ofMillis(6500)).as("anna");
        CallUpdate answered = h.run(new AnswerCall("c1"));
        assertThat(answered.explanation()).isEqualTo("answered after 6.5 s in the queue");
        h.advance(Duration.ofSeconds(40));
        h.run(ClassifyCall.as("c1", Classification.POLICE));
        h.advance(Duration.ofSeconds(20));
        h.run(new LinkCase("c1", CaseLinkKind.TRANSFER, "+46114140000", "transferred to the police"));
        h.run(new MarkHandled("c1", "connected to the police"));
        h.advance(Duration.ofSeconds(5)).as("bertil");
        CallUpdate closed = h.run(new CloseCall("c1"));

        assertThat(closed.state()).isEqualTo(CallState.CLOSED);
        Call call = h.state.requireCall("callId", "c1");
        assertThat(call.transitions()).extracting(CallTransition::to).containsExactly(
                CallState.QUEUED, CallState.ANSWERED, CallState.CLASSIFIED, CallState.HANDLED, CallState.CLOSED);
        assertThat(call.transitions()).extracting(CallTransition::operator).containsExactly(
                "telephony", "anna", "anna", "anna", "bertil");
        assertThat(call.transitions()).extracting(CallTransition::at).containsExactly(
                T0, T0.plusMillis(6500), T0.plusMillis(46500), T0.plusMillis(66500), T0.plusMillis(71500));
        assertThat(call.answerTime()).contains(Duration.ofMillis(6500));
        assertThat(call.classification().classification()).isEqualTo(Classification.POLICE);
        assertThat(call.outcome()).isEqualTo("connected to the police");
        assertThat(call.links()).singleElement().satisfies(link -> {
            assertThat(link.kind()).isEqualTo(CaseLinkKind.TRANSFER);
            assertThat(link.operator()).isEqualTo("anna");
        });
        assertThat(h.journal).hasSize(6);
        assertThat(h.replay().requireCall("callId", "c1")).isEqualTo(call);
    }

    @Test
    void aSecondIntakeWithTheSameContentRecordsNothing() {
        h.run(new IntakeCall("c1", LINE_112, CALLER, T0));
        h.advance(Duration.ofSeconds(3));
        CallUpdate again = h.run(new IntakeCall("c1", LINE_112, CALLER, T0));
        assertThat(again.recorded()).isFalse();
        assertThat(again.explanation()).contains("already taken in");
        assertThat(h.journal).hasSize(1);
        assertThat(h.journal.getFirst().event()).isInstanceOf(CallQueued.class);
    }

    @Test
    void anIntakeWithoutQueuedAtIsQueuedNowAndARetryWithoutItMatchesTheCallTakenIn() {
        CallUpdate first = h.run(new IntakeCall("c1", LINE_112, CALLER, null));
        assertThat(first.recorded()).isTrue();
        assertThat(h.state.requireCall("callId", "c1").queuedAt()).isEqualTo(T0);
        h.advance(Duration.ofSeconds(3));
        CallUpdate again = h.run(new IntakeCall("c1", LINE_112, CALLER, null));
        assertThat(again.recorded()).isFalse();
        assertThat(h.journal).hasSize(1);
        assertThatThrownBy(() -> h.run(new IntakeCall("c1", LINE_112, CALLER, T0.plusSeconds(1))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("queuedAt");
    }

    @Test
    void anIntakeWithAPositionRecordsBothEventsInOneDecisionAndComparesThePositionOnARetry() {
        ReportedPosition position = new ReportedPosition(new GeoPoint(59.33, 18.06), 25.0, null,
                PositionSource.PIDF_LO, "", null, null);
        MunicipalityLocation located = new MunicipalityLocation("0180", "Stockholm", "in 0180 Stockholm");
        CallUpdate queued = h.run(new IntakeCall("c1", LINE_112, CALLER, T0, position, located));
        assertThat(queued.recorded()).isTrue();
        assertThat(h.journal).extracting(r -> r.event().getClass().getSimpleName())
                .containsExactly("CallQueued", "PositionReported");
        Call call = h.state.requireCall("callId", "c1");
        assertThat(call.position().bestPoint()).contains(new GeoPoint(59.33, 18.06));
        assertThat(call.municipalityCode()).contains("0180");

        assertThat(h.run(new IntakeCall("c1", LINE_112, CALLER, T0, position, located)).recorded()).isFalse();
        assertThat(h.run(new IntakeCall("c1", LINE_112, CALLER, null)).recorded()).isFalse();
        ReportedPosition elsewhere = new ReportedPosition(new GeoPoint(57.7, 11.97), 25.0, null,
                PositionSource.PIDF_LO, "", null, null);
        assertThatThrownBy(() -> h.run(new IntakeCall("c1", LINE_112, CALLER, T0, elsewhere, located)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("position");
        assertThat(h.journal).hasSize(2);
    }

    @Test
    void aSecondIntakeWithOtherContentIsAConflictNamingWhatDiffers() {
        h.run(new IntakeCall("c1", LINE_112, CALLER, T0));
        DialledLine crisis = DialledLine.service(ServiceNumber.CRISIS_INFORMATION_113_13);
        assertThatThrownBy(() -> h.run(new IntakeCall("c1", crisis, CALLER, T0.plusSeconds(1))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("line (112 before, 113 13 now)")
                .hasMessageContaining("queuedAt (" + T0 + " before, " + T0.plusSeconds(1) + " now)")
                .hasMessageNotContaining("callerNumber");
        assertThat(h.journal).hasSize(1);
    }

    @Test
    void intakeRefusesMissingAndFutureInput() {
        assertThatThrownBy(() -> h.run(new IntakeCall(" ", LINE_112, CALLER, T0)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("callId");
        assertThatThrownBy(() -> h.run(new IntakeCall("c1", null, CALLER, T0)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("line");
        assertThatThrownBy(() -> h.run(new IntakeCall("c1", LINE_112, CALLER, T0.plusSeconds(3))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("queuedAt");
        h.run(new IntakeCall("c2", LINE_112, null, T0.plusSeconds(2)));
        assertThat(h.state.requireCall("callId", "c2").callerNumber()).isNull();
        assertThat(h.journal).hasSize(1);
    }

    @Test
    void answeringACallNeverQueuedIsRefusedAsUnknown() {
        assertThatThrownBy(() -> h.run(new AnswerCall("ghost")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("unknown call 'ghost'");
        assertThat(h.journal).isEmpty();
    }

    @Test
    void outOfOrderStepsAreRefusedNamingTheState() {
        intake("c1");
        assertThatThrownBy(() -> h.run(ClassifyCall.as("c1", Classification.CARE)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("call c1 is QUEUED and cannot become CLASSIFIED");
        h.run(new AnswerCall("c1"));
        assertThatThrownBy(() -> h.run(new AnswerCall("c1")))
                .hasMessageContaining("call c1 is ANSWERED and cannot become ANSWERED");
        assertThatThrownBy(() -> h.run(new AbandonCall("c1")))
                .hasMessageContaining("is ANSWERED and cannot become ABANDONED");
        h.run(ClassifyCall.as("c1", Classification.CARE));
        assertThatThrownBy(() -> h.run(ClassifyCall.as("c1", Classification.SOCIAL)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("call c1 is CLASSIFIED and cannot become CLASSIFIED; from CLASSIFIED it may become: HANDLED");
        assertThatThrownBy(() -> h.run(new CloseCall("c1")))
                .hasMessageContaining("is CLASSIFIED and cannot become CLOSED");
        assertThat(h.journal).hasSize(3);
        assertThat(h.state.requireCall("callId", "c1").classification().classification()).isEqualTo(Classification.CARE);
    }

    @Test
    void aCallerWhoHangsUpInTheQueueIsRecordedAsAbandoned() {
        intake("c1");
        h.advance(Duration.ofSeconds(12));
        CallUpdate abandoned = h.run(new AbandonCall("c1"));
        assertThat(abandoned.explanation()).isEqualTo("abandoned after 13.0 s in the queue");
        Call call = h.state.requireCall("callId", "c1");
        assertThat(call.state()).isEqualTo(CallState.ABANDONED);
        assertThat(call.answerTime()).isEmpty();
        assertThat(call.waitAt(T0.plusSeconds(100))).isEqualTo(Duration.ofSeconds(13));
        assertThatThrownBy(() -> h.run(new AnswerCall("c1"))).hasMessageContaining("is ABANDONED");
    }

    @Test
    void linksMustFitTheClassificationAndARepeatedLinkRecordsNothing() {
        intake("c1");
        h.run(new AnswerCall("c1"));
        assertThatThrownBy(() -> h.run(new LinkCase("c1", CaseLinkKind.TRIAGE_ASSESSMENT, "t-1", null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("call c1 is ANSWERED: cannot record");
        h.run(ClassifyCall.as("c1", Classification.CARE));
        h.run(new LinkCase("c1", CaseLinkKind.TRIAGE_ASSESSMENT, "t-1", null));
        h.run(new LinkCase("c1", CaseLinkKind.DISPATCH_INCIDENT, "i-7", "priority 1"));
        CallUpdate repeated = h.run(new LinkCase("c1", CaseLinkKind.DISPATCH_INCIDENT, "i-7", "priority 1"));
        assertThat(repeated.recorded()).isFalse();
        assertThatThrownBy(() -> h.run(new LinkCase("c1", CaseLinkKind.SOCIAL_DECISION, "s-1", "socialjour")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("classified CARE, which takes no SOCIAL_DECISION link");
        assertThat(h.state.requireCall("callId", "c1").links())
                .extracting(CaseLink::kind, CaseLink::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CaseLinkKind.TRIAGE_ASSESSMENT, "t-1"),
                        org.assertj.core.groups.Tuple.tuple(CaseLinkKind.DISPATCH_INCIDENT, "i-7"));
    }

    @Test
    void aSocialCallRecordsTheRoutersDecisionAsPlainData() {
        PhoneNumber direct = PhoneNumber.parse("line", "08-508 000 00");
        h.run(new IntakeCall("c1", DialledLine.direct(direct, "0180"), CALLER, T0));
        h.run(new AnswerCall("c1"));
        h.run(ClassifyCall.as("c1", Classification.SOCIAL));
        h.run(new LinkCase("c1", CaseLinkKind.SOCIAL_DECISION, "decision-42",
                "Stockholm socialjour by agreement A-12, night schedule: connect to 08-123 456 78"));
        Call call = h.state.requireCall("callId", "c1");
        assertThat(call.links().getFirst().summary()).startsWith("Stockholm socialjour");
        assertThat(call.municipalityCode()).contains("0180");
        assertThat(call.line().label()).isEqualTo("08-508 000 00 (0180)");
    }

    @Test
    void crisisTopicBelongsOnlyTo11313Information() {
        intake("c1");
        h.run(new AnswerCall("c1"));
        assertThatThrownBy(() -> h.run(new ClassifyCall("c1", Classification.POLICE, null, "storm", null)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("crisisTopic");
        assertThatThrownBy(() -> h.run(new ClassifyCall("c1", Classification.CRISIS_INFORMATION_113_13, null, " ", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("crisisTopic: is missing");
        assertThatThrownBy(() -> h.run(new ClassifyCall("c1", Classification.CRISIS_INFORMATION_113_13, null, "storm", "m-9")))
                .isInstanceOf(NotFoundException.class);
        h.run(new ClassifyCall("c1", Classification.CRISIS_INFORMATION_113_13, "asked about power", " Storm ", null));
        assertThat(h.state.requireCall("callId", "c1").classification().crisisTopic()).isEqualTo("Storm");
    }

    @Test
    void positionsReportedCorrectedAndMunicipalityChosenAreAllKept() {
        intake("c1");
        ReportedPosition aml = new ReportedPosition(new GeoPoint(59.33456, 18.06321), 10.0, 68, PositionSource.AML_SMS,
                "GNSS", T0, null);
        MunicipalityLocation stockholm = new MunicipalityLocation("0180", "Stockholm", "in 0180 Stockholm");
        CallUpdate attached = h.run(new AttachPosition("c1", aml, stockholm));
        assertThat(attached.explanation()).contains("AML_SMS").contains("in 0180 Stockholm");
        assertThatThrownBy(() -> h.run(new CorrectPosition("c1", new GeoPoint(59.3, 18.0), "caller says", stockholm)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("call c1 is QUEUED: cannot correct the position");
        h.run(new AnswerCall("c1"));
        MunicipalityLocation solna = new MunicipalityLocation("0184", "Solna", "in 0184 Solna");
        h.run(new CorrectPosition("c1", new GeoPoint(59.36, 18.00), "caller is at Solna station", solna));
        Call corrected = h.state.requireCall("callId", "c1");
        assertThat(corrected.municipalityCode()).contains("0184");
        CallUpdate chosen = h.run(new ChooseMunicipality("c1", "0186", "Lidingö", "caller is on the ferry"));
        assertThat(chosen.explanation()).isEqualTo("municipality set to 0186 Lidingö (was 0184)");

        Call call = h.state.requireCall("callId", "c1");
        assertThat(call.position().reported()).singleElement().satisfies(report -> {
            assertThat(report.position()).isEqualTo(aml);
            assertThat(report.located().code()).isEqualTo("0180");
        });
        assertThat(call.position().corrected().point()).isEqualTo(new GeoPoint(59.36, 18.00));
        assertThat(call.position().corrected().located().code()).isEqualTo("0184");
        assertThat(call.position().chosen().code()).isEqualTo("0186");
        assertThat(call.position().chosen().operator()).isEqualTo("operator-1");
        assertThat(call.municipalityCode()).contains("0186");
        assertThat(call.position().bestPoint()).contains(new GeoPoint(59.36, 18.00));
        assertThat(h.replay().requireCall("callId", "c1")).isEqualTo(call);
    }

    @Test
    void aPositionCanBeAttachedToAnAbandonedCallButNotToAClosedOne() {
        intake("c1");
        h.run(new AbandonCall("c1"));
        ReportedPosition aml = new ReportedPosition(new GeoPoint(59.3, 18.0), 50.0, null, PositionSource.AML_HTTPS,
                "WIFI", null, null);
        h.run(new AttachPosition("c1", aml, MunicipalityLocation.notFound("no boundaries")));
        assertThat(h.state.requireCall("callId", "c1").position().reported()).hasSize(1);
        assertThat(h.state.requireCall("callId", "c1").municipalityCode()).isEmpty();

        intake("c2");
        h.run(new AnswerCall("c2"));
        h.run(ClassifyCall.as("c2", Classification.HUNG_UP));
        h.run(new MarkHandled("c2", "no answer on call-back"));
        h.run(new CloseCall("c2"));
        assertThatThrownBy(() -> h.run(new AttachPosition("c2", aml, MunicipalityLocation.notFound("x"))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("call c2 is CLOSED");
    }

    @Test
    void chooseMunicipalityValidatesTheCode() {
        intake("c1");
        h.run(new AnswerCall("c1"));
        assertThatThrownBy(() -> h.run(new ChooseMunicipality("c1", "180", "Stockholm", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("four-digit SCB municipality code");
    }

    @Test
    void aPositionFindsTheLatestOpenCallFromTheHandset() {
        h.run(new IntakeCall("c1", LINE_112, CALLER, T0));
        h.advance(Duration.ofMinutes(1));
        h.run(new IntakeCall("c2", LINE_112, CALLER, T0.plusSeconds(50)));
        h.run(new IntakeCall("c3", LINE_112, PhoneNumber.parse("x", "070-765 43 21"), T0.plusSeconds(55)));
        assertThat(h.state.latestOpenCallFrom(CALLER, h.now)).map(Call::id).contains("c2");
        assertThat(h.state.latestOpenCallFrom(CALLER, T0.plusSeconds(10))).map(Call::id).contains("c1");
        assertThat(h.state.latestOpenCallFrom(PhoneNumber.parse("x", "070-000 00 01"), h.now)).isEmpty();
    }

    @Test
    void eventsCarryTheInstantOfDecision() {
        intake("c1");
        h.advance(Duration.ofSeconds(4));
        h.run(new AnswerCall("c1"));
        assertThat(h.journal.get(1).event()).isEqualTo(new CallAnswered("c1", T0.plusSeconds(4)));
    }
}
