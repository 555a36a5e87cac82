package se.larmcentral.triage;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records the caller's answers (question id to yes/no). Only asked questions may be answered; answers to
 * questions that the interview asks because of earlier answers in the same command are accepted in rounds,
 * each round taking the answers to every question open at its start. A changed answer corrects the earlier
 * one. If any answer is to a question never asked, nothing is recorded.
 */
public record AnswerQuestions(String caseId, Map<String, Boolean> answers)
        implements Command<TriageState, AssessmentView> {

    public AnswerQuestions {
        answers = answers == null ? null : new LinkedHashMap<>(answers);
    }

    @Override
    public Decision<AssessmentView> decide(TriageState state, Instant now) {
        InterviewProgress.Running running = InterviewProgress.current(state, caseId);
        TriageConfig config = running.config();
        Assessment current = running.assessment();
        if (answers == null || answers.isEmpty()) {
            throw new InvalidInputException("answers", "give at least one answer (question id: yes or no)");
        }
        Map<String, Boolean> pending = new LinkedHashMap<>();
        answers.forEach((question, answer) -> {
            String field = "answers." + question;
            if (config.index().question(question).isEmpty()) {
                throw new NotFoundException(field, "no question '" + question + "' in index version "
                        + config.index().version());
            }
            if (answer == null) {
                throw new InvalidInputException(field, "must be yes (true) or no (false)");
            }
            pending.put(question, answer);
        });
        List<TriageEvent> events = new ArrayList<>();
        while (!pending.isEmpty()) {
            Assessment before = current;
            List<TriageEvent> round = new ArrayList<>();
            for (String question : List.copyOf(pending.keySet())) {
                if (before.asked().contains(question)) {
                    boolean answer = pending.remove(question);
                    if (!Boolean.valueOf(answer).equals(before.answers().get(question))) {
                        round.add(new TriageEvent.AnswerRecorded(caseId, question, answer));
                    }
                }
            }
            if (round.isEmpty()) {
                break;
            }
            Assessment answered = before.after(round, now);
            round.addAll(InterviewProgress.followUp(config, before, answered));
            current = before.after(round, now);
            events.addAll(round);
        }
        if (!pending.isEmpty()) {
            String question = pending.keySet().iterator().next();
            throw new ConflictException("answers." + question, "question '" + question
                    + "' has not been asked in the assessment of case '" + caseId + "'; open questions: "
                    + current.openQuestions());
        }
        return Decision.of(AssessmentView.of(config, current), events);
    }
}
