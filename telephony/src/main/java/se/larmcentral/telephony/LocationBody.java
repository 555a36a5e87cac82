package se.larmcentral.telephony;

import se.larmcentral.calls.location.PidfLoLocation;
import se.larmcentral.calls.location.PidfLoParser;
import se.larmcentral.core.InvalidInputException;

import javax.sip.header.ContentTypeHeader;
import javax.sip.header.ExtensionHeader;
import javax.sip.header.Header;
import javax.sip.message.Request;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;

/**
 * The caller's location sent by value with the INVITE (RFC 6442): a {@code Geolocation} header pointing at a
 * {@code cid:} body part, in a {@code multipart/mixed} body beside the SDP; the PIDF-LO part is read by the calls
 * module's {@link PidfLoParser} (any DOCTYPE refused, no entity read). Without a Geolocation header there is no
 * location. A location that cannot be read is refused with the reason (field {@code pidfLo} or {@code Geolocation});
 * the front then takes the call in without it, since a caller is never turned away over their handset's location.
 */
final class LocationBody {

    static final String GEOLOCATION = "Geolocation";
    private static final String PIDF = "application/pidf+xml";

    private LocationBody() {
    }

    static Optional<PidfLoLocation> of(Request invite) {
        ListIterator<?> headers = invite.getHeaders(GEOLOCATION);
        if (headers == null || !headers.hasNext()) {
            return Optional.empty();
        }
        String contentId = contentId(headers);
        ContentTypeHeader type = (ContentTypeHeader) invite.getHeader(ContentTypeHeader.NAME);
        byte[] raw = invite.getRawContent();
        if (type == null || raw == null || raw.length == 0) {
            throw new InvalidInputException(GEOLOCATION, "points at " + contentId + " but the INVITE has no body");
        }
        String mediaType = (type.getContentType() + "/" + type.getContentSubType()).toLowerCase(Locale.ROOT);
        if (mediaType.equals(PIDF)) {
            return Optional.of(PidfLoParser.parse(new String(raw, StandardCharsets.UTF_8)));
        }
        if (!mediaType.startsWith("multipart/")) {
            throw new InvalidInputException(GEOLOCATION, "points at " + contentId + " but the body is " + mediaType
                    + ", not multipart with an " + PIDF + " part");
        }
        String boundary = type.getParameter("boundary");
        if (boundary == null || boundary.isBlank()) {
            throw new InvalidInputException("Content-Type", "is multipart without a boundary parameter");
        }
        List<Part> parts = parts(raw, boundary.replace("\"", ""));
        Part chosen = parts.stream().filter(p -> contentId.equals(p.contentId())).findFirst()
                .or(() -> parts.stream().filter(p -> p.type().startsWith(PIDF)).findFirst())
                .orElseThrow(() -> new InvalidInputException(GEOLOCATION, "points at " + contentId
                        + " but the body has no " + PIDF + " part"));
        return Optional.of(PidfLoParser.parse(chosen.content()));
    }

    /** The first {@code cid:} reference of the Geolocation headers, as the body part's Content-ID would name it. */
    private static String contentId(ListIterator<?> headers) {
        List<String> seen = new ArrayList<>();
        while (headers.hasNext()) {
            String value = value((Header) headers.next());
            for (String item : value.split(",")) {
                String ref = item.strip();
                int end = ref.indexOf('>');
                if (ref.startsWith("<") && end > 0) {
                    ref = ref.substring(1, end);
                }
                if (ref.regionMatches(true, 0, "cid:", 0, 4)) {
                    return ref.substring(4);
                }
                seen.add(DialledNumber.printable(ref));
            }
        }
        throw new InvalidInputException(GEOLOCATION, "carries no cid: reference (" + String.join(", ", seen)
                + "); a location by reference is not fetched");
    }

    private static String value(Header header) {
        if (header instanceof ExtensionHeader extension) {
            return extension.getValue().strip();
        }
        String text = header.toString();
        int colon = text.indexOf(':');
        return (colon >= 0 ? text.substring(colon + 1) : text).strip();
    }

    record Part(String type, String contentId, String content) {
    }

    /** The parts of a multipart body (RFC 2046): headers, a blank line, the content; read byte for byte. */
    static List<Part> parts(byte[] raw, String boundary) {
        String body = new String(raw, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        List<Part> parts = new ArrayList<>();
        int at = body.indexOf(delimiter);
        while (at >= 0) {
            int start = at + delimiter.length();
            if (body.startsWith("--", start)) {
                break; // the closing delimiter
            }
            int next = body.indexOf(delimiter, start);
            String section = body.substring(start, next < 0 ? body.length() : next);
            parts.add(part(section));
            at = next;
        }
        if (parts.isEmpty()) {
            throw new InvalidInputException("Content-Type", "the multipart body has no part delimited by its boundary");
        }
        return parts;
    }

    private static Part part(String section) {
        String text = section.replaceFirst("^\r?\n", "");
        int blank = text.indexOf("\r\n\r\n");
        int skip = 4;
        if (blank < 0 || text.indexOf("\n\n") >= 0 && text.indexOf("\n\n") < blank) {
            blank = text.indexOf("\n\n");
            skip = 2;
        }
        String head = blank < 0 ? text : text.substring(0, blank);
        String content = blank < 0 ? "" : text.substring(blank + skip).replaceFirst("\r?\n$", "");
        String type = "";
        String id = "";
        for (String line : head.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (name.equals("content-type")) {
                type = value.toLowerCase(Locale.ROOT);
            } else if (name.equals("content-id")) {
                id = value.replaceAll("^<|>$", "");
            }
        }
        return new Part(type, id, new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }
}
