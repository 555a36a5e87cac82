package se.larmcentral.triage;

import se.larmcentral.core.ConflictException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What the commands share: finding the assessment, and the events that follow from a new interview step. */
final class InterviewProgress {

    private InterviewProgress() {
    }

    /** A case's assessment with the index and rules it runs on (the versions it started with). */
    record Running(Assessment assessment, TriageConfig config) {
    }

    /**
     * The case's assessment on the versions it started with (a newer index published since does not change it);
     * refused when the centre no longer knows its index version.
     */
    static Running current(TriageState state, String caseId) {
        Assessment a = state.require(caseId);
        TriageVersions versions = state.versions();
        TriageConfig config = versions.configOf(a).orElseThrow(() -> new ConflictException("caseId",
                "the assessment of case '" + caseId + "' uses index version " + a.indexVersion()
                        + (a.rulesVersion() == null ? "" : " and response rules " + a.rulesVersion())
                        + ", which this centre no longer has (index version " + versions.current().index().version()
                        + " is current); start a new one"));
        return new Running(a, config);
    }

    static Chapter chapter(TriageConfig config, String chapter) {
        if (chapter == null || chapter.isBlank()) {
            throw new InvalidInputException("chapter", "is missing; give a chapter number or id");
        }
        return config.index().chapter(chapter).orElseThrow(() -> new NotFoundException("chapter",
                "no chapter '" + chapter + "' in index version " + config.index().version()));
    }

    /**
     * The questions newly asked and the new proposal, after {@code after}; {@code before} is the assessment
     * before the change, or {@code null} for a new one.
     */
    static List<TriageEvent> followUp(TriageConfig config, Assessment before, Assessment after) {
        List<TriageEvent> events = new ArrayList<>();
        InterviewStep step = config.step(after);
        List<String> newQuestions = step.nextQuestions().stream().map(Question::id)
                .filter(q -> !after.asked().contains(q)).toList();
        if (!newQuestions.isEmpty()) {
            events.add(new TriageEvent.QuestionsAsked(after.caseId(), newQuestions));
        }
        Proposal previous = before == null ? null : config.step(before).proposal();
        Proposal now = step.proposal();
        if (now != null && (previous == null || !previous.code().equals(now.code())
                || previous.settled() != now.settled())) {
            events.add(new TriageEvent.CriterionProposed(after.caseId(), now.code(), now.priority(), now.settled(),
                    now.why()));
        }
        return events;
    }

    /**
     * The criterion to decide on: the proposal when {@code code} is null, else the named criterion, which must be
     * a candidate in the assessment's chapter, match the answers, and be as urgent as the proposal.
     *
     * <p>An unsettled proposal is never taken: while a more urgent criterion is still possible it is only the
     * most urgent criterion matched so far (often the chapter's least-urgent default), so the refusal names the
     * questions to ask. A named criterion is taken before the proposal is settled only when it is at least as
     * urgent as every criterion still possible, so no answer to come could make the case more urgent. A decided
     * case may always be raised to a more urgent criterion (it is safer than the priority it has); a lower
     * priority than the index's is a nurse's override, with a reason.
     */
    static Criterion chosen(TriageConfig config, Assessment a, String code) {
        InterviewStep step = config.step(a);
        Proposal proposal = step.proposal();
        if (proposal == null) {
            throw new ConflictException("code", "no criterion is proposed yet for case '" + a.caseId()
                    + "': answer the key questions or choose a chapter");
        }
        boolean named = code != null && !code.isBlank();
        Criterion criterion = named ? named(config, a, proposal, code.strip()) : proposal.criterion();
        if (proposal.settled() || a.decided() && criterion.priority() < a.priority()) {
            return criterion;
        }
        List<Criterion> possible = Interview.stillPossible(config.index(), config.chapterOf(a), a.answers());
        Criterion mostUrgent = possible.getFirst();
        List<String> moreUrgent = possible.stream().takeWhile(c -> !c.code().equals(proposal.code()))
                .map(c -> c.code() + " (priority " + c.priority() + ")").toList();
        List<String> open = step.nextQuestions().stream().map(Question::id).toList();
        if (!named) {
            throw new ConflictException("answers", "the proposal " + proposal.code() + " (priority "
                    + proposal.priority() + ") is not settled: " + String.join(", ", moreUrgent)
                    + (moreUrgent.size() == 1 ? " is" : " are") + " still possible; open questions: " + open
                    + ". Answer them, or confirm a code at least as urgent as priority " + mostUrgent.priority()
                    + "; a nurse may override the priority with a reason");
        }
        if (criterion.priority() > mostUrgent.priority()) {
            throw new ConflictException("code", criterion.code() + " is priority " + criterion.priority() + " but "
                    + mostUrgent.code() + " (priority " + mostUrgent.priority() + ") is still possible; open"
                    + " questions: " + open + ". Answer them, or confirm a code at least as urgent as priority "
                    + mostUrgent.priority() + "; a nurse may override the priority with a reason");
        }
        return criterion;
    }

    private static Criterion named(TriageConfig config, Assessment a, Proposal proposal, String code) {
        Criterion criterion = config.index().criterion(code).orElseThrow(() -> new NotFoundException("code",
                "no criterion '" + code + "' in index version " + config.index().version()));
        boolean candidate = Interview.candidates(config.index(), config.chapterOf(a)).stream()
                .anyMatch(c -> Objects.equals(c.code(), criterion.code()));
        if (!candidate) {
            throw new ConflictException("code", criterion.code() + " is not a criterion of "
                    + (a.chapter() == null ? "the key questions" : "chapter " + a.chapter()));
        }
        if (!Interview.matches(criterion, a.answers())) {
            throw new ConflictException("code", criterion.code() + " does not match the answers so far (it needs "
                    + String.join(", ", criterion.when().stream().map(Finding::toString).toList()) + ")");
        }
        if (criterion.priority() > proposal.priority()) {
            throw new ConflictException("code", criterion.code() + " is priority " + criterion.priority()
                    + " but the answers give priority " + proposal.priority() + " (" + proposal.code()
                    + "); a nurse may override the priority with a reason");
        }
        return criterion;
    }

    static String reason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is missing; " + what + " needs a reason");
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException("reason", "is longer than 2000 characters");
        }
        return reason.strip();
    }
}
