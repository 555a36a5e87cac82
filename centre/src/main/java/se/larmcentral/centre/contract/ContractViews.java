package se.larmcentral.centre.contract;

import se.larmcentral.centre.CentreState;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.crisis.contract.CareContract;
import se.larmcentral.crisis.contract.Contracts;
import se.larmcentral.crisis.contract.Extension;
import se.larmcentral.crisis.contract.ReceivingParty;
import se.larmcentral.crisis.contract.ReminderSchedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** What the supervisor sees of the regional contracts: the terms, the days left, the reminder and the hand-over. */
public final class ContractViews {

    private ContractViews() {
    }

    /**
     * One contract at an instant.
     *
     * @param endsAt      the end instant (exclusive): the last day's 24:00 Europe/Stockholm
     * @param daysLeft    the days in force from today (Europe/Stockholm) to the last day, both counted; 0 once ended
     * @param reminder    the reminder due now (nearest the end whose instant has passed), or null
     * @param remindersAhead the instants of the reminders still to come
     * @param handedOver  the incidents handed over at its end, in order (each can be exported to the receiving party)
     */
    public record ContractStatus(String countyCode, String countyName, LocalDate start, LocalDate end,
                                 LocalDate effectiveEnd, Instant endsAt, String endText, boolean inForce,
                                 boolean ended, long daysLeft, List<Extension> extensions, String fleet,
                                 String responseRules, ReceivingParty receiver, ReminderSchedule.Reminder reminder,
                                 List<Instant> remindersAhead, List<String> handedOver) {
    }

    public record ContractsView(Instant at, List<Integer> reminderDays, List<ContractStatus> contracts) {
    }

    public static ContractsView all(CentreState state, Instant now) {
        Contracts contracts = state.contracts();
        return new ContractsView(now, contracts.reminders().daysBefore(),
                contracts.all().stream().map(c -> status(contracts, c, now)).toList());
    }

    public static ContractStatus status(Contracts contracts, CareContract contract, Instant now) {
        String county = contract.region().countyCode();
        LocalDate today = now.atZone(SwedishTime.ZONE).toLocalDate();
        long daysLeft = contract.endedAt(now) ? 0 : Math.max(0, ChronoUnit.DAYS.between(today, contract.effectiveEnd()) + 1);
        return new ContractStatus(county, contract.region().name(), contract.start(), contract.end(),
                contract.effectiveEnd(), contract.endsAt(), contract.endText(), contract.inForce(now),
                contract.endedAt(now), daysLeft, contract.extensions(), contract.fleet(), contract.responseRules(),
                contract.receiver(), contracts.currentReminder(county, now).orElse(null),
                contracts.reminders().ahead(contract, now), contracts.handedOverIn(county));
    }
}
