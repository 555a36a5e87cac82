package se.larmcentral.centre;

import se.larmcentral.calls.AnswerCall;
import se.larmcentral.calls.AttachPosition;
import se.larmcentral.calls.Classification;
import se.larmcentral.calls.ClassifyCall;
import se.larmcentral.calls.DialledLine;
import se.larmcentral.calls.IntakeCall;
import se.larmcentral.calls.MunicipalityLocation;
import se.larmcentral.calls.PositionSource;
import se.larmcentral.calls.ReportedPosition;
import se.larmcentral.core.Actor;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;
import se.larmcentral.triage.AnswerQuestions;
import se.larmcentral.triage.AssessmentView;
import se.larmcentral.triage.ChooseChapter;
import se.larmcentral.triage.ConfirmCriterion;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** A care call as an operator takes it, through the centre's port: intake with a position, answer, classify, interview. */
public final class CareCalls {

    public static final Actor OPERATOR = Actor.person("operator-1");

    private CareCalls() {
    }

    /** Intake with an AML position in Stockholm, answered and classified CARE; the centre's process does the rest. */
    public static void classifiedCare(CommandPort centre, String callId, Instant queuedAt) {
        centre.execute(OPERATOR, new IntakeCall(callId, DialledLine.service(ServiceNumber.EMERGENCY_112),
                PhoneNumber.parse("caller", "+46701234567"), queuedAt).on(CentreState::calls));
        ReportedPosition position = new ReportedPosition(new GeoPoint(59.3293, 18.0686), 20.0, 68,
                PositionSource.AML_SMS, "GNSS", queuedAt, null);
        centre.execute(OPERATOR, new AttachPosition(callId, position,
                MunicipalityLocation.notFound("no boundaries in this test")).on(CentreState::calls));
        centre.execute(OPERATOR, new AnswerCall(callId).on(CentreState::calls));
        centre.execute(OPERATOR, new ClassifyCall(callId, Classification.CARE, "chest pain", null, null)
                .on(CentreState::calls));
    }

    /** Answers the started assessment until it has a priority (first chapter, seeded answers, proposal confirmed). */
    public static int interviewToPriority(CommandPort centre, String caseId, Random random) {
        for (int round = 0; round < 20; round++) {
            AssessmentView view = centre.read(s -> s.triage().view(caseId));
            if (view.priority() > 0) {
                return view.priority();
            }
            if (!view.openQuestions().isEmpty()) {
                Map<String, Boolean> answers = new LinkedHashMap<>();
                view.openQuestions().forEach(question -> answers.put(question, random.nextInt(3) > 0));
                centre.execute(OPERATOR, new AnswerQuestions(caseId, answers).on(CentreState::triage));
            } else if (view.needsChapter()) {
                String chapter = centre.read(s -> s.triage().versions().configOf(s.triage().assessment(caseId)
                        .orElseThrow()).orElseThrow().index().chapters().getFirst().id());
                centre.execute(OPERATOR, new ChooseChapter(caseId, chapter).on(CentreState::triage));
            } else {
                centre.execute(OPERATOR, new ConfirmCriterion(caseId, null, OPERATOR).on(CentreState::triage));
            }
        }
        throw new AssertionError("no priority after 20 rounds of the interview of " + caseId);
    }
}
