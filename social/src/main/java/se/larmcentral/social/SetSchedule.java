package se.larmcentral.social;

import java.time.Instant;

import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;

/** Replaces an extended agreement's set times (weekly pattern, day-type and date rules). */
public record SetSchedule(String agreementId, Schedule schedule) implements Command<SocialState, String> {

    @Override
    public Decision<String> decide(SocialState state, Instant now) {
        Agreement a = state.requireAgreement("agreementId", agreementId);
        if (schedule == null) {
            throw new InvalidInputException("schedule", "is missing; use an empty schedule to connect at all times");
        }
        if (a.kind() != AgreementKind.EXTENDED) {
            throw new InvalidInputException("schedule", "set times are an add-on service; agreement " + a.id() + " is BASIC");
        }
        AgreementRules.requireReachable(a.withSchedule(schedule), state.requireJour("jourId", a.jourId()));
        return Decision.of(a.id(), new ScheduleSet(a.id(), schedule));
    }
}
