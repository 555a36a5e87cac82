package se.larmcentral.telephony;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Where the SIPp caller's offer says it receives audio: keeps every RTP packet that arrives, to be checked. */
final class RtpSink implements AutoCloseable {

    private final DatagramSocket socket;
    private final List<byte[]> packets = new ArrayList<>();
    private final Thread reader;

    RtpSink() throws IOException {
        socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        reader = new Thread(this::read, "rtp-sink");
        reader.setDaemon(true);
        reader.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void read() {
        byte[] buffer = new byte[2048];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                continue;
            }
            synchronized (packets) {
                packets.add(Arrays.copyOf(packet.getData(), packet.getLength()));
            }
        }
    }

    List<byte[]> packets() {
        synchronized (packets) {
            return List.copyOf(packets);
        }
    }

    /** The payloads after the 12-byte RTP headers, in order of arrival. */
    byte[] payload() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] packet : packets()) {
            out.write(packet, 12, packet.length - 12);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        socket.close();
    }
}
