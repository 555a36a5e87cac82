package se.larmcentral.telephony;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.centre.CommandPort;

import javax.sip.ListeningPoint;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import se.larmcentral.core.InvalidInputException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The telephony front (telefonifronten): one JAIN-SIP stack listening on {@code telephony.host:port} over the
 * configured transports, its calls going to the centre through {@link InboundCalls}. Started by the assembly when
 * {@code telephony.enabled}; {@link #close} stops listening and lets the centre's pending commands finish.
 */
public final class SipFront implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SipFront.class);
    private static final AtomicInteger STACKS = new AtomicInteger();

    /** How often a waiting call's 180 Ringing is sent again (RFC 3261 13.3.1.1: every minute). */
    static final Duration RINGING_REFRESH = Duration.ofMinutes(1);

    /** How often waiting calls are offered to free desks besides on an intake, a registration or a leg's end. */
    static final Duration DESK_OFFER_PERIOD = Duration.ofMillis(500);

    /** The digest realm the desk phones authenticate in. */
    static final String REALM = "larmcentral";

    /** Largest SIP message read (over TCP; a UDP datagram is smaller anyway): room for SDP and a PIDF-LO body. */
    static final int MAX_MESSAGE_BYTES = 65_536;

    /** The UDP socket's receive and send buffers: about a second of INVITEs at 1000 calls/s. */
    public static final int UDP_BUFFER_BYTES = 1 << 20;

    private final TelephonySettings settings;
    private final SipStack stack;
    private final SipProvider provider;
    private final InboundCalls calls;
    private final ExecutorService centreWork;
    private final RtpPlayer player;
    private final Announcements announcements;
    private final ScheduledExecutorService ringingTimer;
    private final MajorIncidentRecordings majorIncidents;

    private SipFront(TelephonySettings settings, SipStack stack, SipProvider provider, InboundCalls calls,
                     ExecutorService centreWork, RtpPlayer player, Announcements announcements,
                     ScheduledExecutorService ringingTimer, MajorIncidentRecordings majorIncidents) {
        this.ringingTimer = ringingTimer;
        this.majorIncidents = majorIncidents;
        this.settings = settings;
        this.stack = stack;
        this.provider = provider;
        this.calls = calls;
        this.centreWork = centreWork;
        this.player = player;
        this.announcements = announcements;
    }

    /**
     * Listens as {@code settings} say and takes calls in through {@code centre}, stamping them with {@code clock}
     * (the centre's). Refused with a {@link TelephonyStartException} naming the setting or the address when it
     * cannot listen; nothing is left running then.
     */
    public static SipFront start(TelephonySettings settings, CommandPort centre, Clock clock, MunicipalityLookup lookup) {
        return start(settings, centre, clock, lookup, RINGING_REFRESH, System::getenv);
    }

    /** The same, sending a waiting call's 180 again every {@code ringingRefresh} (a test's short minute). */
    static SipFront start(TelephonySettings settings, CommandPort centre, Clock clock, MunicipalityLookup lookup,
                          Duration ringingRefresh) {
        return start(settings, centre, clock, lookup, ringingRefresh, System::getenv);
    }

    /** The same, reading the desks' secrets from {@code environment} (a test's own variables). */
    static SipFront start(TelephonySettings settings, CommandPort centre, Clock clock, MunicipalityLookup lookup,
                          Duration ringingRefresh, Function<String, String> environment) {
        if (!settings.enabled()) {
            throw new TelephonyStartException("telephony.enabled is false: the telephony front is not started");
        }
        Announcements announcements;
        DeskSecrets deskSecrets;
        InetAddress local;
        TlsKeyStore tlsKey = settings.tls().enabled() ? TlsKeyStore.read(settings.tls(), environment) : null;
        try {
            announcements = Announcements.read(settings.announcements());
            deskSecrets = DeskSecrets.read(settings.desks(), environment);
            local = InetAddress.getByName(settings.host());
        } catch (InvalidInputException e) {
            throw new TelephonyStartException(e.getMessage(), e);
        } catch (UnknownHostException e) {
            throw new TelephonyStartException("telephony.host: '" + settings.host() + "' is not an address of this machine", e);
        }
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        SipStack stack;
        try {
            stack = factory.createSipStack(properties(settings, tlsKey));
        } catch (SipException e) {
            throw new TelephonyStartException("the SIP stack cannot be made: " + reason(e), e);
        }
        RtpPlayer player = new RtpPlayer(local);
        ExecutorService centreWork = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "telephony-centre");
            thread.setDaemon(true);
            return thread;
        });
        ScheduledExecutorService timer = null;
        MajorIncidentRecordings majorIncidents = null;
        try {
            List<ListeningPoint> points = new ArrayList<>();
            for (String transport : settings.transports()) {
                try {
                    points.add(stack.createListeningPoint(settings.host(), settings.port(), transport.toLowerCase()));
                } catch (Exception e) { // TransportNotSupported, InvalidArgument: the address is taken or not ours
                    throw new TelephonyStartException("cannot listen for SIP on " + settings.host() + ":"
                            + settings.port() + " over " + transport + " (telephony.host, telephony.port): "
                            + reason(e), e);
                }
            }
            if (tlsKey != null) {
                try {
                    points.add(stack.createListeningPoint(settings.host(), settings.tls().port(), ListeningPoint.TLS));
                } catch (Exception e) {
                    throw new TelephonyStartException("cannot listen for SIP over TLS on " + settings.host() + ":"
                            + settings.tls().port() + " (telephony.host, telephony.tls.port): " + reason(e), e);
                }
            }
            SipProvider provider = stack.createSipProvider(points.getFirst());
            for (ListeningPoint point : points.subList(1, points.size())) {
                provider.addListeningPoint(point);
            }
            SipMessages messages = new SipMessages(factory, settings.host(), settings.port(),
                    tlsKey == null ? -1 : settings.tls().port());
            DeskRegistrar registrar = new DeskRegistrar(deskSecrets, new DigestAuthentication(REALM, clock),
                    new DeskRegistrations(clock), messages);
            ScheduledExecutorService ringingTimer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "telephony-ringing");
                thread.setDaemon(true);
                return thread;
            });
            timer = ringingTimer;
            majorIncidents = new MajorIncidentRecordings(settings.announcements(), centre, SpokenMessage::make).start();
            InboundCalls calls = new InboundCalls(centre, clock, lookup, PeerAddresses.parse(settings.allowedPeers()),
                    messages, centreWork, announcements, player, registrar, ringingTimer,
                    Duration.ofSeconds(settings.deskRingSeconds()), Duration.ofSeconds(settings.connectRingSeconds()),
                    settings.outboundProxy(), settings.transports().getFirst(),
                    Duration.ofSeconds(settings.queueMessageSeconds()),
                    settings.desks().stream().map(DeskPhone::desk).toList(), majorIncidents);
            calls.attach(provider);
            provider.addSipListener(calls);
            stack.start();
            ringingTimer.scheduleAtFixedRate(calls::ringAgain, ringingRefresh.toMillis(), ringingRefresh.toMillis(),
                    TimeUnit.MILLISECONDS);
            // desks taken or freed in the console reach the phones within this
            ringingTimer.scheduleWithFixedDelay(calls::offerToDesks, DESK_OFFER_PERIOD.toMillis(),
                    DESK_OFFER_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
            // an operator's Koppla in the console reaches the trunk within this
            ringingTimer.scheduleWithFixedDelay(calls::connectOnward, DESK_OFFER_PERIOD.toMillis(),
                    DESK_OFFER_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
            SipFront front = new SipFront(settings, stack, provider, calls, centreWork, player, announcements,
                    ringingTimer, majorIncidents);
            return front;
        } catch (TelephonyStartException e) {
            if (timer != null) {
                timer.shutdownNow();
            }
            if (majorIncidents != null) {
                majorIncidents.close();
            }
            stop(stack, centreWork, player);
            throw e;
        } catch (Exception e) {
            if (timer != null) {
                timer.shutdownNow();
            }
            if (majorIncidents != null) {
                majorIncidents.close();
            }
            stop(stack, centreWork, player);
            throw new TelephonyStartException("the SIP stack cannot start: " + reason(e), e);
        }
    }

    /** The innermost cause's own words ("Address already in use"), without the Java type names wrapped round it. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage();
        return message.replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:Exception|Error): ?", "").strip();
    }

    private static Properties properties(TelephonySettings settings, TlsKeyStore tlsKey) {
        Properties properties = new Properties();
        if (tlsKey != null) {
            tlsKey.configure(properties);
        }
        // A name of its own per start: the factory keeps its stacks by name.
        properties.setProperty("javax.sip.STACK_NAME", "larm-telephony-" + STACKS.incrementAndGet());
        properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "on");
        // No stack-wide OUTBOUND_PROXY: it would send the desks' INVITEs to the trunk too. Calls out are addressed
        // to telephony.outboundProxy in their Request-URI instead (OnwardCalls).
        properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", SipStackLog.class.getName());
        properties.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "ERROR");
        properties.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", Integer.toString(MAX_MESSAGE_BYTES));
        // JAIN-SIP's UDP socket buffers default to 8 KiB, a handful of INVITEs: a burst (200 calls/s on a busy
        // machine) overflows them, the kernel drops datagrams and every dropped INVITE costs its caller a 500 ms
        // retransmission (bench/README.md). The kernel caps the size at net.core.rmem_max / wmem_max.
        properties.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", Integer.toString(UDP_BUFFER_BYTES));
        properties.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", Integer.toString(UDP_BUFFER_BYTES));
        // Requests from the trunk only: no stray connections kept open for a client that sends nothing.
        properties.setProperty("gov.nist.javax.sip.CACHE_SERVER_CONNECTIONS", "true");
        properties.setProperty("gov.nist.javax.sip.READ_TIMEOUT", "5000");
        return properties;
    }

    /** For the log and the health check: where it listens and whom it serves. */
    public String describe() {
        return "SIP on " + settings.host() + ":" + settings.port() + " over " + String.join(", ", settings.transports())
                + (settings.tls().enabled() ? ", over TLS on " + settings.tls().port() : "")
                + ", calls taken from " + PeerAddresses.parse(settings.allowedPeers())
                + (settings.outboundProxy().isEmpty() ? "" : ", outbound proxy " + settings.outboundProxy())
                + ", " + settings.desks().size() + " desk phone(s) may register"
                + "; " + announcements.describe();
    }

    /** Calls ringing in the queue now. */
    public int ringingCalls() {
        return calls.ringingCalls();
    }

    /** Where the desk's phone is registered now (its Contact URI), while its registration lasts. */
    public java.util.Optional<String> deskContact(String desk) {
        return calls.deskContact(desk);
    }

    /** Desk phones ringing or connected for a caller now. */
    public int deskLegs() {
        return calls.deskLegs();
    }

    /** Callers being connected on to another number, or connected on, now. */
    public int onwardLegs() {
        return calls.onwardLegs();
    }

    /** Callers in the queue hearing the queue message now. */
    public int queueMessagesPlaying() {
        return calls.queueMessagesPlaying();
    }

    /** Calls hearing a recorded message now. */
    public int announcedCalls() {
        return calls.announcedCalls();
    }

    @Override
    public void close() {
        ringingTimer.shutdownNow();
        majorIncidents.close();
        provider.removeSipListener(calls);
        stop(stack, centreWork, player);
    }

    private static void stop(SipStack stack, ExecutorService centreWork, RtpPlayer player) {
        try {
            stack.stop();
        } catch (RuntimeException e) { // JAIN-SIP 1.3.0-91 can fail inside stop() when stopped just after starting
            LOG.warn("telephony: the SIP stack did not stop cleanly: {}", e.toString());
        }
        player.close();
        centreWork.shutdown();
        try {
            if (!centreWork.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("telephony: the centre's pending commands did not finish in 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
