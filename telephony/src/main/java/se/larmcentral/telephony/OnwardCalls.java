package se.larmcentral.telephony;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.CommandPort;
import se.larmcentral.centre.connect.ConnectFailure;
import se.larmcentral.centre.connect.ConnectedParty;
import se.larmcentral.centre.connect.Connection;
import se.larmcentral.centre.connect.Connections;
import se.larmcentral.core.PhoneNumber;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ResponseEvent;
import javax.sip.SipProvider;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Connecting a caller on (koppla vidare) to the number the centre asked for ({@link Connections#pending}): a new
 * INVITE to that number through {@code telephony.outboundProxy}, carrying the caller's own SDP offer, so the
 * centre stays a back-to-back user agent on the signalling (as with the desks' legs) and carries no audio. When the
 * number answers, the caller is re-INVITEd with the answering party's SDP (their audio now flows to each other),
 * the desk's leg is ended with a BYE and the connection recorded; busy, declined, no answer within
 * {@code connectRingSeconds} (CANCEL) or no response are recorded as failed with the reason, and the caller stays
 * connected to the operator's phone throughout. Afterwards a BYE on either side ends the other.
 *
 * <p>A second leg rather than REFER: the desks' legs already relay SDP through the centre, which keeps the dialog
 * with the trunk, so the outcome (answered, busy, no answer) is the centre's to see and record, the caller stays with
 * the operator on any failure, and no trunk's support for REFER and its NOTIFYs is assumed.
 */
final class OnwardCalls {

    private static final Logger LOG = LoggerFactory.getLogger(OnwardCalls.class);

    /** CONSULTING: an attended connecting-on's number answered and talks with the operator, the caller on hold. */
    enum State { RINGING, CONSULTING, SWITCHING, CONNECTED, ENDED }

    /**
     * One connecting-on, and the new leg's INVITE to the number: either of a caller connected to a desk ({@code desk},
     * whose leg it replaces) or of a direct number's caller not yet answered ({@code waiting}, answered with the
     * number's SDP; on a failure {@code toOperator} queues the call for an operator).
     */
    static final class Onward {
        final String callId;
        final String callerSipCallId;
        final DeskCalls.Leg desk;
        final InboundCalls.Ringing waiting;
        final Runnable toOperator;
        final String number;
        final ClientTransaction invite;
        /** Attended (consulted first): the number was offered the operator's phone's SDP, the caller put on hold. */
        final boolean attended;
        /** The number's SDP answer, once it answered. */
        volatile String farSdp;
        volatile State state = State.RINGING;
        volatile ScheduledFuture<?> timeout;
        volatile Dialog dialog;
        volatile Dialog callerDialog;

        Onward(String callId, String callerSipCallId, DeskCalls.Leg desk, InboundCalls.Ringing waiting,
               Runnable toOperator, String number, ClientTransaction invite, boolean attended) {
            this.attended = attended;
            this.callId = callId;
            this.callerSipCallId = callerSipCallId;
            this.desk = desk;
            this.waiting = waiting;
            this.toOperator = toOperator;
            this.number = number;
            this.invite = invite;
            this.callerDialog = desk == null ? null : desk.callerDialog;
        }

        String sipCallId() {
            return ((CallIdHeader) invite.getRequest().getHeader(CallIdHeader.NAME)).getCallId();
        }
    }

    private final CommandPort centre;
    private final SipMessages messages;
    private final DeskCalls desks;
    private final ExecutorService centreWork;
    private final ScheduledExecutorService timer;
    private final Duration ringFor;
    private final String proxy;
    private final String transport;
    /** By the new leg's SIP Call-ID, and by the caller's. */
    private final Map<String, Onward> byOnwardCall = new ConcurrentHashMap<>();
    private final Map<String, Onward> byCallerCall = new ConcurrentHashMap<>();
    private final Map<String, InboundCalls.Ringing> ringing;
    /** The centre's own re-INVITEs of a consultation, each waiting for its final response. */
    private final Map<ClientTransaction, java.util.function.Consumer<ResponseEvent>> awaiting = new ConcurrentHashMap<>();
    /** The centre's calls whose caller is being put on hold for a consultation (the number rung after). */
    private final java.util.Set<String> holding = ConcurrentHashMap.newKeySet();
    private volatile SipProvider provider;

    OnwardCalls(CommandPort centre, SipMessages messages, DeskCalls desks, ExecutorService centreWork,
                ScheduledExecutorService timer, Duration ringFor, String outboundProxy, String transport,
                Map<String, InboundCalls.Ringing> ringing) {
        this.ringing = ringing;
        this.centre = centre;
        this.messages = messages;
        this.desks = desks;
        this.centreWork = centreWork;
        this.timer = timer;
        this.ringFor = ringFor;
        this.proxy = outboundProxy.isEmpty() ? "" : outboundProxy.contains(":") ? outboundProxy : outboundProxy + ":5060";
        this.transport = transport.toLowerCase(java.util.Locale.ROOT);
    }

    void attach(SipProvider provider) {
        this.provider = provider;
    }

    /** Takes the centre's open requests on the worker (on the timer). */
    void takeRequestsSoon() {
        try {
            centreWork.execute(this::takeRequests);
        } catch (RejectedExecutionException e) {
            // stopping
        }
    }

    private void takeRequests() {
        if (provider == null) {
            return;
        }
        List<Connection> pending;
        try {
            pending = centre.read(state -> state.connections().pending());
        } catch (RuntimeException e) {
            LOG.error("SIP connecting on: requests not read ({})", e.toString());
            return;
        }
        for (Connection request : pending) {
            boolean underWay = holding.contains(request.callId())
                    || byCallerCall.values().stream().anyMatch(o -> o.callId.equals(request.callId()));
            if (!underWay) {
                start(request);
            }
        }
        followConsultations();
    }

    /** The operator's Koppla nu or Avbryt on a consultation this front holds, as the centre recorded it. */
    private void followConsultations() {
        for (Onward onward : List.copyOf(byCallerCall.values())) {
            if (!onward.attended || (onward.state != State.RINGING && onward.state != State.CONSULTING)) {
                continue;
            }
            Optional<Connection> now;
            try {
                now = centre.read(state -> state.connections().of(onward.callId));
            } catch (RuntimeException e) {
                LOG.error("SIP call {}: the consultation not read ({})", onward.callId, e.toString());
                return;
            }
            Connection.State asked = now.map(Connection::state).orElse(Connection.State.CANCELLED);
            if (asked == Connection.State.CANCELLED) {
                cancelConsultation(onward);
            } else if (asked == Connection.State.COMPLETING && onward.state == State.CONSULTING) {
                completeConsultation(onward);
            }
        }
    }

    private void start(Connection request) {
        Optional<DeskCalls.Leg> leg = desks.connected(request.callId());
        if (leg.isEmpty() || leg.get().callerInvite == null) {
            record(request.callId(), ConnectFailure.NO_LINE, "the caller is not on a line the telephony holds"
                    + " (answered in the console, not on the desk's phone); connect the caller by hand");
            return;
        }
        if (proxy.isEmpty()) {
            record(request.callId(), ConnectFailure.UNREACHABLE,
                    "no calls go out: telephony.outboundProxy is not set");
            return;
        }
        if (request.attended()) {
            consult(request, leg.get());
            return;
        }
        ring(request.callId(), leg.get().callerSipCallId, leg.get(), null, null, request.number().e164(),
                leg.get().callerInvite, SdpOffer.body(leg.get().callerInvite).orElse(null), false,
                "asked by " + request.requestedBy());
    }

    /**
     * Attended Koppla: the caller is put on hold (a re-INVITE with the operator's phone's SDP made sendonly, as the
     * phone's own hold does), then the number is rung with the operator's phone's SDP, so that it talks with the
     * operator when it answers. One re-INVITE at a time in the caller's dialog: the number is rung once the hold is
     * taken, so a quick busy cannot take the caller off hold before they are on it.
     */
    private void consult(Connection request, DeskCalls.Leg leg) {
        if (leg.deskSdp == null) {
            record(request.callId(), ConnectFailure.REJECTED, "the operator's phone gave no audio to consult with");
            return;
        }
        holding.add(request.callId());
        boolean sent = sendReInvite(leg.callerDialog, SdpOffer.onHold(leg.deskSdp), "the caller's hold", request.callId(),
                held -> {
                    holding.remove(request.callId());
                    if (held.getResponse().getStatusCode() >= 300) {
                        record(request.callId(), ConnectFailure.REJECTED, "the caller's line refused to be put on hold ("
                                + held.getResponse().getStatusCode() + ")");
                    } else if (leg.state == DeskCalls.LegState.CONNECTED) {
                        ring(request.callId(), leg.callerSipCallId, leg, null, null, request.number().e164(),
                                leg.callerInvite, leg.deskSdp, true, "consulted first, asked by " + request.requestedBy());
                    }
                });
        if (!sent) {
            holding.remove(request.callId());
            record(request.callId(), ConnectFailure.REJECTED, "the caller could not be put on hold");
        }
    }

    /**
     * A direct number's FORWARD, no operator needed (on the worker): the centre records the request, and the caller,
     * still unanswered, is rung through to {@code number}; answered with its SDP when it answers. Any failure (or no
     * proxy configured) runs {@code toOperator}: the call waits in the queue for an operator. False when it was not
     * tried (no proxy): the caller goes to the queue at once.
     */
    boolean forwardDirect(String callerSipCallId, InboundCalls.Ringing call, PhoneNumber number, Runnable toOperator) {
        if (proxy.isEmpty() || provider == null) {
            return false;
        }
        try {
            centre.execute(InboundCalls.ACTOR, Connections.byRouting(call.callId(), number).on(CentreState::connections));
        } catch (RuntimeException e) {
            LOG.warn("SIP call {}: the forwarding to {} not recorded ({}); queued for an operator", call.callId(),
                    number.e164(), e.toString());
            return false;
        }
        ring(call.callId(), callerSipCallId, null, call, toOperator, number.e164(), call.invite().getRequest(),
                SdpOffer.body(call.invite().getRequest()).orElse(null), false, "the routing's FORWARD");
        return true;
    }

    private void ring(String callId, String callerSipCallId, DeskCalls.Leg desk, InboundCalls.Ringing waiting,
                      Runnable toOperator, String number, Request callerInvite, String sdp, boolean attended, String why) {
        String target = "sip:" + number + "@" + proxy + ";user=phone" + (transport.equals("udp") ? "" : ";transport=" + transport);
        try {
            Request invite = messages.deskInvite(provider, target, callerInvite, sdp);
            ClientTransaction transaction = provider.getNewClientTransaction(invite);
            Onward onward = new Onward(callId, callerSipCallId, desk, waiting, toOperator, number, transaction, attended);
            byOnwardCall.put(onward.sipCallId(), onward);
            byCallerCall.put(callerSipCallId, onward);
            transaction.sendRequest();
            onward.timeout = timer.schedule(() -> noAnswer(onward), ringFor.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("SIP call {}: connecting on to {} through {} ({})", callId, number, proxy, why);
        } catch (Exception e) { // ParseException, SipException: the number cannot be rung
            LOG.warn("SIP call {}: {} not rung ({})", callId, number, e.getMessage());
            byCallerCall.remove(callerSipCallId);
            record(callId, ConnectFailure.UNREACHABLE, "the call to " + number + " could not be sent");
            if (attended) {
                takeOffHold(desk, callId);
            }
            if (toOperator != null) {
                toOperator.run();
            }
        }
    }

    private void noAnswer(Onward onward) {
        if (onward.state != State.RINGING) {
            return;
        }
        messages.cancel(provider, onward.invite);
        fail(onward, ConnectFailure.NO_ANSWER, "no answer within " + ringFor.toSeconds() + " s");
    }

    /** Whether the request belongs to a leg this made (the answering party's BYE comes through the proxy). */
    boolean isOnwardLeg(String sipCallId) {
        return byOnwardCall.containsKey(sipCallId);
    }

    /**
     * A response to the number's INVITE or to the caller's re-INVITE; false when it is neither (a desk's).
     */
    boolean response(ResponseEvent event) {
        Response response = event.getResponse();
        ClientTransaction transaction = event.getClientTransaction();
        if (transaction != null && awaiting.containsKey(transaction)) {
            if (response.getStatusCode() >= 200) {
                java.util.function.Consumer<ResponseEvent> then = awaiting.remove(transaction);
                if (then != null) {
                    then.accept(event);
                }
            }
            return true;
        }
        String method = ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getMethod();
        String sipCallId = ((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId();
        Onward onward = byOnwardCall.get(sipCallId);
        boolean reInvite = false;
        if (onward == null) {
            onward = byCallerCall.get(sipCallId);
            reInvite = onward != null && onward.state == State.SWITCHING;
            if (!reInvite) {
                return false;
            }
        }
        if (!Request.INVITE.equals(method)) {
            return true;
        }
        int status = response.getStatusCode();
        if (status < 200) {
            return true;
        }
        if (reInvite) {
            switched(onward, event);
        } else if (status >= 300) {
            refused(onward, response);
        } else {
            answered(onward, event);
        }
        return true;
    }

    /** The number answered: ACK, then the caller's audio goes to it (re-INVITE with its SDP). */
    private void answered(Onward onward, ResponseEvent event) {
        Dialog dialog = event.getDialog();
        messages.ack(dialog, event.getResponse());
        boolean callerThere = onward.desk != null ? onward.desk.state == DeskCalls.LegState.CONNECTED
                : ringing.containsKey(onward.callerSipCallId);
        if (onward.state != State.RINGING || !callerThere) {
            messages.hangUp(provider, dialog); // after the CANCEL, or the caller has gone meanwhile
            if (onward.state == State.RINGING) {
                fail(onward, ConnectFailure.NO_LINE, "the caller hung up before " + onward.number + " answered");
            }
            byOnwardCall.remove(onward.sipCallId(), onward);
            return;
        }
        cancelTimeout(onward);
        onward.dialog = dialog;
        byte[] raw = event.getResponse().getRawContent();
        String sdp = raw == null ? null : new String(raw, StandardCharsets.UTF_8);
        if (onward.attended) {
            consultAnswered(onward, sdp);
            return;
        }
        if (onward.waiting != null) { // a direct number's caller, unanswered: answered with the number's SDP
            if (ringing.remove(onward.callerSipCallId) == null) {
                messages.hangUp(provider, dialog);
                fail(onward, ConnectFailure.NO_LINE, "the caller hung up before " + onward.number + " answered");
                return;
            }
            onward.callerDialog = onward.waiting.invite().getDialog();
            messages.answer(onward.waiting.invite(), onward.waiting.toTag(), sdp);
            connected(onward);
            return;
        }
        onward.state = State.SWITCHING;
        if (sdp == null || messages.reInvite(provider, onward.callerDialog, sdp) == null) {
            messages.hangUp(provider, dialog);
            fail(onward, ConnectFailure.REJECTED, onward.number + " answered without audio to connect to");
        }
    }

    /**
     * The number answered the consultation: the operator's phone is re-INVITEd with its SDP (they talk now), the
     * caller still on hold; recorded for the console, which offers Koppla nu and Avbryt.
     */
    private void consultAnswered(Onward onward, String sdp) {
        if (sdp == null) {
            messages.hangUp(provider, onward.dialog);
            fail(onward, ConnectFailure.REJECTED, onward.number + " answered without audio to talk to");
            return;
        }
        onward.farSdp = sdp;
        onward.state = State.CONSULTING;
        sendReInvite(onward.desk.deskDialog, sdp, "the operator's phone to " + onward.number, onward.callId, ok -> {
        });
        LOG.info("SIP call {}: {} answered the consultation; the caller on hold", onward.callId, onward.number);
        String callId = onward.callId;
        centreWork.execute(() -> {
            try {
                centre.execute(InboundCalls.ACTOR, Connections.consultAnswered(callId).on(CentreState::connections));
            } catch (RuntimeException e) {
                LOG.error("SIP call {}: the consultation's answer not recorded ({})", callId, e.toString());
            }
        });
    }

    /**
     * Koppla nu: the caller is re-INVITEd with the number's SDP and the number with the caller's, so they talk to
     * each other; when the caller's side takes it, the desk's leg ends and the connection is recorded.
     */
    private void completeConsultation(Onward onward) {
        onward.state = State.SWITCHING;
        String callerSdp = SdpOffer.body(onward.desk.callerInvite).orElse(null);
        sendReInvite(onward.dialog, callerSdp, onward.number + " to the caller", onward.callId, ok -> {
        });
        boolean sent = sendReInvite(onward.callerDialog, onward.farSdp, "the caller to " + onward.number, onward.callId,
                answer -> {
                    if (answer.getResponse().getStatusCode() >= 300) {
                        messages.hangUp(provider, onward.dialog);
                        byOnwardCall.remove(onward.sipCallId(), onward);
                        fail(onward, ConnectFailure.REJECTED, "the caller's line refused the new connection ("
                                + answer.getResponse().getStatusCode() + ")");
                        backToTheOperator(onward);
                        return;
                    }
                    desks.handOver(onward.desk);
                    connected(onward);
                });
        if (!sent) {
            messages.hangUp(provider, onward.dialog);
            byOnwardCall.remove(onward.sipCallId(), onward);
            fail(onward, ConnectFailure.REJECTED, "the caller's line could not be given " + onward.number + "'s audio");
        }
    }

    /**
     * Avbryt: the number is cancelled (ringing) or hung up (answered), and the caller is taken off hold, back with
     * the operator. The operator's decision is already recorded (ConsultCancelled): nothing more to record.
     */
    private void cancelConsultation(Onward onward) {
        State was = onward.state;
        onward.state = State.ENDED;
        cancelTimeout(onward);
        byCallerCall.remove(onward.callerSipCallId, onward);
        if (was == State.RINGING) {
            messages.cancel(provider, onward.invite);
        } else {
            byOnwardCall.remove(onward.sipCallId(), onward);
            messages.hangUp(provider, onward.dialog);
            backToTheOperator(onward);
        }
        takeOffHold(onward.desk, onward.callId);
        LOG.info("SIP call {}: the consultation with {} cancelled; the caller back with the operator", onward.callId,
                onward.number);
    }

    /** The operator's phone, which talked with the number, gets the caller's audio again. */
    private void backToTheOperator(Onward onward) {
        sendReInvite(onward.desk.deskDialog, SdpOffer.body(onward.desk.callerInvite).orElse(null),
                "the operator's phone back to the caller", onward.callId, ok -> {
                });
    }

    /** The caller, on hold for a consultation, gets the operator's phone's audio again. */
    private void takeOffHold(DeskCalls.Leg desk, String callId) {
        if (desk != null && desk.state == DeskCalls.LegState.CONNECTED) {
            sendReInvite(desk.callerDialog, desk.deskSdp, "the caller off hold", callId, ok -> {
            });
        }
    }

    /**
     * A re-INVITE of the centre's own (RFC 3261 14.1) in {@code dialog}; its 2xx is ACKed, then {@code then} runs
     * with the final response. False when it could not be sent.
     */
    private boolean sendReInvite(Dialog dialog, String sdp, String what, String callId,
                                 java.util.function.Consumer<ResponseEvent> then) {
        ClientTransaction sent = messages.reInvite(provider, dialog, sdp, transaction -> awaiting.put(transaction, event -> {
            Response response = event.getResponse();
            if (response.getStatusCode() < 300) {
                messages.ack(event.getDialog(), response);
            } else {
                LOG.warn("SIP call {}: the re-INVITE of {} answered {}", callId, what, response.getStatusCode());
            }
            then.accept(event);
        }));
        if (sent == null) {
            LOG.warn("SIP call {}: the re-INVITE of {} not sent", callId, what);
        }
        return sent != null;
    }

    /** The caller's side took the new party's audio: the desk is let go, the connection recorded. */
    private void switched(Onward onward, ResponseEvent event) {
        Response response = event.getResponse();
        if (response.getStatusCode() >= 300) {
            messages.hangUp(provider, onward.dialog);
            fail(onward, ConnectFailure.REJECTED, "the caller's line refused the new connection ("
                    + response.getStatusCode() + ")");
            return;
        }
        messages.ack(event.getDialog(), response);
        desks.handOver(onward.desk);
        connected(onward);
    }

    private void connected(Onward onward) {
        onward.state = State.CONNECTED;
        String callId = onward.callId;
        LOG.info("SIP call {}: connected on to {}", callId, onward.number);
        centreWork.execute(() -> {
            try {
                centre.execute(InboundCalls.ACTOR, Connections.succeeded(callId).on(CentreState::connections));
            } catch (RuntimeException e) {
                LOG.error("SIP call {}: connected on, but not recorded ({})", callId, e.toString());
            }
        });
    }

    private void refused(Onward onward, Response response) {
        if (onward.state != State.RINGING) {
            byOnwardCall.remove(onward.sipCallId(), onward); // 487 after our CANCEL: already recorded
            return;
        }
        int status = response.getStatusCode();
        String phrase = response.getReasonPhrase() == null ? "" : " " + response.getReasonPhrase();
        ConnectFailure failure = switch (status) {
            case Response.BUSY_HERE, Response.BUSY_EVERYWHERE -> ConnectFailure.BUSY;
            case Response.TEMPORARILY_UNAVAILABLE, Response.REQUEST_TIMEOUT -> ConnectFailure.NO_ANSWER;
            default -> ConnectFailure.REJECTED;
        };
        String reason = switch (failure) {
            case BUSY -> onward.number + " is busy (" + status + phrase + ")";
            case NO_ANSWER -> onward.number + " did not answer (" + status + phrase + ")";
            default -> onward.number + " refused the call (" + status + phrase + ")";
        };
        fail(onward, failure, reason);
        byOnwardCall.remove(onward.sipCallId(), onward);
    }

    /** Whether {@code transaction} was one of a consultation's re-INVITEs, which got no answer (logged, let go). */
    boolean reInviteTimedOut(ClientTransaction transaction) {
        if (awaiting.remove(transaction) == null) {
            return false;
        }
        LOG.warn("SIP re-INVITE {} got no answer", ((CallIdHeader) transaction.getRequest().getHeader(CallIdHeader.NAME))
                .getCallId());
        return true;
    }

    /** No response at all to the number's INVITE (the transaction timed out). */
    void timedOut(String sipCallId) {
        Onward onward = byOnwardCall.get(sipCallId);
        if (onward != null && onward.state == State.RINGING) {
            fail(onward, ConnectFailure.UNREACHABLE, onward.number + " did not respond (through " + proxy + ")");
        }
        byOnwardCall.remove(sipCallId);
    }

    /** The caller hung up: the new leg ends too. */
    boolean callerGone(String callerSipCallId) {
        return callerLegEnded(callerSipCallId, "the caller hung up");
    }

    /** The operator hung up the desk phone, which ends the caller's leg: the new leg ends too. */
    void operatorHungUp(String callerSipCallId) {
        callerLegEnded(callerSipCallId, "the operator hung up");
    }

    private boolean callerLegEnded(String callerSipCallId, String who) {
        Onward onward = byCallerCall.remove(callerSipCallId);
        if (onward == null) {
            return false;
        }
        State was = onward.state;
        onward.state = State.ENDED;
        cancelTimeout(onward);
        switch (was) {
            case RINGING -> {
                messages.cancel(provider, onward.invite);
                record(onward.callId, ConnectFailure.NO_LINE, who + " while " + onward.number + " rang");
            }
            case CONSULTING, SWITCHING, CONNECTED -> {
                byOnwardCall.remove(onward.sipCallId(), onward);
                messages.hangUp(provider, onward.dialog);
                if (was == State.CONNECTED) {
                    recordEnd(onward, ConnectedParty.CALLER);
                } else if (onward.attended) {
                    record(onward.callId, ConnectFailure.NO_LINE, who + " during the consultation with " + onward.number);
                }
            }
            case ENDED -> {
            }
        }
        return was == State.CONNECTED;
    }

    /** A BYE from the party the caller was connected to: the caller's leg ends too. */
    void onwardHungUp(String sipCallId) {
        Onward onward = byOnwardCall.remove(sipCallId);
        if (onward == null) {
            return;
        }
        byCallerCall.remove(onward.callerSipCallId, onward);
        State was = onward.state;
        onward.state = State.ENDED;
        if (was == State.CONNECTED) {
            messages.hangUp(provider, onward.callerDialog);
            LOG.info("SIP call {}: {} hung up; the caller's leg ended", onward.callId, onward.number);
            recordEnd(onward, ConnectedParty.FAR_END);
        } else if (was == State.CONSULTING) {
            onward.state = State.CONSULTING; // for fail: the caller is taken off hold
            backToTheOperator(onward);
            fail(onward, ConnectFailure.REJECTED, onward.number + " hung up during the consultation");
        }
    }

    /** The connected call's end, on the worker: after its {@code ConnectSucceeded}, which went there first. */
    private void recordEnd(Onward onward, ConnectedParty hungUp) {
        String callId = onward.callId;
        Runnable write = () -> {
            try {
                centre.execute(InboundCalls.ACTOR, Connections.ended(callId, hungUp).on(CentreState::connections));
            } catch (RuntimeException e) {
                LOG.error("SIP call {}: the connected call's end not recorded ({})", callId, e.toString());
            }
        };
        try {
            centreWork.execute(write);
        } catch (RejectedExecutionException e) {
            // stopping
        }
    }

    private void fail(Onward onward, ConnectFailure failure, String reason) {
        State was = onward.state;
        onward.state = State.ENDED;
        cancelTimeout(onward);
        byCallerCall.remove(onward.callerSipCallId, onward);
        if (onward.attended && was != State.ENDED) {
            takeOffHold(onward.desk, onward.callId); // the consultation failed: the caller back with the operator
        }
        LOG.info("SIP call {}: not connected on to {}: {}; the caller {}", onward.callId, onward.number, reason,
                onward.desk != null ? "stays with the operator" : "is queued for an operator");
        record(onward.callId, failure, reason);
        if (onward.toOperator != null && failure != ConnectFailure.NO_LINE) {
            centreWork.execute(onward.toOperator);
        }
    }

    private void record(String callId, ConnectFailure failure, String reason) {
        Runnable write = () -> {
            try {
                centre.execute(InboundCalls.ACTOR, Connections.failed(callId, failure, reason).on(CentreState::connections));
            } catch (RuntimeException e) {
                LOG.error("SIP call {}: the failed connecting-on not recorded ({})", callId, e.toString());
            }
        };
        try {
            centreWork.execute(write);
        } catch (RejectedExecutionException e) {
            // stopping
        }
    }

    private static void cancelTimeout(Onward onward) {
        ScheduledFuture<?> timeout = onward.timeout;
        if (timeout != null) {
            timeout.cancel(false);
        }
    }

    /** Connecting-ons ringing or connected now. */
    int legs() {
        return (int) byOnwardCall.values().stream().filter(o -> o.state != State.ENDED).count();
    }
}
