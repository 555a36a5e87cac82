package se.larmcentral.social;

/** An extended agreement's set times were replaced. */
public record ScheduleSet(String agreementId, Schedule schedule) implements SocialEvent {
}
