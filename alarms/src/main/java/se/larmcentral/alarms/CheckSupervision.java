package se.larmcentral.alarms;

import se.larmcentral.alarms.desk.CaseOpening;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Raises a fault for each supervised account heard nothing past its interval, counted from its last message or from
 * {@code since} (when supervision began), whichever is later: after the receiver was down, every transmitter has a
 * whole interval to be heard again. An account already silent is not raised again. Each fault opens a case for the
 * operator in the same commit ({@link CaseOpening#silent}); the account heard again restores it.
 *
 * @param intervals each supervised account's expected test or link-test interval
 * @param since     when supervision began (the receiver's start)
 */
public record CheckSupervision(Map<String, Duration> intervals, Instant since) implements Command<CentreState, List<String>> {

    public CheckSupervision {
        intervals = new TreeMap<>(intervals);
    }

    @Override
    public Decision<List<String>> decide(CentreState state, Instant now) {
        AlarmLog log = state.extension(AlarmLog.class);
        Map<String, Instant> silent = log.silent();
        List<DomainEvent> faults = new ArrayList<>();
        List<String> accounts = new ArrayList<>();
        intervals.forEach((account, interval) -> {
            Optional<Instant> heard = log.lastHeard(account);
            Instant due = heard.filter(h -> h.isAfter(since)).orElse(since).plus(interval);
            if (now.isAfter(due) && !silent.containsKey(account)) {
                AlarmEvent.TransmitterSilent fault = new AlarmEvent.TransmitterSilent(account, heard.orElse(null), due);
                faults.add(fault);
                faults.add(CaseOpening.silent(fault, log.register(), log.cases().nextId(accounts.size())));
                accounts.add(account);
            }
        });
        return Decision.of(List.copyOf(accounts), faults);
    }
}
