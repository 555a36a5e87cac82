package se.larmcentral.crisis.contract;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When the supervisor is reminded of a contract's end: a number of calendar days before it (settings; e.g. 90, 30,
 * 7 and 1). A reminder N days before is due from 00:00 Europe/Stockholm N days before the end instant, so a day
 * with a daylight-saving change between still counts as one day.
 */
public record ReminderSchedule(List<Integer> daysBefore) {

    public static final ReminderSchedule STANDARD = new ReminderSchedule(List.of(90, 30, 7, 1));

    /** The longest lead accepted: ten years. */
    private static final int MAX_DAYS = 3660;

    public ReminderSchedule {
        if (daysBefore == null) {
            throw new InvalidInputException("reminders", "a list of days before the end is required");
        }
        TreeSet<Integer> distinct = new TreeSet<>(Comparator.reverseOrder());
        for (int i = 0; i < daysBefore.size(); i++) {
            Integer days = daysBefore.get(i);
            if (days == null || days < 1 || days > MAX_DAYS) {
                throw new InvalidInputException("reminders[" + i + "]", "whole days between 1 and " + MAX_DAYS);
            }
            if (!distinct.add(days)) {
                throw new InvalidInputException("reminders[" + i + "]", days + " is given twice");
            }
        }
        daysBefore = List.copyOf(distinct);
    }

    /** A reminder that is due: how many days before the end, from when, and why in words. */
    public record Reminder(String countyCode, int daysBefore, Instant dueAt, Instant endsAt, String reason) {
    }

    /** The instant the reminder {@code days} before the end of {@code contract} falls due. */
    public static Instant dueAt(CareContract contract, int days) {
        return contract.effectiveEnd().plusDays(1).minusDays(days).atStartOfDay(SwedishTime.ZONE).toInstant();
    }

    /**
     * The reminder due at {@code now}: the nearest to the end whose instant has passed, while the contract has not
     * ended. Empty before the first, and from the end instant on (then the hand-over speaks for itself).
     */
    public Optional<Reminder> due(CareContract contract, Instant now) {
        if (contract.endedAt(now)) {
            return Optional.empty();
        }
        Optional<Reminder> latest = Optional.empty();
        for (int days : daysBefore) {
            Instant at = dueAt(contract, days);
            if (!now.isBefore(at)) {
                latest = Optional.of(new Reminder(contract.region().countyCode(), days, at, contract.endsAt(),
                        reason(contract, days)));
            }
        }
        return latest;
    }

    /** Every reminder instant of {@code contract} still ahead of {@code now}, earliest first. */
    public List<Instant> ahead(CareContract contract, Instant now) {
        List<Instant> ahead = new ArrayList<>();
        for (int days : daysBefore) {
            Instant at = dueAt(contract, days);
            if (at.isAfter(now) && at.isBefore(contract.endsAt())) {
                ahead.add(at);
            }
        }
        return ahead;
    }

    private static String reason(CareContract contract, int days) {
        return "avtalet om ambulanssjukvård för " + contract.region().text() + " upphör " + contract.endText()
                + " (påminnelse " + days + (days == 1 ? " dag" : " dagar") + " före); öppna ärenden lämnas då över till "
                + contract.receiver().name() + " (" + contract.receiver().contact() + ")";
    }
}
