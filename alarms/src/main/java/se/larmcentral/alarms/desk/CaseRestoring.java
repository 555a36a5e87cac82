package se.larmcentral.alarms.desk;

import se.larmcentral.alarms.AlarmEvent;
import se.larmcentral.alarms.dc09.MessageType;

import java.util.Map;
import java.util.Optional;

/**
 * Joins a restore signal to the open case it restores (återställning): the same account and zone, and the alarm code
 * it restores by SIA DC-03's pairs (BR restores BA, BJ restores BT, AR restores AT, ...), or for Contact ID a restore
 * of the same event code. The newest such open case not yet restored; none: the signal is only recorded. A silent
 * transmitter heard again restores its transmission-fault case ({@link #heardAgain}).
 */
public final class CaseRestoring {

    /** Restore codes and the code each restores. */
    static final Map<String, String> RESTORES = Map.ofEntries(
            Map.entry("BR", "BA"), Map.entry("FR", "FA"), Map.entry("SR", "SA"), Map.entry("PR", "PA"),
            Map.entry("HR", "HA"), Map.entry("MR", "MA"), Map.entry("TR", "TA"), Map.entry("GR", "GA"),
            Map.entry("WR", "WA"), Map.entry("KR", "KA"), Map.entry("ZR", "ZA"), Map.entry("BJ", "BT"),
            Map.entry("FJ", "FT"), Map.entry("AR", "AT"), Map.entry("YR", "YT"), Map.entry("YQ", "YP"),
            Map.entry("YK", "YC"));

    private CaseRestoring() {
    }

    /** A silent account heard again restores its open transmission-fault case (code empty: no code was sent). */
    public static Optional<AlarmEvent.AlarmCaseRestored> heardAgain(AlarmEvent.TransmitterHeardAgain h,
                                                                    AlarmCases cases) {
        return cases.open().stream()
                .filter(c -> c.restored() == null && c.account().equals(h.account()) && c.code().isEmpty())
                .max(java.util.Comparator.comparing(AlarmCase::receivedAt))
                .map(c -> new AlarmEvent.AlarmCaseRestored(c.id(), "", h.heardAt()));
    }

    public static Optional<AlarmEvent.AlarmCaseRestored> of(AlarmEvent.MessageReceived m, AlarmCases cases) {
        String restored;
        if (m.type() == MessageType.ADM_CID && "RESTORE".equals(m.qualifier())) {
            restored = m.code();
        } else if (m.type() == MessageType.SIA_DCS && RESTORES.containsKey(m.code())) {
            restored = RESTORES.get(m.code());
        } else {
            return Optional.empty();
        }
        return cases.open().stream()
                .filter(c -> c.restored() == null && c.account().equals(m.account()) && c.code().equals(restored)
                        && java.util.Objects.equals(c.zone(), m.zone()))
                .max(java.util.Comparator.comparing(AlarmCase::receivedAt))
                .map(c -> new AlarmEvent.AlarmCaseRestored(c.id(), m.code(), m.receivedAt()));
    }
}
