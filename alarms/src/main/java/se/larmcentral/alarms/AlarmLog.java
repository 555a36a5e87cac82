package se.larmcentral.alarms;

import se.larmcentral.alarms.dc09.MessageType;
import se.larmcentral.alarms.desk.AlarmCases;
import se.larmcentral.alarms.figures.FigureLog;
import se.larmcentral.alarms.plans.CustomerRegister;
import se.larmcentral.centre.CentreExtension;
import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The alarm receiving's projection: per account, when it was last heard, whether it is silent, and its latest
 * messages (to recognise a resent one). Bounded: {@link #RECENT} messages an account. Also the customers, objects
 * and action plans ({@link CustomerRegister}) and the latest {@link #KEPT_ALARMS} signals other than link tests,
 * for the operator's list.
 */
public final class AlarmLog implements Projection {

    /** The alarms' events and this projection, as the centre registers them. */
    public static final CentreExtension EXTENSION = new CentreExtension(AlarmEvent.class, "alarms", AlarmLog::new);

    /** How many of an account's latest messages are kept to recognise a resent one. */
    static final int RECENT = 64;

    /** How many of the latest signals (link tests aside) are kept for the operator's list. */
    public static final int KEPT_ALARMS = 1000;

    private final CustomerRegister register = new CustomerRegister();
    private final AlarmCases cases = new AlarmCases();
    private final FigureLog figures = new FigureLog();
    private final ArrayDeque<AlarmEvent.MessageReceived> latest = new ArrayDeque<>();

    private final Map<String, Account> accounts = new HashMap<>();
    private final Map<String, Instant> silent = new TreeMap<>();
    private long received;
    private long refused;

    @Override
    public void apply(Recorded recorded) {
        switch (recorded.event()) {
            case AlarmEvent.MessageReceived m -> {
                Account account = accounts.computeIfAbsent(m.account(), a -> new Account());
                account.lastHeard = m.receivedAt();
                account.recent.addLast(new Seen(m.sequence(), m.type(), m.content(), m.receivedAt()));
                if (account.recent.size() > RECENT) {
                    account.recent.removeFirst();
                }
                received++;
                if (m.type() != MessageType.NULL) {
                    figures.received(register.objectOfAccount(m.account()).map(o -> o.customerId()).orElse(null),
                            m.receivedAt());
                    latest.addFirst(m);
                    if (latest.size() > KEPT_ALARMS) {
                        latest.removeLast();
                    }
                }
            }
            case AlarmEvent.CustomerSaved c -> register.saveCustomer(c.customer());
            case AlarmEvent.AlarmObjectSaved o -> register.saveObject(o.object());
            case AlarmEvent.ActionPlanSaved p -> register.savePlan(p.plan());
            case AlarmEvent.MessagesRefused r -> refused += r.counts().stream().mapToInt(AlarmEvent.MessagesRefused.Count::frames).sum();
            case AlarmEvent.TransmitterSilent s -> silent.put(s.account(), s.due());
            case AlarmEvent.TransmitterHeardAgain h -> silent.remove(h.account());
            case AlarmEvent.AlarmCaseOpened c -> {
                cases.apply(c, recorded.at());
                figures.apply(c, recorded.at());
            }
            case AlarmEvent.AlarmCaseTaken c -> {
                cases.apply(c, recorded.at());
                figures.apply(c, recorded.at());
            }
            case AlarmEvent.AlarmCaseRestored c -> cases.apply(c, recorded.at());
            case AlarmEvent.AlarmStepDone c -> cases.apply(c, recorded.at());
            case AlarmEvent.AlarmCaseClosed c -> {
                cases.apply(c, recorded.at());
                figures.apply(c, recorded.at());
            }
            case AlarmEvent.RescueServiceAlerted r -> cases.apply(r, recorded.at());
            case AlarmEvent.RescueServiceSaved r -> register.saveRescueService(r.service());
            default -> {
            }
        }
    }

    /** When the account's last message was received, if ever. */
    public Optional<Instant> lastHeard(String account) {
        return Optional.ofNullable(accounts.get(account)).map(a -> a.lastHeard);
    }

    /** The silent accounts and since when (the instant their report was due). */
    public Map<String, Instant> silent() {
        return Map.copyOf(silent);
    }

    /** Whether this message (same account, sequence, type and content) was received since {@code after}. */
    boolean seen(String account, String sequence, MessageType type, String content, Instant after) {
        Account known = accounts.get(account);
        if (known == null) {
            return false;
        }
        Collection<Seen> recent = known.recent;
        return recent.stream().anyMatch(s -> s.sequence.equals(sequence) && s.type == type
                && s.content.equals(content) && s.at.isAfter(after));
    }

    /** The customers, their objects and plans. */
    public CustomerRegister register() {
        return register;
    }

    /** The operator's alarm cases: open ones and the latest closed. */
    public AlarmCases cases() {
        return cases;
    }

    /** What the figures per customer are computed from. */
    public FigureLog figures() {
        return figures;
    }

    /** The latest signals other than link tests, newest first, at most {@code limit}. */
    public List<AlarmEvent.MessageReceived> latest(int limit) {
        return latest.stream().limit(Math.max(0, limit)).toList();
    }

    /** Messages recorded since the journal began. */
    public long received() {
        return received;
    }

    /** Frames refused since the journal began (summed from the summaries). */
    public long refused() {
        return refused;
    }

    private static final class Account {
        private Instant lastHeard;
        private final ArrayDeque<Seen> recent = new ArrayDeque<>();
    }

    private record Seen(String sequence, MessageType type, String content, Instant at) {
    }
}
