package se.larmcentral.telephony;

import se.larmcentral.core.InvalidInputException;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How the telephony front is set up (settings file section {@code telephony}). Checked when made: a bad value is
 * refused naming its setting ({@code telephony.port}, ...).
 *
 * @param enabled       false: no SIP listener is started
 * @param host          the address to listen on (an interface's address; the trunk sends to it)
 * @param port          the SIP port, for every transport (5060 is SIP's)
 * @param transports    {@code UDP} and/or {@code TCP}
 * @param allowedPeers  the trunk's addresses (IP addresses) allowed to send requests; anyone else gets 403
 * @param outboundProxy where calls out go ({@code host[:port]}, 5060 by default): a caller connected on is rung
 *                      through it; empty: no call goes out (connecting on fails, naming this setting)
 * @param announcements the folder of recorded messages ({@link Announcements}); null: none (those calls are queued)
 * @param desks         the operator desks' phones that may REGISTER, each with its own digest secret's variable
 * @param deskRingSeconds how long a desk's phone rings for a call before it is offered to the next desk
 * @param connectRingSeconds how long the number a caller is connected on to rings before it counts as no answer
 * @param queueMessageSeconds a caller waiting this long in the queue hears the queue message, then ringing again;
 *                      0: never
 * @param tls           SIP over TLS on a port of its own ({@link TelephonyTls}); off unless enabled
 */
public record TelephonySettings(boolean enabled, String host, int port, List<String> transports,
                                List<String> allowedPeers, String outboundProxy, Path announcements,
                                List<DeskPhone> desks, int deskRingSeconds,
                                int connectRingSeconds, int queueMessageSeconds, TelephonyTls tls) {

    /** A desk rings this long by default before the call goes to the next. */
    public static final int DEFAULT_DESK_RING_SECONDS = 15;

    /** The number a caller is connected on to rings this long by default before it counts as no answer. */
    public static final int DEFAULT_CONNECT_RING_SECONDS = 30;

    /** A caller hears the queue message after waiting this long by default. */
    public static final int DEFAULT_QUEUE_MESSAGE_SECONDS = 20;

    /** Without desk phones. */
    public TelephonySettings(boolean enabled, String host, int port, List<String> transports, List<String> allowedPeers,
                             String outboundProxy, Path announcements) {
        this(enabled, host, port, transports, allowedPeers, outboundProxy, announcements, List.of(),
                DEFAULT_DESK_RING_SECONDS, DEFAULT_CONNECT_RING_SECONDS, DEFAULT_QUEUE_MESSAGE_SECONDS);
    }

    /** Without TLS. */
    public TelephonySettings(boolean enabled, String host, int port, List<String> transports, List<String> allowedPeers,
                             String outboundProxy, Path announcements, List<DeskPhone> desks, int deskRingSeconds,
                             int connectRingSeconds, int queueMessageSeconds) {
        this(enabled, host, port, transports, allowedPeers, outboundProxy, announcements, desks, deskRingSeconds,
                connectRingSeconds, queueMessageSeconds, TelephonyTls.off());
    }

    public TelephonySettings {
        tls = tls == null ? TelephonyTls.off() : tls;
        desks = desks == null ? List.of() : List.copyOf(desks);
        if (deskRingSeconds < 1 || deskRingSeconds > 120) {
            throw new InvalidInputException("telephony.deskRingSeconds", "must be between 1 and 120, was " + deskRingSeconds);
        }
        if (connectRingSeconds < 5 || connectRingSeconds > 300) {
            throw new InvalidInputException("telephony.connectRingSeconds", "must be between 5 and 300, was " + connectRingSeconds);
        }
        if (queueMessageSeconds < 0 || queueMessageSeconds > 600) {
            throw new InvalidInputException("telephony.queueMessageSeconds",
                    "must be between 0 (never) and 600, was " + queueMessageSeconds);
        }
        transports = transports == null ? List.of() : transports.stream().map(t -> t.strip().toUpperCase(Locale.ROOT)).toList();
        allowedPeers = allowedPeers == null ? List.of() : allowedPeers.stream().map(String::strip).toList();
        outboundProxy = outboundProxy == null ? "" : outboundProxy.strip();
        if (host == null || host.isBlank()) {
            throw new InvalidInputException("telephony.host", "must name the address to listen on, e.g. 127.0.0.1");
        }
        if (port < 0 || port > 65_535) {
            throw new InvalidInputException("telephony.port", "must be between 0 and 65535, was " + port);
        }
        if (transports.isEmpty()) {
            throw new InvalidInputException("telephony.transports", "must name at least one of UDP, TCP");
        }
        for (String transport : transports) {
            if (!transport.equals("UDP") && !transport.equals("TCP")) {
                throw new InvalidInputException("telephony.transports", "'" + transport + "' is not one of UDP, TCP");
            }
        }
        if (transports.stream().distinct().count() != transports.size()) {
            throw new InvalidInputException("telephony.transports", "names a transport twice: " + transports);
        }
        if (tls.enabled() && tls.port() == port && port != 0 && transports.contains("TCP")) {
            throw new InvalidInputException("telephony.tls.port", "must differ from telephony.port (" + port
                    + "), where SIP over TCP listens");
        }
        PeerAddresses.parse(allowedPeers);
        if (!outboundProxy.isEmpty() && !outboundProxy.matches("[A-Za-z0-9.\\-]+(:\\d{1,5})?")) {
            throw new InvalidInputException("telephony.outboundProxy", "must be host or host:port, was '" + outboundProxy + "'");
        }
    }

    /** Off: what a centre without telephony has. */
    public static TelephonySettings disabled() {
        return new TelephonySettings(false, "127.0.0.1", 5060, List.of("UDP", "TCP"), List.of(), "", null);
    }

    /** On, listening on {@code host:port} over UDP and TCP, taking calls from {@code peers}. */
    public static TelephonySettings listening(String host, int port, List<String> peers) {
        return new TelephonySettings(true, host, port, List.of("UDP", "TCP"), peers, "", null);
    }

    /** The same, playing the recorded messages in {@code folder}. */
    public TelephonySettings withAnnouncements(Path folder) {
        return new TelephonySettings(enabled, host, port, transports, allowedPeers, outboundProxy, folder, desks, deskRingSeconds,
                connectRingSeconds, queueMessageSeconds, tls);
    }

    /** The same, with these desk phones allowed to register. */
    public TelephonySettings withDesks(List<DeskPhone> phones) {
        return new TelephonySettings(enabled, host, port, transports, allowedPeers, outboundProxy, announcements, phones, deskRingSeconds,
                connectRingSeconds, queueMessageSeconds, tls);
    }

    /** The same, a desk's phone ringing {@code seconds} before the call goes to the next desk. */
    public TelephonySettings withDeskRingSeconds(int seconds) {
        return new TelephonySettings(enabled, host, port, transports, allowedPeers, outboundProxy, announcements, desks,
                seconds, connectRingSeconds, queueMessageSeconds, tls);
    }

    /** The same, calls going out through {@code proxy} ({@code host[:port]}), ringing {@code seconds} at most. */
    public TelephonySettings withOutboundProxy(String proxy, int seconds) {
        return new TelephonySettings(enabled, host, port, transports, allowedPeers, proxy, announcements, desks,
                deskRingSeconds, seconds, queueMessageSeconds, tls);
    }

    /** The same, a caller hearing the queue message after {@code seconds} in the queue (0: never). */
    public TelephonySettings withQueueMessageSeconds(int seconds) {
        return new TelephonySettings(enabled, host, port, transports, allowedPeers, outboundProxy, announcements, desks,
                deskRingSeconds, connectRingSeconds, seconds, tls);
    }

    /** The same, listening for SIP over TLS as {@code secure} says. */
    public TelephonySettings withTls(TelephonyTls secure) {
        return new TelephonySettings(enabled, host, port, transports, allowedPeers, outboundProxy, announcements, desks,
                deskRingSeconds, connectRingSeconds, queueMessageSeconds, secure);
    }
}
