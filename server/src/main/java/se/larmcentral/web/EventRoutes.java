package se.larmcentral.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.journal.Committed;
import se.larmcentral.journal.StoredEvent;
import se.larmcentral.web.auth.Access;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.web.auth.RequestPrincipal;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.web.auth.Scope;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.dispatch.HospitalPreAlerts;
import se.larmcentral.web.social.SocialEventConcerns;

import java.time.Clock;
import java.util.EnumSet;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * The journal over HTTP: pages of past events, and a server-sent-events stream that first catches a client up
 * from where it left off ({@code Last-Event-ID}) and then follows new events live. The floor and the auditor see every
 * event; the agreements administrator only the social configuration's ({@code social.*}); a municipality administrator
 * only the social events concerning their municipalities (their agreements, direct numbers and routed calls, and the
 * jours serving them with their rosters); a unit's device only the dispatch events about its unit and the incident it
 * works on. The others' events are left out of pages and stream alike, and a page's {@code next} still moves past them.
 *
 * <p>A stream's catch-up reads the journal {@value #CATCH_UP_PAGE} events at a time, at most {@value
 * #CONCURRENT_CATCH_UP_READS} such reads at once and in turn (a fair semaphore), so many clients starting from 0
 * share the journal instead of starving commands; it stops at the first page after its client left, and says so once.
 */
public final class EventRoutes implements RouteGroup, Consumer<List<Committed>> {

    public record EventPage(List<EventView> events, long next, boolean more) {
    }

    static final int MAX_PAGE = 5000;
    static final int CATCH_UP_PAGE = 200;
    static final int CONCURRENT_CATCH_UP_READS = 2;
    private static final long HEARTBEAT_SECONDS = 10;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EventRoutes.class);

    /** Who sees the whole journal: health data is theirs. */
    private static final Set<Role> WHOLE_JOURNAL = EnumSet.of(CALL_TAKER, DISPATCHER, NURSE, SUPERVISOR, AUDITOR);
    private static final Access ACCESS = Access.roles(CALL_TAKER, DISPATCHER, NURSE, SUPERVISOR, AGREEMENTS_ADMIN)
            .orMunicipalityAdmin(Scope.filteredToOwn("their municipalities' social events only"))
            .orUnitDevice(Scope.filteredToOwn("their own unit's dispatch events only"))
            .orHospital(Scope.filteredToOwn("the pre-alerts to their hospital and those units' statuses only"));

    private final CommandLoop<CentreState> loop;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private final Semaphore catchUpReads = new Semaphore(CONCURRENT_CATCH_UP_READS, true);
    private final Counter rowsRead;

    public EventRoutes(CommandLoop<CentreState> loop, ObjectMapper mapper, Clock clock) {
        this(loop, mapper, clock, new SimpleMeterRegistry());
    }

    /** With the stream's meters: open streams, and journal rows the streams have read. */
    public EventRoutes(CommandLoop<CentreState> loop, ObjectMapper mapper, Clock clock, MeterRegistry meters) {
        this.loop = loop;
        this.mapper = mapper;
        this.clock = clock;
        this.rowsRead = Counter.builder("larm.events.stream.rows.read")
                .description("journal rows read by event streams (catch-up and missed events)").register(meters);
        Gauge.builder("larm.events.streams.open", subscribers, Set::size).description("open event streams")
                .register(meters);
        loop.subscribe(this);
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/events").access(ACCESS).tag("events")
                        .summary("Journal events after a sequence number, oldest first, in pages")
                        .query("after", "sequence number to start after (default 0)")
                        .query("limit", "most events in the page (1-" + MAX_PAGE + ", default 500)")
                        .response(EventPage.class).handle(this::page),
                Route.get("/api/events/stream").access(ACCESS).tag("events")
                        .summary("Server-sent events: every new journal event; resumes after Last-Event-ID (or ?after=N)")
                        .query("after", "sequence number to start after when there is no Last-Event-ID header")
                        .produces("text/event-stream")
                        .handle(ctx -> {
                            startAfter(ctx); // a bad Last-Event-ID is a 400 problem, before the stream begins
                            new io.javalin.http.sse.SseHandler(this::stream).handle(ctx);
                        }));
    }

    private void page(Context ctx) {
        long after = longParam(ctx.queryParam("after"), "after", 0);
        long limit = longParam(ctx.queryParam("limit"), "limit", 500);
        if (after < 0) {
            throw new InvalidInputException("after", "must be 0 or more");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_PAGE);
        }
        List<StoredEvent> rows = loop.journal().readAfter(after, (int) limit + 1);
        boolean more = rows.size() > limit;
        List<StoredEvent> read = rows.stream().limit(limit).toList();
        List<EventView> events = read.stream().filter(visibleTo(ctx)).map(EventView::of).toList();
        long next = read.isEmpty() ? after : read.getLast().sequence();
        ctx.json(new EventPage(events, next, more));
    }

    private void stream(SseClient client) {
        long after = startAfter(client.ctx());
        Predicate<StoredEvent> visible = visibleTo(client.ctx());
        Subscriber subscriber = new Subscriber();
        subscribers.add(subscriber);
        client.keepAlive();
        client.onClose(() -> subscribers.remove(subscriber));
        long sent = after;
        try {
            sent = catchUp(client, sent, Long.MAX_VALUE, visible);
            while (!client.terminated() && !stopping) {
                List<Committed> batch = subscriber.queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                if (subscriber.overflowed || stopping) {
                    break; // too slow to follow, or the server stops: the client reconnects with Last-Event-ID
                }
                if (batch == null) {
                    client.sendComment("keep-alive");
                    continue;
                }
                // events this stream never saw live (committed while the state was being rebuilt): from the journal
                sent = catchUp(client, sent, batch.getFirst().stored().sequence(), visible);
                for (Committed committed : batch) {
                    if (client.terminated()) {
                        break;
                    }
                    if (committed.stored().sequence() == sent + 1) {
                        send(client, committed.stored(), visible);
                        sent = committed.stored().sequence();
                    }
                }
            }
            LOG.debug("event stream to {} ended after event {}: the client left", client.ctx().ip(), sent);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("event stream to {} stopped after event {}: {}", client.ctx().ip(), sent, e.getMessage());
            if (!client.terminated()) {
                String reason = String.valueOf(e.getMessage()).replace('"', '\'');
                client.sendEvent("error", "{\"detail\":\"the event stream stopped: " + reason
                        + "; reconnect with Last-Event-ID to resume\"}");
            }
        } finally {
            subscribers.remove(subscriber);
            client.close();
        }
    }

    /**
     * Sends the journal's events after {@code sent} and before {@code before}, a page at a time, each page read in
     * turn with the other streams; stops as soon as the client has left. Answers the last sequence sent.
     */
    private long catchUp(SseClient client, long sent, long before, Predicate<StoredEvent> visible)
            throws InterruptedException {
        while (sent + 1 < before && !client.terminated()) {
            int size = (int) Math.min(CATCH_UP_PAGE, before - sent - 1);
            List<StoredEvent> page;
            catchUpReads.acquire();
            try {
                page = loop.journal().readAfter(sent, size);
            } finally {
                catchUpReads.release();
            }
            rowsRead.increment(page.size());
            if (page.isEmpty()) {
                break;
            }
            for (StoredEvent row : page) {
                if (client.terminated()) {
                    return sent;
                }
                send(client, row, visible);
                sent = row.sequence();
            }
        }
        return sent;
    }

    /** Where a stream starts: after Last-Event-ID (a reconnecting client), else after ?after=N, else now. */
    private long startAfter(Context ctx) {
        String lastEventId = ctx.header("Last-Event-ID");
        long after = lastEventId != null
                ? longParam(lastEventId, "Last-Event-ID", 0)
                : longParam(ctx.queryParam("after"), "after", loop.lastSequence());
        if (after < 0) {
            throw new InvalidInputException(lastEventId != null ? "Last-Event-ID" : "after", "must be 0 or more");
        }
        return after;
    }

    /** The events this request's principal may see (the gate has admitted them). */
    private Predicate<StoredEvent> visibleTo(Context ctx) {
        Principal who = RequestPrincipal.of(ctx).orElseThrow();
        if (who.roles().stream().anyMatch(WHOLE_JOURNAL::contains)) {
            return row -> true;
        }
        if (who.has(AGREEMENTS_ADMIN)) {
            return row -> SocialEventConcerns.isSocial(row.type());
        }
        Set<String> own = who.municipalities();
        String unitId = who.has(UNIT_DEVICE) ? who.unit().orElse(null) : null;
        String hospitalId = who.has(HOSPITAL) ? who.hospital().orElse(null) : null;
        return row -> (unitId != null && concernsUnit(row, unitId))
                || (hospitalId != null && concernsHospital(row, hospitalId))
                || (SocialEventConcerns.isSocial(row.type()) && concernsAny(row, own));
    }

    /**
     * A pre-alert to the hospital, or a status of a unit on an incident whose pre-alert named it (its arrival, its
     * clearing; on a page read later, its statuses on that incident before the pre-alert too): what a hospital's view
     * follows. Nothing of other patients, calls or the fleet, not even a correction
     * of its patient's pre-alert naming another hospital (the view learns of that on its next read).
     */
    private boolean concernsHospital(StoredEvent row, String hospitalId) {
        boolean preAlert = row.type().equals("dispatch.PreAlertSent");
        if (!preAlert && !row.type().equals("dispatch.UnitStatusChanged")) {
            return false;
        }
        JsonNode payload;
        try {
            payload = mapper.readTree(row.payload());
        } catch (JsonProcessingException e) {
            return false;
        }
        if (preAlert) {
            return hospitalId.equals(payload.path("hospitalId").asText(null));
        }
        String unitId = payload.path("unitId").asText(null);
        String incidentId = payload.path("incidentId").asText(null);
        if (unitId == null || incidentId == null) {
            return false;
        }
        return loop.read(s -> HospitalPreAlerts.expects(s.dispatch(), hospitalId, unitId, incidentId));
    }

    /**
     * A dispatch event about the unit itself, or about the incident it works on now (moved, reprioritised,
     * cancelled, another unit sent with it): what its crew's terminal follows. Nothing of calls, triage or other work.
     */
    private boolean concernsUnit(StoredEvent row, String unitId) {
        if (!row.type().startsWith("dispatch.")) {
            return false;
        }
        JsonNode payload;
        try {
            payload = mapper.readTree(row.payload());
        } catch (JsonProcessingException e) {
            return false;
        }
        if (unitId.equals(payload.path("unitId").asText(null))) {
            return true;
        }
        String incidentId = payload.path("incidentId").asText(null);
        return incidentId != null && loop.read(s -> s.dispatch().unit(unitId)
                .map(unit -> incidentId.equals(unit.incidentId())).orElse(false));
    }

    private boolean concernsAny(StoredEvent row, Set<String> own) {
        JsonNode payload;
        try {
            payload = mapper.readTree(row.payload());
        } catch (JsonProcessingException e) {
            return false;
        }
        return loop.read(s -> SocialEventConcerns.municipalities(row.type(), payload, s.social(), clock.instant()))
                .stream().anyMatch(own::contains);
    }

    private void send(SseClient client, StoredEvent row, Predicate<StoredEvent> visible) {
        if (!visible.test(row)) {
            return;
        }
        try {
            client.sendEvent("message", mapper.writeValueAsString(EventView.of(row)), Long.toString(row.sequence()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Called by the writer after each commit: hands the events to each stream without waiting for slow clients. */
    @Override
    public void accept(List<Committed> committed) {
        for (Subscriber subscriber : subscribers) {
            if (!subscriber.queue.offer(committed)) {
                subscriber.overflowed = true;
            }
        }
    }

    static long longParam(String value, String name, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number, was '" + value + "'");
        }
    }

    private static final class Subscriber {
        final BlockingQueue<List<Committed>> queue = new ArrayBlockingQueue<>(4096);
        volatile boolean overflowed;
    }

    /** Ends every open stream (each closes its client) and waits for them, at most two seconds. */
    @Override
    public void stop() {
        stopping = true;
        subscribers.forEach(subscriber -> subscriber.queue.offer(List.of())); // wakes a stream waiting for events
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!subscribers.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
