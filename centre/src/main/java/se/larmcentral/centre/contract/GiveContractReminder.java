package se.larmcentral.centre.contract;

import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.shiftlog.ShiftLog;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.crisis.contract.ContractEvent;
import se.larmcentral.crisis.contract.ReminderSchedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reminds the supervisor of a contract's end: the reminder due now and not yet given, recorded and written into
 * the shift log in one commit. Nothing due: nothing recorded, so it can run on every tick.
 */
public record GiveContractReminder(String countyCode)
        implements Command<CentreState, Optional<ReminderSchedule.Reminder>> {

    @Override
    public Decision<Optional<ReminderSchedule.Reminder>> decide(CentreState state, Instant now) {
        Optional<ReminderSchedule.Reminder> due = state.contracts().reminderDue(countyCode, now);
        if (due.isEmpty()) {
            return Decision.of(Optional.empty());
        }
        ReminderSchedule.Reminder reminder = due.get();
        List<DomainEvent> events = new ArrayList<>();
        events.add(new ContractEvent.ContractReminderGiven(countyCode, reminder.daysBefore(), reminder.endsAt(),
                reminder.reason()));
        events.addAll(ShiftLog.write("Påminnelse: " + reminder.reason()).decide(state.shiftLog(), now).events());
        return Decision.of(due, events);
    }
}
