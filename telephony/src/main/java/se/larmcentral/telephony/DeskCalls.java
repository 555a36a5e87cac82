package se.larmcentral.telephony;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.calls.AnswerCall;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.CommandPort;
import se.larmcentral.centre.desks.CallOffers;
import se.larmcentral.centre.desks.DeskAvailability;
import se.larmcentral.core.Actor;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipProvider;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Ringing a queued call at a desk's phone (the second leg): the centre's {@link CallOffers} say which call goes to
 * which free desk; the front sends that desk's registered phone an INVITE carrying the caller's SDP offer. The phone
 * answering (200) is the call answered in the centre by the desk's operator ({@link AnswerCall}), and the caller
 * gets 200 with the phone's SDP: the SDP is relayed between the legs, so the audio flows between the caller's
 * gateway and the phone, not through the centre. No answer within the ring time: CANCEL, and the call is offered
 * to the next free desk (never again to this one). The caller hanging up while the desk rings: CANCEL. A BYE on
 * either leg ends the other.
 *
 * <p>Decisions run on the centre's worker (in order with intakes and hang-ups); responses arrive on the stack's.
 */
final class DeskCalls {

    private static final Logger LOG = LoggerFactory.getLogger(DeskCalls.class);

    enum LegState { RINGING, CONNECTED, ENDED }

    /** One desk leg: the caller's SIP call it belongs to, the centre's call, the desk and its operator. */
    static final class Leg {
        final String callerSipCallId;
        final String callId;
        final String desk;
        final String account;
        final ClientTransaction invite;
        volatile LegState state = LegState.RINGING;
        volatile ScheduledFuture<?> timeout;
        volatile Dialog deskDialog;
        volatile Dialog callerDialog;
        /** The caller's INVITE (its SDP offer), once answered: what a connecting-on rings the number with. */
        volatile Request callerInvite;
        /** The phone's SDP answer (where the operator's audio is): what a consultation offers the number. */
        volatile String deskSdp;
        /** Whether the operator's phone has put the caller on hold (its last re-INVITE). */
        volatile boolean onHold;
        /** The phone's re-INVITE waiting for the caller's answer to it (relayed), or null. */
        volatile ServerTransaction pendingReInvite;

        Leg(String callerSipCallId, String callId, String desk, String account, ClientTransaction invite) {
            this.callerSipCallId = callerSipCallId;
            this.callId = callId;
            this.desk = desk;
            this.account = account;
            this.invite = invite;
        }

        String deskSipCallId() {
            return ((CallIdHeader) invite.getRequest().getHeader(CallIdHeader.NAME)).getCallId();
        }
    }

    private final CommandPort centre;
    private final Clock clock;
    private final SipMessages messages;
    private final DeskRegistrar registrar;
    private final ExecutorService centreWork;
    private final ScheduledExecutorService timer;
    private final Duration ringFor;
    private final Map<String, InboundCalls.Ringing> ringing;
    private final QueueMessages queueMessages;
    /** Desk legs by their own SIP Call-ID, and by the caller's. */
    private final Map<String, Leg> byDeskCall = new ConcurrentHashMap<>();
    private final Map<String, Leg> byCallerCall = new ConcurrentHashMap<>();
    /** Desks each centre call has rung out at (touched on the worker only). */
    private final Map<String, Set<String>> rangOut = new HashMap<>();
    private volatile SipProvider provider;
    private volatile Runnable changed = () -> { };

    DeskCalls(CommandPort centre, Clock clock, SipMessages messages, DeskRegistrar registrar,
              ExecutorService centreWork, ScheduledExecutorService timer, Duration ringFor,
              Map<String, InboundCalls.Ringing> ringing, QueueMessages queueMessages) {
        this.queueMessages = queueMessages;
        this.centre = centre;
        this.clock = clock;
        this.messages = messages;
        this.registrar = registrar;
        this.centreWork = centreWork;
        this.timer = timer;
        this.ringFor = ringFor;
        this.ringing = ringing;
    }

    void attach(SipProvider provider) {
        this.provider = provider;
    }

    /** Runs after a leg rang, was answered or ended (the phones' states are reported then). */
    void onChange(Runnable whenChanged) {
        this.changed = whenChanged;
    }

    /** The ringing or connected leg of each desk that has one. */
    Map<String, Leg> activeByDesk() {
        Map<String, Leg> active = new HashMap<>();
        for (Leg leg : byDeskCall.values()) {
            if (leg.state != LegState.ENDED) {
                active.put(leg.desk, leg);
            }
        }
        return active;
    }

    /** Asks for a distribution on the worker (after an intake, a registration, a desk freed, or on the timer). */
    void offerSoon() {
        try {
            centreWork.execute(this::distribute);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // stopping
        }
    }

    /** The offers for the calls this front holds and the desks whose phone is registered; each rung. */
    private void distribute() {
        if (provider == null || registrar.noneRegistered() || ringing.isEmpty()) {
            return;
        }
        Map<String, String> sipCallIdOf = new HashMap<>();
        ringing.forEach((sip, call) -> sipCallIdOf.put(call.callId(), sip));
        Set<String> busyDesks = new HashSet<>();
        Set<String> inHand = new HashSet<>();
        for (Leg leg : byDeskCall.values()) {
            if (leg.state != LegState.ENDED) {
                busyDesks.add(leg.desk);
                inHand.add(leg.callId);
            }
        }
        Instant now = clock.instant();
        List<CallOffers.Offer> offers;
        try {
            offers = centre.read(state -> CallOffers.offer(
                    DeskAvailability.waiting(state, rangOut).stream()
                            .filter(c -> sipCallIdOf.containsKey(c.callId()) && !inHand.contains(c.callId())).toList(),
                    DeskAvailability.free(state, busyDesks, now).stream()
                            .filter(d -> registrar.contact(d.desk()).isPresent()).toList(),
                    now));
        } catch (RuntimeException e) {
            LOG.error("SIP desks: no distribution ({})", e.toString());
            return;
        }
        for (CallOffers.Offer offer : offers) {
            ring(offer, sipCallIdOf.get(offer.callId()));
        }
        if (!offers.isEmpty()) {
            changed.run();
        }
    }

    private void ring(CallOffers.Offer offer, String callerSipCallId) {
        InboundCalls.Ringing call = ringing.get(callerSipCallId);
        Optional<String> contact = registrar.contact(offer.desk());
        if (call == null || contact.isEmpty()) {
            return;
        }
        Request callerInvite = call.invite().getRequest();
        try {
            Request invite = messages.deskInvite(provider, contact.get(), callerInvite,
                    SdpOffer.body(callerInvite).orElse(null));
            ClientTransaction transaction = provider.getNewClientTransaction(invite);
            Leg leg = new Leg(callerSipCallId, offer.callId(), offer.desk(), offer.account(), transaction);
            byDeskCall.put(leg.deskSipCallId(), leg);
            byCallerCall.put(callerSipCallId, leg);
            transaction.sendRequest();
            leg.timeout = timer.schedule(() -> centreWork.execute(() -> rangOut(leg)), ringFor.toMillis(),
                    TimeUnit.MILLISECONDS);
            LOG.info("SIP call {} rings at {} ({}) for {}", offer.callId(), offer.desk(), contact.get(), offer.account());
        } catch (Exception e) { // ParseException, SipException: the contact cannot be reached
            LOG.warn("SIP call {}: desk {} not rung ({})", offer.callId(), offer.desk(), e.getMessage());
            rangOut.computeIfAbsent(offer.callId(), id -> new HashSet<>()).add(offer.desk());
        }
    }

    /** No answer in time: the desk's INVITE is cancelled and the call offered to the next desk. */
    private void rangOut(Leg leg) {
        if (leg.state != LegState.RINGING) {
            return;
        }
        leg.state = LegState.ENDED;
        byCallerCall.remove(leg.callerSipCallId, leg);
        rangOut.computeIfAbsent(leg.callId, id -> new HashSet<>()).add(leg.desk);
        LOG.info("SIP call {}: no answer at {} in {} s; offered on", leg.callId, leg.desk, ringFor.toSeconds());
        messages.cancel(provider, leg.invite);
        changed.run();
        distribute();
    }

    /** The caller hung up while waiting: a desk ringing for the call stops (CANCEL). */
    void callerLeft(String callerSipCallId) {
        Leg leg = byCallerCall.remove(callerSipCallId);
        if (leg != null && leg.state == LegState.RINGING) {
            leg.state = LegState.ENDED;
            cancelTimeout(leg);
            messages.cancel(provider, leg.invite);
            changed.run();
        }
    }

    /** A BYE from the caller of a connected call: the desk's leg ends too. Whether it was one. */
    boolean callerHungUp(String callerSipCallId) {
        Leg leg = byCallerCall.remove(callerSipCallId);
        if (leg == null || leg.state != LegState.CONNECTED) {
            return false;
        }
        leg.state = LegState.ENDED;
        byDeskCall.remove(leg.deskSipCallId(), leg);
        messages.hangUp(provider, leg.deskDialog);
        LOG.info("SIP call {}: the caller hung up; the desk {} leg ended", leg.callId, leg.desk);
        changed.run();
        return true;
    }

    /** Whether the request belongs to a desk leg (a desk phone's BYE, not the trunk's). */
    boolean isDeskLeg(String sipCallId) {
        return byDeskCall.containsKey(sipCallId);
    }

    /** The connected desk leg of the centre's call {@code callId}, if any. */
    Optional<Leg> connected(String callId) {
        return byCallerCall.values().stream()
                .filter(leg -> leg.callId.equals(callId) && leg.state == LegState.CONNECTED).findFirst();
    }

    /**
     * The caller has been connected on elsewhere: the desk's leg ends (BYE to the phone) and the desk is free for the
     * next call; the caller's leg is no longer the desk's.
     */
    void handOver(Leg leg) {
        if (leg.state != LegState.CONNECTED) {
            return;
        }
        leg.state = LegState.ENDED;
        byDeskCall.remove(leg.deskSipCallId(), leg);
        byCallerCall.remove(leg.callerSipCallId, leg);
        messages.hangUp(provider, leg.deskDialog);
        LOG.info("SIP call {}: connected on; the desk {} leg ended", leg.callId, leg.desk);
        changed.run();
        offerSoon();
    }

    /** A BYE from the desk's phone: the caller's leg ends too. The caller's SIP Call-ID when it was connected. */
    Optional<String> deskHungUp(String deskSipCallId) {
        Leg leg = byDeskCall.remove(deskSipCallId);
        if (leg == null) {
            return Optional.empty();
        }
        byCallerCall.remove(leg.callerSipCallId, leg);
        boolean connected = leg.state == LegState.CONNECTED;
        leg.state = LegState.ENDED;
        if (connected && leg.callerDialog != null) {
            messages.hangUp(provider, leg.callerDialog);
            LOG.info("SIP call {}: the operator at {} hung up; the caller's leg ended", leg.callId, leg.desk);
        }
        changed.run();
        offerSoon();
        return connected ? Optional.of(leg.callerSipCallId) : Optional.empty();
    }

    /**
     * A re-INVITE from the operator's phone in a connected call (hold, resume, a new address): relayed to the caller
     * as a re-INVITE with the phone's SDP; the caller's answer goes back to the phone. Hold is read from the SDP.
     */
    void deskReInvite(ServerTransaction transaction) {
        Request request = transaction.getRequest();
        Leg leg = byDeskCall.get(((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId());
        if (leg == null || leg.state != LegState.CONNECTED || leg.callerDialog == null || leg.pendingReInvite != null) {
            messages.respond(transaction, request, leg != null && leg.pendingReInvite != null ? Response.REQUEST_PENDING
                    : Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, leg != null && leg.pendingReInvite != null
                    ? "Request Pending" : "Call/Transaction Does Not Exist", false);
            return;
        }
        byte[] raw = request.getRawContent();
        String sdp = raw == null ? null : new String(raw, StandardCharsets.UTF_8);
        if (sdp == null) {
            messages.respond(transaction, request, Response.NOT_ACCEPTABLE_HERE, "Not Acceptable Here: no SDP offer", false);
            return;
        }
        leg.pendingReInvite = transaction;
        if (messages.reInvite(provider, leg.callerDialog, sdp) == null) {
            leg.pendingReInvite = null;
            messages.respond(transaction, request, Response.SERVER_INTERNAL_ERROR, "Server Internal Error", false);
            return;
        }
        boolean hold = SdpOffer.holds(sdp);
        if (hold != leg.onHold) {
            leg.onHold = hold;
            LOG.info("SIP call {}: {} at {}", leg.callId, hold ? "on hold" : "resumed", leg.desk);
            changed.run();
        }
    }

    /** A response from a desk's phone, or from the caller to a relayed re-INVITE. */
    void response(ResponseEvent event) {
        Response response = event.getResponse();
        String method = ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getMethod();
        String sipCallId = ((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId();
        Leg relayed = byCallerCall.get(sipCallId);
        if (relayed != null && Request.INVITE.equals(method)) {
            ServerTransaction pending = relayed.pendingReInvite;
            if (response.getStatusCode() >= 200 && pending != null) {
                relayed.pendingReInvite = null;
                if (response.getStatusCode() < 300) {
                    messages.ack(event.getDialog(), response);
                    byte[] raw = response.getRawContent();
                    String toTag = ((javax.sip.header.ToHeader) pending.getRequest().getHeader(
                            javax.sip.header.ToHeader.NAME)).getTag();
                    messages.answer(pending, toTag, raw == null ? null : new String(raw, StandardCharsets.UTF_8));
                } else {
                    messages.respond(pending, pending.getRequest(), response.getStatusCode(), response.getReasonPhrase(), false);
                }
            }
            return;
        }
        if (!Request.INVITE.equals(method) || response.getStatusCode() < 200) {
            return;
        }
        Leg leg = byDeskCall.get(sipCallId);
        int status = response.getStatusCode();
        if (status >= 300) {
            failed(sipCallId, "answered " + status);
            return;
        }
        Dialog dialog = event.getDialog();
        messages.ack(dialog, response);
        if (leg == null || leg.state != LegState.RINGING) {
            messages.hangUp(provider, dialog); // answered after it was cancelled: hung up at once
            if (leg != null) {
                byDeskCall.remove(sipCallId, leg);
            }
            return;
        }
        leg.state = LegState.CONNECTED;
        leg.deskDialog = dialog;
        cancelTimeout(leg);
        byte[] raw = response.getRawContent();
        String sdp = raw == null ? null : new String(raw, StandardCharsets.UTF_8);
        centreWork.execute(() -> answered(leg, sdp));
    }

    /**
     * The desk's INVITE ended without an answer: refused (4xx-6xx; 487 after our CANCEL) or no response at all (the
     * transaction timed out: the phone is gone). A leg still ringing goes on to the next desk.
     */
    void failed(String deskSipCallId, String how) {
        Leg leg = byDeskCall.remove(deskSipCallId);
        if (leg == null || leg.state != LegState.RINGING) {
            return;
        }
        leg.state = LegState.ENDED;
        cancelTimeout(leg);
        byCallerCall.remove(leg.callerSipCallId, leg);
        LOG.info("SIP call {}: desk {} {}; offered on", leg.callId, leg.desk, how);
        changed.run();
        centreWork.execute(() -> {
            rangOut.computeIfAbsent(leg.callId, id -> new HashSet<>()).add(leg.desk);
            distribute();
        });
    }

    /** The desk's phone answered: the operator answers the call in the centre, the caller is connected. */
    private void answered(Leg leg, String deskSdp) {
        InboundCalls.Ringing call = ringing.remove(leg.callerSipCallId);
        if (call == null) {
            endDesk(leg, "the caller had hung up");
            return;
        }
        try {
            centre.execute(new Actor(leg.account, Actor.Kind.PERSON),
                    AnswerCall.by(leg.callId, leg.account).on(CentreState::calls));
        } catch (RuntimeException e) {
            ringing.put(leg.callerSipCallId, call);
            endDesk(leg, "the centre did not record the answer: " + e.getMessage());
            rangOut.computeIfAbsent(leg.callId, id -> new HashSet<>()).add(leg.desk);
            return;
        }
        queueMessages.stop(leg.callerSipCallId); // the operator answers: the message stops before the 200
        leg.callerDialog = call.invite().getDialog();
        leg.callerInvite = call.invite().getRequest();
        leg.deskSdp = deskSdp;
        messages.answer(call.invite(), call.toTag(), deskSdp);
        rangOut.remove(leg.callId);
        LOG.info("SIP call {} answered at {} by {}", leg.callId, leg.desk, leg.account);
        changed.run();
    }

    private void endDesk(Leg leg, String why) {
        leg.state = LegState.ENDED;
        byDeskCall.remove(leg.deskSipCallId(), leg);
        byCallerCall.remove(leg.callerSipCallId, leg);
        messages.hangUp(provider, leg.deskDialog);
        LOG.warn("SIP call {}: the desk {} leg ended ({})", leg.callId, leg.desk, why);
        changed.run();
    }

    private static void cancelTimeout(Leg leg) {
        ScheduledFuture<?> timeout = leg.timeout;
        if (timeout != null) {
            timeout.cancel(false);
        }
    }

    /** Desk legs ringing or connected now. */
    int legs() {
        return (int) byDeskCall.values().stream().filter(l -> l.state != LegState.ENDED).count();
    }
}
