package se.larmcentral.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.journal.CommandAnswers;
import se.larmcentral.journal.CommandLoop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes a retried change safe: a signed-in account's request with an {@code Idempotency-Key} header that
 * succeeded is remembered (its status, content type and body) for {@link #WINDOW}, and the same key again from the
 * same account on the same method and path with the same body gets that answer again without being executed
 * (logins and logouts are not remembered). The same key with another request is refused (400); while the first is still being handled, 409.
 * Refusals are not remembered: nothing was recorded, so the retry is simply tried again. The memory is bounded:
 * at most {@link #MAX_KEYS} keys and {@link #MAX_BYTES} of answers, the oldest forgotten first; answers larger
 * than {@link #MAX_ANSWER_BYTES} are not kept. The key itself also goes into the journal with the request's commands
 * ({@link #journalKey}), so a retry after a restart or a takeover is not recorded twice; and a successful text answer
 * is kept in the journal's database too ({@link CommandAnswers}), so that retry gets the first answer's body back
 * ({@link #recordedAnswer}). Only when the node died between the commit and keeping the answer is the retry told that
 * the commands were already recorded.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    static final Duration WINDOW = Duration.ofHours(1);
    static final int MAX_KEYS = 10_000;
    static final long MAX_BYTES = 32L * 1024 * 1024;
    static final int MAX_ANSWER_BYTES = 256 * 1024;
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,128}");

    /** What a request with a key is to do: answer again, or run and then {@link #complete} or {@link #release}. */
    public sealed interface Claim permits Replay, Fresh, None {
    }

    /** The remembered answer. */
    public record Replay(int status, String contentType, byte[] body) implements Claim {
    }

    /** Run the request; its answer is remembered under {@code key} on success. */
    public record Fresh(String key, byte[] fingerprint) implements Claim {
    }

    /** No key (or a read): nothing to remember. */
    public enum None implements Claim { INSTANCE }

    private record Entry(byte[] fingerprint, Instant at, Replay answer) {
        long bytes() {
            return answer == null ? 64 : answer.body().length + 64L;
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IdempotencyKeys.class);

    private final Clock clock;
    private final BoundedBody body;
    private final CommandAnswers stored;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private long bytes;

    public IdempotencyKeys(Clock clock, long maxRequestBytes) {
        this(clock, maxRequestBytes, CommandAnswers.NONE);
    }

    /** @param stored where first answers are kept for every node (the journal's database) */
    public IdempotencyKeys(Clock clock, long maxRequestBytes, CommandAnswers stored) {
        this.clock = clock;
        this.body = new BoundedBody(maxRequestBytes);
        this.stored = stored;
    }

    /**
     * @param account the signed-in account's id; without one (a login) nothing is remembered: a login's answer
     *                opens a session and must not be handed out again
     */
    public Claim claim(Context ctx, java.util.Optional<String> account) {
        HandlerType method = ctx.method();
        String key = ctx.header(HEADER);
        if (key == null || account.isEmpty() || ctx.path().startsWith("/api/session")
                || method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS) {
            return None.INSTANCE;
        }
        String who = account.get();
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException(HEADER, "must be 1 to 128 visible ASCII characters (a UUID, say)");
        }
        String id = who + "\n" + method + " " + ctx.path() + "\n" + key;
        byte[] fingerprint = fingerprint(body.read(ctx));
        synchronized (this) {
            forgetExpired();
            Entry entry = entries.get(id);
            if (entry == null) {
                put(id, new Entry(fingerprint, clock.instant(), null));
                return new Fresh(id, fingerprint);
            }
            if (!Arrays.equals(entry.fingerprint(), fingerprint)) {
                throw new InvalidInputException(HEADER, "was used for another request body on " + method + " "
                        + ctx.path() + " within the last " + WINDOW.toMinutes() + " minutes; use a new key for a new request");
            }
            if (entry.answer() == null) {
                throw new ConflictException(HEADER, "the first request with this key is still being handled; retry"
                        + " shortly for its answer");
            }
            return entry.answer();
        }
    }

    /**
     * Remembers a successful answer (2xx), here and, for a text answer, in the journal's database; any other is
     * forgotten, as {@link #release} does.
     */
    public void complete(Fresh claim, Context ctx) {
        complete(claim, ctx, true);
    }

    private void complete(Fresh claim, Context ctx, boolean keep) {
        int status = ctx.statusCode();
        byte[] answer = answerOf(ctx);
        String contentType = ctx.res().getContentType();
        if (keep && status >= 200 && status < 300 && answer.length <= MAX_ANSWER_BYTES && isText(contentType)) {
            try {
                stored.save(journalKey(claim), new CommandAnswers.Answer(status, contentType,
                        new String(answer, java.nio.charset.StandardCharsets.UTF_8), hex(claim.fingerprint())));
            } catch (RuntimeException e) {
                // the commands are recorded and answered; a retry elsewhere is then told "already recorded"
                LOG.warn("{}", e.getMessage());
            }
        }
        synchronized (this) {
            Entry started = entries.get(claim.key());
            if (started == null) {
                return; // forgotten meanwhile (the memory was full): nothing to remember it against
            }
            remove(claim.key());
            if (status >= 200 && status < 300 && answer.length <= MAX_ANSWER_BYTES) {
                put(claim.key(), new Entry(claim.fingerprint(), started.at(),
                        new Replay(status, ctx.res().getContentType(), answer)));
            }
        }
    }

    /**
     * The first answer to this request as the journal's database keeps it (any node may have given it), for a retry
     * whose commands were already recorded; empty when none was kept. The same key with another body is refused.
     * When found, it is also remembered here.
     */
    public Optional<Replay> recordedAnswer(Fresh claim, Context ctx) {
        Optional<CommandAnswers.Answer> first = stored.find(journalKey(claim));
        if (first.isEmpty()) {
            return Optional.empty();
        }
        if (!first.get().requestHash().equals(hex(claim.fingerprint()))) {
            throw new InvalidInputException(HEADER, "was used for another request body on " + ctx.method() + " "
                    + ctx.path() + " within the last " + CommandLoop.KEY_WINDOW.toHours() + " hours; use a new key for a new request");
        }
        Replay replay = new Replay(first.get().status(), first.get().contentType(),
                first.get().body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        answer(ctx, replay);
        complete(claim, ctx, false);
        return Optional.of(replay);
    }

    private static boolean isText(String contentType) {
        return contentType != null && (contentType.startsWith("application/json") || contentType.startsWith("text/")
                || contentType.startsWith("application/problem+json"));
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }

    /** The request failed: forget the key, so a retry runs again. */
    public synchronized void release(Fresh claim) {
        remove(claim.key());
    }

    /** The claim's key as the journal keeps it: "web:" and a SHA-256 of account, method, path and key (64 hex digits). */
    public static String journalKey(Fresh claim) {
        return "web:" + java.util.HexFormat.of().formatHex(fingerprint(claim.key().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    public static void answer(Context ctx, Replay replay) {
        ctx.status(replay.status()).header("Idempotent-Replayed", "true").result(replay.body());
        if (replay.contentType() != null) {
            ctx.contentType(replay.contentType());
        }
    }

    synchronized int size() {
        return entries.size();
    }

    /** The answer's bytes, left in place for the client. */
    private static byte[] answerOf(Context ctx) {
        try (InputStream in = ctx.resultInputStream()) {
            byte[] answer = in == null ? new byte[0] : in.readAllBytes();
            ctx.result(answer);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(String id, Entry entry) {
        entries.put(id, entry);
        bytes += entry.bytes();
        Iterator<Map.Entry<String, Entry>> oldest = entries.entrySet().iterator();
        while ((entries.size() > MAX_KEYS || bytes > MAX_BYTES) && oldest.hasNext()) {
            Map.Entry<String, Entry> e = oldest.next();
            bytes -= e.getValue().bytes();
            oldest.remove();
        }
    }

    private void remove(String id) {
        Entry removed = entries.remove(id);
        if (removed != null) {
            bytes -= removed.bytes();
        }
    }

    private void forgetExpired() {
        Instant cutoff = clock.instant().minus(WINDOW);
        Iterator<Map.Entry<String, Entry>> oldest = entries.entrySet().iterator();
        while (oldest.hasNext()) {
            Map.Entry<String, Entry> e = oldest.next();
            if (!e.getValue().at().isBefore(cutoff)) {
                break; // in order of arrival: the rest are younger
            }
            bytes -= e.getValue().bytes();
            oldest.remove();
        }
    }

    private static byte[] fingerprint(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
