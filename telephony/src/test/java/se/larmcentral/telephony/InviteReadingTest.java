package se.larmcentral.telephony;

import org.junit.jupiter.api.Test;
import se.larmcentral.calls.location.PidfLoLocation;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;

import javax.sip.SipFactory;
import javax.sip.message.Request;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the front reads from an INVITE: the dialled number, the caller, the location, the audio offer. */
class InviteReadingTest {

    private static final String PIDF = """
            <?xml version="1.0"?>
            <presence xmlns="urn:ietf:params:xml:ns:pidf" xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10"
                      xmlns:gml="http://www.opengis.net/gml" entity="pres:caller@example.net">
              <tuple id="t"><status><gp:geopriv><gp:location-info>
                <gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>59.3 18.1</gml:pos></gml:Point>
              </gp:location-info></gp:geopriv></status></tuple>
            </presence>""";

    @Test
    void theDialledNumberIsTheRequestUrisUserPartOrTelNumberWithoutParametersOrSeparators() throws Exception {
        assertThat(DialledNumber.of(invite("sip:112@centre.example;user=phone", "", "", "").getRequestURI())).isEqualTo("112");
        assertThat(DialledNumber.of(invite("sip:113-13;phone-context=+46@centre.example;user=phone", "", "", "")
                .getRequestURI())).isEqualTo("11313");
        assertThat(DialledNumber.of(invite("tel:+46-8-465-004-90", "", "", "").getRequestURI())).isEqualTo("+46846500490");
        assertThatThrownBy(() -> DialledNumber.of(invite("sip:centre.example", "", "", "").getRequestURI()))
                .isInstanceOf(SipRefusal.class).satisfies(e -> assertThat(((SipRefusal) e).status()).isEqualTo(404));
        assertThatThrownBy(() -> DialledNumber.of(invite("sip:alice@centre.example", "", "", "").getRequestURI()))
                .satisfies(e -> assertThat(((SipRefusal) e).status()).isEqualTo(404))
                .hasMessageContaining("'alice' is not a telephone number");
    }

    @Test
    void theCallerIsTheAssertedIdentityElseFromAndAWithheldNumberIsNone() throws Exception {
        assertThat(CallerNumber.of(invite("sip:112@c", "<sip:anonymous@anonymous.invalid>",
                "P-Asserted-Identity: <tel:+46701234567>\r\n", ""))).contains(new PhoneNumber("+46701234567"));
        assertThat(CallerNumber.of(invite("sip:112@c", "<sip:0701234568@trunk.example;user=phone>", "", "")))
                .contains(new PhoneNumber("+46701234568"));
        assertThat(CallerNumber.of(invite("sip:112@c", "\"Anonymous\" <sip:anonymous@anonymous.invalid>", "", "")))
                .isEmpty();
        assertThat(CallerNumber.of(invite("sip:112@c", "<sip:alice@example.net>", "", ""))).isEmpty();
    }

    @Test
    void aLocationByValueIsReadFromItsCidPartAndAnythingElseIsRefusedNamingTheReason() throws Exception {
        String multipart = "--b1\r\nContent-Type: application/sdp\r\n\r\nv=0\r\n"
                + "--b1\r\nContent-Type: application/pidf+xml\r\nContent-ID: <loc@x>\r\n\r\n" + PIDF + "\r\n--b1--\r\n";
        Request withLocation = invite("sip:112@c", "<sip:+46701234567@t>", "Geolocation: <cid:loc@x>\r\n"
                + "Content-Type: multipart/mixed;boundary=b1\r\n", multipart);
        Optional<PidfLoLocation> location = LocationBody.of(withLocation);
        assertThat(location).hasValueSatisfying(l -> assertThat(l.point().lat()).isEqualTo(59.3));

        assertThat(LocationBody.of(invite("sip:112@c", "<sip:+46701234567@t>", "", ""))).isEmpty();
        assertThatThrownBy(() -> LocationBody.of(invite("sip:112@c", "<sip:+46701234567@t>",
                "Geolocation: <https://lis.example/loc/1>\r\n", "")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no cid: reference");
        assertThatThrownBy(() -> LocationBody.of(invite("sip:112@c", "<sip:+46701234567@t>",
                "Geolocation: <cid:loc@x>\r\nContent-Type: multipart/mixed\r\n", multipart)))
                .hasMessageContaining("without a boundary");
        assertThatThrownBy(() -> LocationBody.of(invite("sip:112@c", "<sip:+46701234567@t>",
                "Geolocation: <cid:loc@x>\r\nContent-Type: application/sdp\r\n", "v=0\r\n")))
                .hasMessageContaining("not multipart");
    }

    @Test
    void theAudioOfferIsTakenOnlyWhenItAcceptsALaw() throws Exception {
        String pcma = "v=0\r\no=c 1 1 IN IP4 192.0.2.5\r\ns=-\r\nc=IN IP4 192.0.2.5\r\nt=0 0\r\n"
                + "m=audio 40000 RTP/AVP 0 8\r\n";
        assertThat(SdpOffer.of(invite("sip:+46846500490@c", "<sip:+46701234567@t>",
                "Content-Type: application/sdp\r\n", pcma)))
                .hasValueSatisfying(o -> assertThat(o.media().getPort()).isEqualTo(40000));
        assertThat(SdpOffer.of(invite("sip:+46846500490@c", "<sip:+46701234567@t>",
                "Content-Type: application/sdp\r\n", pcma.replace(" 0 8", " 0 9")))).isEmpty();
        assertThat(SdpOffer.of(invite("sip:+46846500490@c", "<sip:+46701234567@t>",
                "Content-Type: application/sdp\r\n", pcma.replace("IN IP4 192.0.2.5\r\nt", "IN IP4 caller.example\r\nt")
                        .replace("c=IN IP4 192.0.2.5", "c=IN IP4 caller.example")))).as("a name is not looked up").isEmpty();
    }

    private static Request invite(String uri, String from, String headers, String body) throws Exception {
        String text = "INVITE " + uri + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-test\r\n"
                + "From: " + (from.isEmpty() ? "<sip:+46701234567@t>" : from) + ";tag=1\r\n"
                + "To: <" + uri + ">\r\n"
                + "Call-ID: test-1@192.0.2.10\r\n"
                + "CSeq: 1 INVITE\r\n"
                + "Max-Forwards: 70\r\n"
                + headers
                + "Content-Length: " + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        return factory.createMessageFactory().createRequest(text);
    }

    @Test
    void aPhonesOfferPutsTheCallerOnHoldWhenItsAudioIsSendonlyOrInactiveOrAddressedToNowhere() {
        String sdp = "v=0\r\no=desk 7 8 IN IP4 10.0.0.5\r\ns=-\r\nc=IN IP4 10.0.0.5\r\nt=0 0\r\n"
                + "m=audio 16000 RTP/AVP 8\r\na=rtpmap:8 PCMA/8000\r\n";
        assertThat(SdpOffer.holds(sdp)).isFalse();
        assertThat(SdpOffer.holds(sdp + "a=sendrecv\r\n")).isFalse();
        assertThat(SdpOffer.holds(sdp + "a=recvonly\r\n")).as("the phone only listens: not hold").isFalse();
        assertThat(SdpOffer.holds(sdp + "a=sendonly\r\n")).isTrue();
        assertThat(SdpOffer.holds(sdp.replace("\r\n", "\n") + "a=inactive\n")).isTrue();
        assertThat(SdpOffer.holds(sdp.replace("c=IN IP4 10.0.0.5", "c=IN IP4 0.0.0.0"))).as("RFC 2543 hold").isTrue();
        assertThat(SdpOffer.holds(null)).isFalse();
    }
}
