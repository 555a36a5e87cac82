package se.larmcentral.alarms.receiver;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.alarms.Supervision;
import se.larmcentral.alarms.dc09.Dc09Account;
import se.larmcentral.alarms.dc09.Dc09Receiver;
import se.larmcentral.alarms.dc09.Refusal;
import se.larmcentral.centre.CommandPort;
import se.larmcentral.centre.CommandSubmitter;
import se.larmcentral.centre.time.Scheduler;
import se.larmcentral.core.Actor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The alarm receiving front (larmmottagare): DC-09 over TCP and UDP on plain sockets and virtual threads. Each TCP
 * connection is read one frame at a time (a transmitter waits for its answer); UDP frames go through a bounded
 * queue per source address ({@link SourceQueues}). Every frame is handled by {@link FrameHandler}: recorded through
 * the centre's {@link CommandPort} as {@link #ACTOR} before its ACK. Refused frames are summed and recorded once a
 * minute per host; supervision runs on the centre's scheduler.
 */
public final class AlarmReceiver implements AutoCloseable {

    public static final Actor ACTOR = new Actor("alarms", Actor.Kind.INTEGRATION);

    /** A frame longer than the longest a length field can name, with its CRC, length, LF and CR. */
    private static final int MAX_FRAME = Dc09Receiver.MAX_MESSAGE + 10;
    private static final int MAX_UDP_SOURCES = 100_000;
    private static final Duration IDLE = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(AlarmReceiver.class);

    private final ServerSocket tcp;
    private final DatagramSocket udp;
    private final FrameHandler handler;
    private final RefusalSummaries refusals;
    private final SourceQueues udpSources;
    private final int connectionsPerAddress;
    private final Map<InetAddress, Integer> connections = new ConcurrentHashMap<>();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final List<Scheduler.Scheduled> timers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final Supervision supervision;
    private volatile boolean closed;

    private AlarmReceiver(AlarmSettings settings, ServerSocket tcp, DatagramSocket udp, FrameHandler handler,
                          RefusalSummaries refusals, Supervision supervision) {
        this.tcp = tcp;
        this.udp = udp;
        this.handler = handler;
        this.refusals = refusals;
        this.supervision = supervision;
        this.udpSources = new SourceQueues(settings.queuePerSource(), MAX_UDP_SOURCES);
        this.connectionsPerAddress = settings.connectionsPerAddress();
    }

    /** Starts listening, keys from the process's environment. */
    public static AlarmReceiver start(AlarmSettings settings, CommandPort centre, Scheduler scheduler) {
        return start(settings, centre, scheduler, System::getenv);
    }

    /**
     * Starts listening as {@code settings} say, the accounts' keys read from {@code environment}. Refused naming the
     * setting when a key is missing or a port cannot be bound.
     */
    public static AlarmReceiver start(AlarmSettings settings, CommandPort centre, Scheduler scheduler,
                                      Function<String, String> environment) {
        Map<String, Dc09Account> accounts = settings.dc09Accounts(environment);
        Dc09Receiver dc09 = new Dc09Receiver(a -> Optional.ofNullable(accounts.get(a)), settings.window(), new SecureRandom());
        CommandSubmitter submitter = centre.as(ACTOR);
        RefusalSummaries refusals = new RefusalSummaries(submitter);
        FrameHandler handler = new FrameHandler(dc09, submitter, scheduler.clock(), settings.duplicateWindow(), refusals);
        Supervision supervision = new Supervision(centre.as(Supervision.ACTOR), settings.supervision(),
                scheduler.clock().instant());
        ServerSocket tcp = null;
        DatagramSocket udp = null;
        try {
            InetAddress host = InetAddress.getByName(settings.host());
            if (settings.tcpPort() >= 0) {
                tcp = new ServerSocket();
                tcp.setReuseAddress(true);
                tcp.bind(new InetSocketAddress(host, settings.tcpPort()), 512);
            }
            if (settings.udpPort() >= 0) {
                udp = new DatagramSocket(new InetSocketAddress(host, settings.udpPort()));
            }
        } catch (IOException e) {
            closeQuietly(tcp);
            closeQuietly(udp);
            throw new IllegalStateException("alarms: cannot listen on " + settings.host() + " (tcpPort "
                    + settings.tcpPort() + ", udpPort " + settings.udpPort() + "): " + e.getMessage(), e);
        }
        AlarmReceiver receiver = new AlarmReceiver(settings, tcp, udp, handler, refusals, supervision);
        receiver.run(scheduler, settings.supervision());
        return receiver;
    }

    private void run(Scheduler scheduler, Map<String, Duration> intervals) {
        if (tcp != null) {
            threads.add(Thread.ofVirtual().name("alarms-tcp-accept").start(this::acceptLoop));
        }
        if (udp != null) {
            threads.add(Thread.ofPlatform().daemon().name("alarms-udp").start(this::udpLoop));
        }
        timers.add(scheduler.every(Duration.ofMinutes(1), Duration.ofMinutes(1), "alarm refusals", refusals::flush));
        if (!intervals.isEmpty()) {
            timers.add(supervision.start(scheduler, Supervision.periodFor(intervals)));
        }
    }

    /** The TCP port listened on, or -1. */
    public int tcpPort() {
        return tcp == null ? -1 : tcp.getLocalPort();
    }

    /** The UDP port listened on, or -1. */
    public int udpPort() {
        return udp == null ? -1 : udp.getLocalPort();
    }

    /** Records the refusals summed so far now (the receiver does it every minute); returns how many summaries. */
    public int flushRefusals() {
        return refusals.flush();
    }

    /** One supervision check now (the receiver does it on its scheduler); the accounts found silent. */
    public List<String> checkSupervision() {
        return supervision.tick();
    }

    public String describe() {
        return "alarms: DC-09 on " + (tcp == null ? "" : "TCP " + tcp.getLocalSocketAddress() + " ")
                + (udp == null ? "" : "UDP " + udp.getLocalSocketAddress());
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = tcp.accept();
                InetAddress address = socket.getInetAddress();
                if (connections.merge(address, 1, Integer::sum) > connectionsPerAddress) {
                    release(address);
                    handler.dropped(address.getHostAddress(), Refusal.BUSY,
                            "more than " + connectionsPerAddress + " TCP connections from one address");
                    closeQuietly(socket);
                    continue;
                }
                Thread.ofVirtual().name("alarms-tcp-" + socket.getRemoteSocketAddress()).start(() -> {
                    sockets.add(socket);
                    try {
                        if (!closed) {
                            serve(socket);
                        }
                    } finally {
                        sockets.remove(socket);
                        release(address);
                        closeQuietly(socket);
                    }
                });
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("alarms: TCP accept failed: {}", e.getMessage());
                }
            }
        }
    }

    /** One connection fewer from {@code address}; its counter is forgotten at zero, so the table stays small. */
    private void release(InetAddress address) {
        connections.computeIfPresent(address, (a, open) -> open <= 1 ? null : open - 1);
    }

    /** Reads frames ({@code <LF>...<CR>}) one after the other, answering each before reading the next. */
    private void serve(Socket socket) {
        String host = socket.getInetAddress().getHostAddress();
        String transmitter = host + ":" + socket.getPort() + "/TCP";
        try {
            socket.setSoTimeout((int) IDLE.toMillis());
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream frame = new ByteArrayOutputStream(128);
            boolean inFrame = false;
            boolean tooLong = false;
            byte[] buffer = new byte[4096];
            int read;
            while (!closed && (read = in.read(buffer)) >= 0) {
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        frame.reset();
                        frame.write(b);
                        inFrame = true;
                        tooLong = false;
                    } else if (inFrame && b == '\r') {
                        frame.write(b);
                        inFrame = false;
                        if (tooLong) {
                            handler.dropped(host, Refusal.MALFORMED, "a frame longer than " + MAX_FRAME + " bytes");
                            continue;
                        }
                        Optional<byte[]> answer = handler.handle(frame.toByteArray(), transmitter, host);
                        if (answer.isPresent()) {
                            out.write(answer.get());
                            out.flush();
                        }
                    } else if (inFrame) {
                        if (frame.size() < MAX_FRAME) {
                            frame.write(b);
                        } else {
                            tooLong = true;
                        }
                    }
                }
            }
        } catch (IOException e) {
            LOG.debug("alarms: {} closed: {}", transmitter, e.getMessage());
        }
    }

    private void udpLoop() {
        byte[] buffer = new byte[MAX_FRAME + 1];
        while (!closed) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                udp.receive(packet);
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("alarms: UDP receive failed: {}", e.getMessage());
                }
                continue;
            }
            InetSocketAddress source = (InetSocketAddress) packet.getSocketAddress();
            String host = source.getAddress().getHostAddress();
            if (packet.getLength() > MAX_FRAME) {
                handler.dropped(host, Refusal.MALFORMED, "a datagram longer than " + MAX_FRAME + " bytes");
                continue;
            }
            byte[] frame = Arrays.copyOfRange(packet.getData(), packet.getOffset(), packet.getOffset() + packet.getLength());
            String transmitter = host + ":" + source.getPort() + "/UDP";
            boolean queued = udpSources.offer(host, () -> handler.handle(frame, transmitter, host).ifPresent(answer -> {
                try {
                    udp.send(new DatagramPacket(answer, answer.length, source));
                } catch (IOException e) {
                    LOG.debug("alarms: answer to {} not sent: {}", transmitter, e.getMessage());
                }
            }));
            if (!queued) {
                handler.dropped(host, Refusal.BUSY, "more UDP frames waiting from this address than its queue holds");
            }
        }
    }

    /** Stops listening and the timers, then records the refusals summed so far. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        timers.forEach(Scheduler.Scheduled::cancel);
        closeQuietly(tcp);
        closeQuietly(udp);
        sockets.forEach(AlarmReceiver::closeQuietly);
        for (Thread thread : threads) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            refusals.flush();
        } catch (RuntimeException e) {
            LOG.warn("alarms: refusals not recorded at close: {}", e.getMessage());
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("alarms: close: {}", e.getMessage());
        }
    }
}
