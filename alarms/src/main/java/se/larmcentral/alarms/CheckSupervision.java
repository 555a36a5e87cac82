package se.larmcentral.alarms;

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
 * whole interval to be heard again. An account already silent is not raised again.
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
                faults.add(new AlarmEvent.TransmitterSilent(account, heard.orElse(null), due));
                accounts.add(account);
            }
        });
        return Decision.of(List.copyOf(accounts), faults);
    }
}
