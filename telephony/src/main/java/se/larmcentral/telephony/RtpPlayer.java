package se.larmcentral.telephony;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Streams announcements as RTP (RFC 3550) with G.711 A-law (payload type 8, RFC 3551): 160 samples (20 ms) a
 * packet, paced by one timer thread for every call ({@code telephony-rtp}). Each playback has a socket of its own
 * on the listening address, named in the SDP answer.
 */
final class RtpPlayer implements AutoCloseable {

    static final int SAMPLES_PER_PACKET = 160;
    static final long PACKET_MILLIS = 20;
    private static final int HEADER = 12;

    private static final Logger LOG = LoggerFactory.getLogger(RtpPlayer.class);

    private final InetAddress local;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "telephony-rtp");
        thread.setDaemon(true);
        return thread;
    });
    private final SecureRandom random = new SecureRandom();

    RtpPlayer(InetAddress local) {
        this.local = local;
    }

    /** A socket for one call's audio, opened before the answer names its port. */
    Playback prepare(Announcement announcement, InetSocketAddress to) throws IOException {
        return new Playback(announcement, to, new DatagramSocket(new InetSocketAddress(local, 0)));
    }

    /** One announcement to one caller: {@link #start} it, and it ends by itself (then {@code onEnd} runs) or by {@link #stop}. */
    final class Playback {

        private final Announcement announcement;
        private final InetSocketAddress to;
        private final DatagramSocket socket;
        private final AtomicBoolean ended = new AtomicBoolean();
        private final int ssrc = random.nextInt();
        private int sequence = random.nextInt(1 << 16);
        private long timestamp = Integer.toUnsignedLong(random.nextInt());
        private int position;
        private int sent;
        private Runnable onEnd = () -> { };
        private ScheduledFuture<?> ticking;

        private Playback(Announcement announcement, InetSocketAddress to, DatagramSocket socket) {
            this.announcement = announcement;
            this.to = to;
            this.socket = socket;
        }

        InetSocketAddress local() {
            return (InetSocketAddress) socket.getLocalSocketAddress();
        }

        synchronized void start(Runnable whenPlayed) {
            this.onEnd = whenPlayed;
            ticking = timer.scheduleAtFixedRate(this::tick, 0, PACKET_MILLIS, TimeUnit.MILLISECONDS);
        }

        /** The caller hung up: no more packets, and no {@code onEnd}. */
        void stop() {
            if (ended.compareAndSet(false, true)) {
                finish();
            }
        }

        int packetsSent() {
            return sent;
        }

        private void tick() {
            if (ended.get()) {
                return;
            }
            if (position >= announcement.length()) {
                if (ended.compareAndSet(false, true)) {
                    finish();
                    LOG.info("announcement {} played to {} ({} RTP packets)", announcement.name(), to, sent);
                    onEnd.run();
                }
                return;
            }
            int count = Math.min(SAMPLES_PER_PACKET, announcement.length() - position);
            byte[] packet = new byte[HEADER + SAMPLES_PER_PACKET];
            packet[0] = (byte) 0x80; // version 2, no padding, no extension, no CSRC
            packet[1] = (byte) ((sent == 0 ? 0x80 : 0) | SdpOffer.PCMA); // marker on the first packet of the talkspurt
            packet[2] = (byte) (sequence >> 8);
            packet[3] = (byte) sequence;
            packet[4] = (byte) (timestamp >> 24);
            packet[5] = (byte) (timestamp >> 16);
            packet[6] = (byte) (timestamp >> 8);
            packet[7] = (byte) timestamp;
            packet[8] = (byte) (ssrc >> 24);
            packet[9] = (byte) (ssrc >> 16);
            packet[10] = (byte) (ssrc >> 8);
            packet[11] = (byte) ssrc;
            for (int i = 0; i < SAMPLES_PER_PACKET; i++) {
                packet[HEADER + i] = i < count ? announcement.sample(position + i) : (byte) 0xD5; // A-law silence
            }
            try {
                socket.send(new DatagramPacket(packet, packet.length, to));
                sent++;
            } catch (IOException e) {
                LOG.warn("announcement {} to {}: RTP packet not sent: {}", announcement.name(), to, e.getMessage());
            }
            position += count;
            sequence = (sequence + 1) & 0xFFFF;
            timestamp = (timestamp + SAMPLES_PER_PACKET) & 0xFFFFFFFFL;
        }

        private synchronized void finish() {
            if (ticking != null) {
                ticking.cancel(false);
            }
            socket.close();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
