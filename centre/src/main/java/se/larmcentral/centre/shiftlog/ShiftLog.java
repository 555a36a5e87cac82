package se.larmcentral.centre.shiftlog;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Driftlogg: the centre's shift log, where operators note what the next shift must know (a telephony fault, a
 * road closed, a major incident declared). Append-only, like the journal it lives in.
 */
public final class ShiftLog implements Projection {

    /** Longest note accepted. */
    public static final int MAX_TEXT = 4000;

    public record Entry(long sequence, Instant at, Actor author, String text) {
    }

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public void apply(Recorded recorded) {
        if (recorded.event() instanceof ShiftLogEvent.EntryWritten written) {
            entries.add(new Entry(recorded.sequence(), recorded.at(), recorded.actor(), written.text()));
        }
    }

    /** The latest {@code limit} entries, newest last. */
    public List<Entry> latest(int limit) {
        return List.copyOf(entries.subList(Math.max(0, entries.size() - limit), entries.size()));
    }

    public static Command<ShiftLog, Void> write(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "is empty; write what the shift log should say");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "is longer than " + MAX_TEXT + " characters");
        }
        String note = text.strip();
        return (log, now) -> Decision.of(null, new ShiftLogEvent.EntryWritten(note));
    }
}
