package se.larmcentral.telephony;

import se.larmcentral.social.Outcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The recorded messages played to a caller of a direct number whom no operator needs to take (talsvar), one per
 * outcome of the social router, read from {@code telephony.announcements} at start: {@code not-available.wav} (no
 * agreement), {@code closed.wav} (outside the municipality's set times) and {@code refer-police.wav} (no agreement,
 * before 2017-12-23 17:00). {@code scripts/ensure-announcements} makes them. A file that is there but cannot be
 * played stops the start naming it; a missing one leaves that outcome to an operator (the call is queued).
 * {@code queue.wav} is the queue message (kömeddelande) a caller waiting for an operator hears; without it they
 * hear ringing only.
 */
public final class Announcements {

    static final Map<Outcome, String> FILES = Map.of(Outcome.NOT_AVAILABLE, "not-available.wav",
            Outcome.MESSAGE, "closed.wav", Outcome.REFER_POLICE, "refer-police.wav");

    static final String QUEUE_FILE = "queue.wav";

    private final Map<Outcome, Announcement> loaded;
    private final List<String> missing;
    private final Announcement queue;

    private Announcements(Map<Outcome, Announcement> loaded, List<String> missing, Announcement queue) {
        this.loaded = loaded;
        this.missing = List.copyOf(missing);
        this.queue = queue;
    }

    public static Announcements none() {
        List<String> missing = new ArrayList<>(FILES.values());
        missing.add(QUEUE_FILE);
        return new Announcements(new EnumMap<>(Outcome.class), missing, null);
    }

    /** Reads every announcement present in {@code folder} (none when it is null or absent). */
    public static Announcements read(Path folder) {
        Map<Outcome, Announcement> loaded = new EnumMap<>(Outcome.class);
        List<String> missing = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            String name = FILES.get(outcome);
            if (name == null) {
                continue;
            }
            Path file = folder == null ? null : folder.resolve(name);
            if (file != null && Files.isRegularFile(file)) {
                loaded.put(outcome, WavFile.read(file));
            } else {
                missing.add(name);
            }
        }
        Path queueFile = folder == null ? null : folder.resolve(QUEUE_FILE);
        Announcement queue = null;
        if (queueFile != null && Files.isRegularFile(queueFile)) {
            queue = WavFile.read(queueFile);
        } else {
            missing.add(QUEUE_FILE);
        }
        return new Announcements(loaded, missing, queue);
    }

    public Optional<Announcement> of(Outcome outcome) {
        return Optional.ofNullable(loaded.get(outcome));
    }

    /** The queue message, when there is one. */
    public Optional<Announcement> queue() {
        return Optional.ofNullable(queue);
    }

    /** For the log: what is played, and what is left to operators. */
    public String describe() {
        List<String> played = new ArrayList<>(loaded.values().stream()
                .map(a -> a.name() + " (" + a.duration().toMillis() / 1000.0 + " s)").toList());
        if (queue != null) {
            played.add(queue.name() + " (" + queue.duration().toMillis() / 1000.0 + " s)");
        }
        return (played.isEmpty() ? "no announcements" : "announcements " + String.join(", ", played))
                + (missing.isEmpty() ? "" : "; without " + String.join(", ", missing)
                + " those direct-number calls wait for an operator, and without queue.wav a waiting caller hears"
                + " ringing only (scripts/ensure-announcements makes them)");
    }
}
