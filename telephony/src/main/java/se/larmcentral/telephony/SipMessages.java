package se.larmcentral.telephony;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.text.ParseException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The responses the front sends, made with JAIN-SIP's factories: every final answer to an INVITE carries the tag
 * of the centre's side (RFC 3261 8.2.6.2), 180 and 405 carry what their peer needs (Contact, Allow). A response
 * that cannot be sent (the transaction ended meanwhile) is logged, never thrown at the caller's thread.
 */
final class SipMessages {

    private static final Logger LOG = LoggerFactory.getLogger(SipMessages.class);

    private final MessageFactory messages;
    private final HeaderFactory headers;
    private final AddressFactory addresses;
    private final String host;
    private final int port;
    private final int tlsPort;

    /** @param tlsPort where SIP over TLS listens, or -1 (none) */
    SipMessages(SipFactory factory, String host, int port, int tlsPort) throws SipException {
        try {
            this.messages = factory.createMessageFactory();
            this.headers = factory.createHeaderFactory();
            this.addresses = factory.createAddressFactory();
        } catch (javax.sip.PeerUnavailableException e) {
            throw new SipException("JAIN-SIP factories unavailable: " + e.getMessage(), e);
        }
        this.host = host;
        this.port = port;
        this.tlsPort = tlsPort;
    }

    /** 180 Ringing with the centre's tag and Contact: the caller hears ringing while the call waits in the queue. */
    void ring(ServerTransaction invite, Request request, String toTag) {
        try {
            Response response = messages.createResponse(Response.RINGING, request);
            ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(toTag);
            response.addHeader(contact(request));
            invite.sendResponse(response);
        } catch (ParseException | SipException | InvalidArgumentException e) {
            LOG.warn("SIP 180 Ringing not sent: {}", e.getMessage());
        }
    }

    /**
     * 183 Session Progress with an SDP answer (early media, RFC 3960): the waiting caller hears the queue message
     * before any answer; the INVITE stays unanswered.
     */
    void sessionProgress(ServerTransaction invite, String toTag, String sdp) {
        Request request = invite.getRequest();
        try {
            Response response = messages.createResponse(Response.SESSION_PROGRESS, request);
            ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(toTag);
            response.addHeader(contact(request));
            response.setContent(sdp, headers.createContentTypeHeader("application", "sdp"));
            invite.sendResponse(response);
        } catch (ParseException | SipException | InvalidArgumentException | IllegalStateException e) {
            LOG.warn("SIP 183 Session Progress not sent: {}", e.getMessage());
        }
    }

    /** 200 OK with the SDP answer: the call is answered (by a recorded message). */
    void answer(ServerTransaction invite, String toTag, String sdp) {
        Request request = invite.getRequest();
        try {
            Response response = messages.createResponse(Response.OK, request);
            ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(toTag);
            response.addHeader(contact(request));
            response.setContent(sdp, headers.createContentTypeHeader("application", "sdp"));
            invite.sendResponse(response);
        } catch (ParseException | SipException | InvalidArgumentException | IllegalStateException e) {
            LOG.warn("SIP 200 OK not sent: {}", e.getMessage());
        }
    }

    /** Ends an answered call from the centre's side (the message has been played, the other leg ended). */
    void hangUp(SipProvider provider, Dialog dialog) {
        if (dialog == null) {
            return;
        }
        try {
            Request bye = dialog.createRequest(Request.BYE);
            ClientTransaction transaction = provider.getNewClientTransaction(bye);
            dialog.sendRequest(transaction);
        } catch (SipException | RuntimeException e) {
            LOG.warn("SIP BYE not sent: {}", e.getMessage());
        }
    }

    /**
     * The INVITE to a desk's phone for a caller's call: to its registered contact, from the caller's number as the
     * trunk gave it, over the contact's transport, carrying the caller's SDP offer (relayed, not re-made).
     */
    Request deskInvite(SipProvider provider, String contact, Request callerInvite, String sdp)
            throws ParseException, InvalidArgumentException {
        SipURI target = (SipURI) addresses.createURI(contact);
        String transport = target.getTransportParam() == null ? "udp" : target.getTransportParam().toLowerCase(Locale.ROOT);
        FromHeader callerFrom = (FromHeader) callerInvite.getHeader(FromHeader.NAME);
        FromHeader from = headers.createFromHeader(callerFrom.getAddress(),
                Long.toHexString(ThreadLocalRandom.current().nextLong()));
        ToHeader to = headers.createToHeader(addresses.createAddress(target), null);
        ViaHeader via = headers.createViaHeader(host, port, transport, null);
        Request invite = messages.createRequest(target, Request.INVITE, provider.getNewCallId(),
                headers.createCSeqHeader(1L, Request.INVITE), from, to, java.util.List.of(via),
                headers.createMaxForwardsHeader(70));
        SipURI self = addresses.createSipURI("centre", host);
        self.setPort(port);
        self.setTransportParam(transport);
        invite.addHeader(headers.createContactHeader(addresses.createAddress(self)));
        if (sdp != null) {
            invite.setContent(sdp, headers.createContentTypeHeader("application", "sdp"));
        }
        return invite;
    }

    /**
     * A re-INVITE in an answered dialog carrying {@code sdp} (RFC 3261 14.1): the caller's media now goes to another
     * party. Null when it cannot be sent (the dialog ended meanwhile).
     */
    ClientTransaction reInvite(SipProvider provider, Dialog dialog, String sdp) {
        return reInvite(provider, dialog, sdp, transaction -> {
        });
    }

    /**
     * As {@link #reInvite(SipProvider, Dialog, String)}, {@code beforeSend} told of the transaction before it goes
     * out, so that its response (which may come at once) finds who waits for it.
     */
    ClientTransaction reInvite(SipProvider provider, Dialog dialog, String sdp,
                               java.util.function.Consumer<ClientTransaction> beforeSend) {
        if (dialog == null || sdp == null) {
            return null;
        }
        try {
            Request invite = dialog.createRequest(Request.INVITE);
            SipURI self = addresses.createSipURI("centre", host);
            self.setPort(port);
            invite.setHeader(headers.createContactHeader(addresses.createAddress(self)));
            invite.setContent(sdp, headers.createContentTypeHeader("application", "sdp"));
            ClientTransaction transaction = provider.getNewClientTransaction(invite);
            beforeSend.accept(transaction);
            dialog.sendRequest(transaction);
            return transaction;
        } catch (ParseException | SipException | RuntimeException e) {
            LOG.warn("SIP re-INVITE not sent: {}", e.getMessage());
            return null;
        }
    }

    /** CANCEL of a desk's INVITE still ringing (RFC 3261 9.1). */
    void cancel(SipProvider provider, ClientTransaction invite) {
        try {
            Request cancel = invite.createCancel();
            provider.getNewClientTransaction(cancel).sendRequest();
        } catch (SipException | RuntimeException e) {
            LOG.warn("SIP CANCEL not sent: {}", e.getMessage());
        }
    }

    /** ACK of a desk's 200 (the dialog's, RFC 3261 13.2.2.4). */
    void ack(Dialog dialog, Response ok) {
        if (dialog == null) {
            return;
        }
        try {
            long cseq = ((javax.sip.header.CSeqHeader) ok.getHeader(javax.sip.header.CSeqHeader.NAME)).getSeqNumber();
            dialog.sendAck(dialog.createAck(cseq));
        } catch (SipException | InvalidArgumentException | RuntimeException e) {
            LOG.warn("SIP ACK not sent: {}", e.getMessage());
        }
    }

    private ContactHeader contact(Request request) throws ParseException {
        SipURI contact = addresses.createSipURI("centre", host);
        String transport = transport(request);
        contact.setPort(transport.equals("tls") && tlsPort >= 0 ? tlsPort : port);
        contact.setTransportParam(transport);
        return headers.createContactHeader(addresses.createAddress(contact));
    }

    /** 401 with a digest challenge (RFC 3261 22.1): MD5, qop=auth; {@code stale}: the phone's nonce had aged. */
    void challenge(ServerTransaction transaction, String realm, String nonce, boolean stale) {
        Request request = transaction.getRequest();
        try {
            Response response = response(request, Response.UNAUTHORIZED, "Unauthorized", null, false);
            WWWAuthenticateHeader challenge = headers.createWWWAuthenticateHeader("Digest");
            challenge.setRealm(realm);
            challenge.setNonce(nonce);
            challenge.setAlgorithm("MD5");
            challenge.setQop("auth");
            if (stale) {
                challenge.setStale(true);
            }
            response.addHeader(challenge);
            transaction.sendResponse(response);
        } catch (ParseException | SipException | InvalidArgumentException | IllegalStateException e) {
            LOG.warn("SIP 401 to REGISTER not sent: {}", e.getMessage());
        }
    }

    /** 200 to a REGISTER: the desk's binding now (none after an unregistration), with what is left of it. */
    void registered(ServerTransaction transaction, DeskRegistrations.Binding binding, long secondsLeft) {
        Request request = transaction.getRequest();
        try {
            Response response = response(request, Response.OK, "OK", null, false);
            if (binding != null) {
                ContactHeader contact = headers.createContactHeader(
                        addresses.createAddress(addresses.createURI(binding.contact())));
                contact.setExpires((int) secondsLeft);
                response.addHeader(contact);
            }
            response.addHeader(headers.createExpiresHeader((int) secondsLeft));
            transaction.sendResponse(response);
        } catch (ParseException | SipException | InvalidArgumentException | IllegalStateException e) {
            LOG.warn("SIP 200 to REGISTER not sent: {}", e.getMessage());
        }
    }

    /** 423 with Min-Expires (RFC 3261 10.3 step 7): the phone asked for a registration shorter than granted. */
    void intervalTooBrief(ServerTransaction transaction, long minimum) {
        Request request = transaction.getRequest();
        try {
            Response response = response(request, Response.INTERVAL_TOO_BRIEF, "Interval Too Brief", null, false);
            response.addHeader(headers.createMinExpiresHeader((int) minimum));
            transaction.sendResponse(response);
        } catch (ParseException | SipException | InvalidArgumentException | IllegalStateException e) {
            LOG.warn("SIP 423 to REGISTER not sent: {}", e.getMessage());
        }
    }

    /** Ends a ringing INVITE with a final error status (487 after CANCEL, 503 when the centre refused it). */
    void end(ServerTransaction invite, int status, String reason, String toTag) {
        send(invite, invite.getRequest(), status, reason, toTag, false);
    }

    /** Answers a request; {@code allow}: with the methods served (405, OPTIONS). */
    void respond(ServerTransaction transaction, Request request, int status, String reason, boolean allow) {
        send(transaction, request, status, reason, null, allow);
    }

    /** Answers without a transaction: for a request the stack will not make one for (a required header missing). */
    void respondStatelessly(SipProvider provider, Request request, int status, String reason, boolean allow) {
        try {
            provider.sendResponse(response(request, status, reason, null, allow));
        } catch (ParseException | SipException | InvalidArgumentException | RuntimeException e) {
            LOG.warn("SIP {} to {} not sent: {}", status, request.getMethod(), e.getMessage());
        }
    }

    private void send(ServerTransaction transaction, Request request, int status, String reason, String toTag,
                      boolean allow) {
        if (transaction == null) {
            return;
        }
        try {
            transaction.sendResponse(response(request, status, reason, toTag, allow));
        } catch (ParseException | SipException | InvalidArgumentException | IllegalStateException e) {
            LOG.warn("SIP {} to {} not sent: {}", status, request.getMethod(), e.getMessage());
        }
    }

    private Response response(Request request, int status, String reason, String toTag, boolean allow)
            throws ParseException, InvalidArgumentException {
        Response response = messages.createResponse(status, request);
        response.setReasonPhrase(reason);
        ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
        if (to.getTag() == null && !Request.CANCEL.equals(request.getMethod())) {
            to.setTag(toTag != null ? toTag : Long.toHexString(ThreadLocalRandom.current().nextLong()));
        }
        if (allow) {
            for (String method : InboundCalls.ALLOWED) {
                response.addHeader(headers.createAllowHeader(method));
            }
        }
        return response;
    }

    private static String transport(Request request) {
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        return via == null ? "udp" : via.getTransport().toLowerCase(Locale.ROOT);
    }
}
