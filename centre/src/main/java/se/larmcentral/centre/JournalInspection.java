package se.larmcentral.centre;

import se.larmcentral.centre.shiftlog.ShiftLog;
import se.larmcentral.core.Actor;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.Recorded;
import se.larmcentral.journal.EventCodec;
import se.larmcentral.journal.InspectedRow;
import se.larmcentral.journal.Journal;
import se.larmcentral.journal.Quarantine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code larm journal verify | show | quarantine} do, on a journal no centre is running on: read every row as the
 * replay would (checksum, decoding, the centre's state applying it) but report each row that fails instead of
 * stopping at the first; show one row; set one aside with who, where, when and why, and write that into the shift log
 * once the centre starts again.
 */
public final class JournalInspection {

    /** A row the replay would stop at. */
    public record Problem(long sequence, String type, String reason) {
    }

    /** The whole journal: rows read, rows set aside, rows without checksum yet, the problems found. */
    public record Report(long rows, List<Quarantine> quarantined, long withoutChecksum, List<Problem> problems) {

        public boolean healthy() {
            return problems.isEmpty();
        }
    }

    private final Journal journal;
    private final Centre.Setup setup;

    public JournalInspection(Journal journal, Centre.Setup setup) {
        this.journal = journal;
        this.setup = setup;
    }

    public Report verify() {
        EventCodec codec = Centre.eventTypes(new EventCodec(), setup.extensions());
        CentreState state = Centre.emptyState(setup).get();
        List<Problem> problems = new ArrayList<>();
        List<Quarantine> quarantined = new ArrayList<>();
        long[] counts = new long[2];
        journal.inspect(0, inspected -> {
            counts[0]++;
            var row = inspected.row();
            if (inspected.quarantine() != null) {
                quarantined.add(inspected.quarantine());
                return;
            }
            if (inspected.checksum() == InspectedRow.Check.MISMATCH) {
                problems.add(new Problem(row.sequence(), row.type(), "its checksum does not match: the row was changed"
                        + " after it was written"));
                return;
            }
            if (inspected.checksum() == InspectedRow.Check.MISSING) {
                counts[1]++;
            }
            Recorded recorded;
            try {
                recorded = codec.decode(row);
            } catch (RuntimeException e) {
                problems.add(new Problem(row.sequence(), row.type(), e.getMessage()));
                return;
            }
            try {
                state.apply(recorded);
            } catch (RuntimeException e) {
                problems.add(new Problem(row.sequence(), row.type(), "the state cannot apply it: " + e.getMessage()));
            }
        });
        return new Report(counts[0], List.copyOf(quarantined), counts[1], List.copyOf(problems));
    }

    /** The row with this sequence number, set aside or not, with its checksum state. */
    public InspectedRow show(long sequence) {
        InspectedRow[] found = {null};
        try {
            journal.inspect(Math.max(0, sequence - 1), row -> {
                if (row.row().sequence() == sequence) {
                    found[0] = row;
                }
                if (row.row().sequence() >= sequence) {
                    throw new Found();
                }
            });
        } catch (Found stop) {
            // the rest of the journal is not needed
        }
        if (found[0] == null) {
            throw new NotFoundException("sequence", "the journal has no row with sequence number " + sequence);
        }
        return found[0];
    }

    /** Stops the row stream once the row is found. */
    private static final class Found extends RuntimeException {
        Found() {
            super(null, null, false, false);
        }
    }

    /**
     * Sets the row aside as {@code actor} from {@code host}; refused when no such row or already set aside, or when
     * the reason is missing. The caller holds the writer lock.
     */
    public Quarantine quarantine(long sequence, String reason, Actor actor, String host, Clock clock) {
        Quarantine quarantine = new Quarantine(sequence, reason == null ? null : reason.strip(), actor.id(), host,
                clock.instant());
        journal.quarantine(quarantine);
        return quarantine;
    }

    /** The shift-log note that records a quarantine in the journal itself, once the centre starts. */
    public static void recordInShiftLog(CommandPort centre, Actor actor, Quarantine quarantine, String type) {
        String text = "Journal row " + quarantine.sequence() + " (" + type + ") was quarantined by " + quarantine.by()
                + " on " + quarantine.host() + " at " + quarantine.at() + ": " + quarantine.reason();
        centre.execute(actor, ShiftLog.write(text.length() > ShiftLog.MAX_TEXT
                ? text.substring(0, ShiftLog.MAX_TEXT) : text).on(CentreState::shiftLog));
    }
}
