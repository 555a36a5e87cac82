package se.larmcentral.telephony;

import javax.sdp.Connection;
import javax.sdp.MediaDescription;
import javax.sdp.SdpException;
import javax.sdp.SdpFactory;
import javax.sdp.SessionDescription;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Request;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The caller's audio offer (RFC 3264) as far as an announcement needs it: where the caller receives RTP, if it
 * takes G.711 A-law (payload type 8). Read with JAIN-SDP from the INVITE's {@code application/sdp} body or part.
 *
 * @param media where to send the caller's audio
 */
record SdpOffer(InetSocketAddress media) {

    static final int PCMA = 8;

    /** The offer, when the INVITE has one with an audio stream that takes PCMA; otherwise empty. */
    static Optional<SdpOffer> of(Request invite) {
        Optional<String> body = body(invite);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        try {
            SessionDescription session = SdpFactory.getInstance().createSessionDescription(body.get());
            for (Object item : session.getMediaDescriptions(false)) {
                MediaDescription media = (MediaDescription) item;
                if (!"audio".equalsIgnoreCase(media.getMedia().getMediaType())
                        || !media.getMedia().getMediaFormats(false).contains(Integer.toString(PCMA))) {
                    continue;
                }
                Connection connection = media.getConnection() != null ? media.getConnection() : session.getConnection();
                int port = media.getMedia().getMediaPort();
                if (connection == null || port <= 0) {
                    return Optional.empty();
                }
                InetAddress address = InetAddress.getByName(literal(connection.getAddress()));
                return Optional.of(new SdpOffer(new InetSocketAddress(address, port)));
            }
            return Optional.empty();
        } catch (SdpException | UnknownHostException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Only a literal address is used: a name in an offer is not looked up. */
    private static String literal(String address) throws UnknownHostException {
        if (!address.matches("[0-9.]+|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")) {
            throw new UnknownHostException("not a literal address");
        }
        return address;
    }

    /** The SDP of the INVITE: its body, or its {@code application/sdp} part. */
    static Optional<String> body(Request invite) {
        ContentTypeHeader type = (ContentTypeHeader) invite.getHeader(ContentTypeHeader.NAME);
        byte[] raw = invite.getRawContent();
        if (type == null || raw == null || raw.length == 0) {
            return Optional.empty();
        }
        String media = (type.getContentType() + "/" + type.getContentSubType()).toLowerCase(Locale.ROOT);
        if (media.equals("application/sdp")) {
            return Optional.of(new String(raw, StandardCharsets.UTF_8));
        }
        String boundary = type.getParameter("boundary");
        if (!media.startsWith("multipart/") || boundary == null) {
            return Optional.empty();
        }
        try {
            List<LocationBody.Part> parts = LocationBody.parts(raw, boundary.replace("\"", ""));
            return parts.stream().filter(p -> p.type().startsWith("application/sdp")).map(LocationBody.Part::content)
                    .findFirst();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The answer: A-law at 8 kHz from {@code local}, sent only (the centre does not listen to a recorded message's caller). */
    static String answer(InetSocketAddress local, long sessionId) {
        String ip = local.getAddress().getHostAddress();
        String family = local.getAddress() instanceof java.net.Inet6Address ? "IP6" : "IP4";
        return "v=0\r\n"
                + "o=larmcentral " + sessionId + " " + sessionId + " IN " + family + " " + ip + "\r\n"
                + "s=larmcentral\r\n"
                + "c=IN " + family + " " + ip + "\r\n"
                + "t=0 0\r\n"
                + "m=audio " + local.getPort() + " RTP/AVP " + PCMA + "\r\n"
                + "a=rtpmap:" + PCMA + " PCMA/8000\r\n"
                + "a=ptime:20\r\n"
                + "a=sendonly\r\n";
    }

    /**
     * {@code sdp} as a hold offer (RFC 3264 8.4): the same media, its direction {@code a=sendonly}, as a desk phone's
     * hold sends it. The centre puts the caller on hold this way while the operator consults a number.
     */
    static String onHold(String sdp) {
        StringBuilder held = new StringBuilder();
        for (String line : sdp.split("\\r?\\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.equals("a=sendrecv") || l.equals("a=sendonly") || l.equals("a=recvonly")
                    || l.equals("a=inactive")) {
                continue;
            }
            held.append(l).append("\r\n");
        }
        return held.append("a=sendonly\r\n").toString();
    }

    /**
     * Whether an SDP puts the other side on hold (RFC 3264 8.4, and RFC 2543's 0.0.0.0 still sent by older phones):
     * its audio {@code sendonly} or {@code inactive}, or the connection address 0.0.0.0.
     */
    static boolean holds(String sdp) {
        if (sdp == null) {
            return false;
        }
        for (String line : sdp.split("\\r?\\n")) {
            String l = line.strip();
            if (l.equals("a=sendonly") || l.equals("a=inactive") || l.startsWith("c=IN IP4 0.0.0.0")) {
                return true;
            }
        }
        return false;
    }
}
