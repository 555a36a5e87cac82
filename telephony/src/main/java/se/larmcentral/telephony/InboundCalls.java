package se.larmcentral.telephony;

import gov.nist.javax.sip.RequestEventExt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.calls.AbandonCall;
import se.larmcentral.calls.CallUpdate;
import se.larmcentral.calls.DialledLine;
import se.larmcentral.calls.IntakeCall;
import se.larmcentral.calls.MunicipalityLocation;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.calls.ReportedPosition;
import se.larmcentral.calls.location.PidfLoLocation;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.CommandPort;
import se.larmcentral.centre.calls.DialledLines;
import se.larmcentral.core.Actor;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.social.Channel;
import se.larmcentral.social.Outcome;
import se.larmcentral.social.RecordRoutedCall;
import se.larmcentral.social.RouteRequest;
import se.larmcentral.social.SocialDecision;

import javax.sip.Dialog;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.CallIdHeader;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.time.Duration;

/**
 * Calls coming in over SIP (inkommande samtal), as a {@link SipListener}: an INVITE from a configured peer to one of
 * the centre's numbers is answered 180 Ringing at once and taken in through the centre's {@link CommandPort}
 * ({@link IntakeCall}, as the telephony actor); the call then stays queued, ringing. A municipality's direct
 * number is first routed by the social router; closed or no agreement, the caller hears the recorded message
 * ({@link Announcements}, RTP) and the centre hangs up. CANCEL (or BYE) before an answer records the call abandoned.
 * Anyone not configured gets 403, a number that is not the centre's 404, other methods 405 or 501; none of these
 * touches the centre. REGISTER is the desk phones' ({@link DeskRegistrar}), from any address, by digest.
 *
 * <p>The stack's event thread only reads and answers; the centre's commands run in order on one worker, so a CANCEL
 * is recorded after the intake it cancels and a slow commit never holds up SIP.
 */
final class InboundCalls implements SipListener {

    /** Who takes calls in: the telephony front, not a person. */
    static final Actor ACTOR = se.larmcentral.centre.lines.Lines.TELEPHONY;

    static final String[] ALLOWED = {Request.INVITE, Request.ACK, Request.CANCEL, Request.BYE, Request.OPTIONS,
            Request.REGISTER};

    /** Methods SIP defines that this front does not serve (405 with Allow); any other is unknown (501). */
    private static final Set<String> NOT_SERVED = Set.of(Request.SUBSCRIBE, Request.NOTIFY,
            Request.MESSAGE, Request.INFO, Request.REFER, Request.UPDATE, Request.PRACK, Request.PUBLISH);

    private static final Logger LOG = LoggerFactory.getLogger(InboundCalls.class);

    /**
     * A call ringing: the centre's id, the INVITE's transaction (answered when it ends), the tag of the centre's
     * side, and the caller's audio offer when it takes A-law (for a recorded message), else null.
     */
    record Ringing(String callId, ServerTransaction invite, String toTag, SdpOffer offer) {
    }

    private final CommandPort centre;
    private final Clock clock;
    private final MunicipalityLookup lookup;
    private final PeerAddresses peers;
    private final SipMessages messages;
    private final ExecutorService centreWork;
    private final Announcements announcements;
    private final RtpPlayer player;
    private final DeskRegistrar registrar;
    private final DeskCalls desks;
    private final OnwardCalls onward;
    private final QueueMessages queueMessages;
    private final PhoneStates phones;
    private final Map<String, Ringing> ringing = new ConcurrentHashMap<>();
    private final Map<String, RtpPlayer.Playback> playing = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private volatile SipProvider provider;

    InboundCalls(CommandPort centre, Clock clock, MunicipalityLookup lookup, PeerAddresses peers, SipMessages messages,
                 ExecutorService centreWork, Announcements announcements, RtpPlayer player, DeskRegistrar registrar,
                 ScheduledExecutorService timer, Duration deskRingTime, Duration connectRingTime,
                 String outboundProxy, String transport, Duration queueMessageAfter, List<String> deskNames,
                 MajorIncidentRecordings majorIncidents) {
        this.centre = centre;
        this.registrar = registrar;
        this.queueMessages = new QueueMessages(ringing, messages, player, timer, announcements.queue(),
                callId -> centre.read(s -> QueueMessageChoice.choose(s, callId, clock.instant()))
                        .flatMap(majorIncidents::of), queueMessageAfter);
        this.desks = new DeskCalls(centre, clock, messages, registrar, centreWork, timer, deskRingTime, ringing,
                queueMessages);
        this.phones = new PhoneStates(centre, deskNames, registrar, centreWork);
        phones.attach(desks);
        desks.onChange(phones::syncSoon);
        this.onward = new OnwardCalls(centre, messages, desks, centreWork, timer, connectRingTime, outboundProxy, transport,
                ringing);
        this.announcements = announcements;
        this.player = player;
        this.clock = clock;
        this.lookup = lookup;
        this.peers = peers;
        this.messages = messages;
        this.centreWork = centreWork;
    }

    void attach(SipProvider provider) {
        this.provider = provider;
        desks.attach(provider);
        onward.attach(provider);
    }

    /** Takes the centre's requests to connect callers on (on the timer). */
    void connectOnward() {
        onward.takeRequestsSoon();
    }

    /** Callers being connected on, or connected on, now. */
    int onwardLegs() {
        return onward.legs();
    }

    /** Offers waiting calls to free desks (on the timer: desks taken in the console, registrations, ...). */
    void offerToDesks() {
        desks.offerSoon();
        phones.syncSoon();
    }

    /** Desk legs ringing or connected now. */
    int deskLegs() {
        return desks.legs();
    }

    /** Calls ringing now (taken in, or being taken in, and not yet ended). */
    int ringingCalls() {
        return ringing.size();
    }

    Optional<String> deskContact(String desk) {
        return registrar.contact(desk);
    }

    /** Callers hearing the queue message now. */
    int queueMessagesPlaying() {
        return queueMessages.playing();
    }

    /** Calls hearing a recorded message now. */
    int announcedCalls() {
        return playing.size();
    }

    /**
     * 180 Ringing again to every call still waiting: a proxy on the way ends an INVITE that has had no response for
     * 3 minutes (Timer C, RFC 3261 16.6), so a UAS keeping a call longer sends a provisional response every minute
     * (13.3.1.1). In a crisis a 112 caller may wait that long.
     */
    void ringAgain() {
        for (Ringing call : ringing.values()) {
            messages.ring(call.invite(), call.invite().getRequest(), call.toTag());
        }
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        String method = request.getMethod();
        if (Request.ACK.equals(method)) {
            return; // ACK of a final error response: the transaction absorbs it; nothing is ever answered to an ACK
        }
        String from = event instanceof RequestEventExt ext ? ext.getRemoteIpAddress() : null;
        try {
            if (Request.REGISTER.equals(method)) {
                // desk phones, not the trunk: they may register from any address, proving who they are by digest
                requireWellFormed(request);
                ServerTransaction transaction = serverTransaction(event);
                if (transaction != null) {
                    registrar.register(transaction, from);
                    phones.syncSoon();
                    desks.offerSoon();
                }
                return;
            }
            if (Request.BYE.equals(method) && desks.isDeskLeg(sipCallId(request))) {
                // the desk's phone ends a connected call: from the desk, not the trunk
                answer(event, Response.OK, "OK", false);
                desks.deskHungUp(sipCallId(request)).ifPresent(onward::operatorHungUp);
                return;
            }
            if (Request.INVITE.equals(method) && desks.isDeskLeg(sipCallId(request))) {
                // the operator's phone re-INVITEs in its call (hold, resume): relayed to the caller
                requireWellFormed(request);
                ServerTransaction transaction = serverTransaction(event);
                if (transaction != null) {
                    desks.deskReInvite(transaction);
                }
                return;
            }
            if (Request.BYE.equals(method) && onward.isOnwardLeg(sipCallId(request))) {
                // the party the caller was connected on to hangs up: through the outbound proxy, not the trunk
                answer(event, Response.OK, "OK", false);
                onward.onwardHungUp(sipCallId(request));
                return;
            }
            if (!peers.allows(from)) {
                LOG.warn("SIP {} from {} refused: not one of telephony.allowedPeers", method, from);
                throw new SipRefusal(Response.FORBIDDEN, "Forbidden: not a configured peer");
            }
            requireWellFormed(request);
            switch (method) {
                case Request.INVITE -> invite(event);
                case Request.CANCEL -> cancel(event);
                case Request.BYE -> bye(event);
                case Request.OPTIONS -> answer(event, Response.OK, "OK", true);
                default -> {
                    if (NOT_SERVED.contains(method)) {
                        throw new SipRefusal(Response.METHOD_NOT_ALLOWED, "Method Not Allowed");
                    }
                    throw new SipRefusal(Response.NOT_IMPLEMENTED, "Not Implemented: unknown method");
                }
            }
        } catch (SipRefusal refusal) {
            LOG.info("SIP {} from {} answered {} {}", method, from, refusal.status(), refusal.reason());
            answer(event, refusal.status(), refusal.reason(), refusal.status() == Response.METHOD_NOT_ALLOWED);
        } catch (RuntimeException e) {
            LOG.error("SIP {} from {} failed", method, from, e);
            answer(event, Response.SERVER_INTERNAL_ERROR, "Server Internal Error", false);
        }
    }

    /**
     * What the stack lets through but RFC 3261 requires (8.1.1, 16.3): a Max-Forwards that is a number (the
     * stack drops a header it cannot parse, and then makes no transaction), and above 0 (a request that went round
     * a loop). A request without it would otherwise get no answer at all.
     */
    private static void requireWellFormed(Request request) {
        MaxForwardsHeader hops = (MaxForwardsHeader) request.getHeader(MaxForwardsHeader.NAME);
        if (hops == null) {
            throw new SipRefusal(Response.BAD_REQUEST, "Bad Request: Max-Forwards is missing or not a number");
        }
        if (hops.getMaxForwards() == 0 && !Request.OPTIONS.equals(request.getMethod())) {
            throw new SipRefusal(Response.TOO_MANY_HOPS, "Too Many Hops");
        }
    }

    /** In the request's transaction, or statelessly when none can be made for it (a malformed request). */
    private void answer(RequestEvent event, int status, String reason, boolean allow) {
        ServerTransaction transaction = event.getServerTransaction();
        if (transaction == null) {
            try {
                transaction = provider.getNewServerTransaction(event.getRequest());
            } catch (TransactionAlreadyExistsException e) {
                return; // a retransmission: its transaction sends the answer again
            } catch (SipException e) {
                messages.respondStatelessly(provider, event.getRequest(), status, reason, allow);
                return;
            }
        }
        messages.respond(transaction, event.getRequest(), status, reason, allow);
    }

    private void invite(RequestEvent event) {
        Request invite = event.getRequest();
        if (((ToHeader) invite.getHeader(ToHeader.NAME)).getTag() != null) {
            throw new SipRefusal(Response.NOT_ACCEPTABLE_HERE, "Not Acceptable Here: no re-INVITE while queued");
        }
        String dialled = DialledNumber.of(invite.getRequestURI());
        DialledLine line;
        try {
            line = centre.read(state -> DialledLines.resolve(dialled, null, state.social()));
        } catch (InvalidInputException e) {
            throw new SipRefusal(Response.NOT_FOUND, "Not Found: " + dialled + " is not one of the centre's numbers");
        }
        PhoneNumber caller = CallerNumber.of(invite).orElse(null);
        ReportedPosition position = position(invite);
        MunicipalityLocation located = position == null ? null : lookup.locate(position);
        Instant queuedAt = clock.instant();
        ServerTransaction transaction = serverTransaction(event);
        if (transaction == null) {
            return; // a retransmission the stack is already answering
        }
        String toTag = HexFormat.of().formatHex(randomTag());
        String sipCallId = sipCallId(invite);
        String callId = CentreCallId.of(sipCallId);
        // Only a direct number's caller may hear a recorded message: only then is the audio offer read.
        SdpOffer offer = line.directNumber() == null ? null : SdpOffer.of(invite).orElse(null);
        ringing.put(sipCallId, new Ringing(callId, transaction, toTag, offer));
        messages.ring(transaction, invite, toTag);
        IntakeCall intake = new IntakeCall(callId, line, caller, queuedAt, position, located);
        if (line.directNumber() != null) {
            centreWork.execute(() -> routeDirect(sipCallId, intake, line, queuedAt));
        } else {
            centreWork.execute(() -> intake(sipCallId, intake));
        }
    }

    /**
     * A municipality's direct number: the social router decides at the call's instant, and the decision is recorded
     * as the routed call ({@link RecordRoutedCall}). Closed or no agreement: the caller hears the message and the
     * centre hangs up; no operator is needed. FORWARD (connecting on is a later step), or a message the centre has
     * no recording of, or a caller who cannot take A-law: the call waits in the queue for an operator.
     */
    private void routeDirect(String sipCallId, IntakeCall intake, DialledLine line, Instant at) {
        SocialDecision decision;
        try {
            decision = centre.execute(ACTOR, new RecordRoutedCall(intake.callId(),
                    new RouteRequest(null, line.directNumber(), Channel.DIRECT_NUMBER, at)).on(CentreState::social));
        } catch (RuntimeException e) {
            LOG.error("SIP call {} to direct number {}: no routing decision recorded ({}); queued for an operator",
                    intake.callId(), line.directNumber(), reason(e));
            intake(sipCallId, intake);
            return;
        }
        LOG.info("SIP call {} to direct number {} of {}: {} ({})", intake.callId(), line.directNumber(),
                decision.municipality(), decision.outcome(), decision.rule());
        Optional<Announcement> message = announcements.of(decision.outcome());
        Ringing call = ringing.get(sipCallId);
        if (decision.outcome() == Outcome.FORWARD && decision.number() != null && call != null
                && onward.forwardDirect(sipCallId, call, decision.number(), () -> intake(sipCallId, intake))) {
            return; // rung through to the number; on a failure queued for an operator
        }
        if (decision.outcome() == Outcome.FORWARD || message.isEmpty() || call == null || call.offer() == null) {
            if (decision.outcome() != Outcome.FORWARD && call != null) {
                LOG.warn("SIP call {}: {} cannot be played ({}); queued for an operator", intake.callId(),
                        decision.outcome(), message.isEmpty() ? "no recording" : "the caller's offer has no PCMA");
            }
            intake(sipCallId, intake);
            return;
        }
        announce(sipCallId, message.get());
    }

    private void announce(String sipCallId, Announcement message) {
        Ringing call = ringing.remove(sipCallId);
        if (call == null) {
            return; // the caller hung up meanwhile
        }
        RtpPlayer.Playback playback;
        try {
            playback = player.prepare(message, call.offer().media());
        } catch (IOException e) {
            LOG.error("SIP call {}: no socket for the message ({}); ended", call.callId(), e.getMessage());
            messages.end(call.invite(), Response.SERVICE_UNAVAILABLE, "Service Unavailable", call.toTag());
            return;
        }
        playing.put(sipCallId, playback);
        messages.answer(call.invite(), call.toTag(), SdpOffer.answer(playback.local(), random.nextInt(1 << 30)));
        Dialog dialog = call.invite().getDialog();
        playback.start(() -> {
            if (playing.remove(sipCallId) != null && dialog != null) {
                messages.hangUp(provider, dialog);
            }
        });
    }

    private byte[] randomTag() {
        byte[] tag = new byte[8];
        random.nextBytes(tag);
        return tag;
    }

    private void intake(String sipCallId, IntakeCall intake) {
        try {
            CallUpdate update = centre.execute(ACTOR, intake.on(CentreState::calls));
            LOG.info("SIP call {} taken in: {}", intake.callId(), update.explanation());
            queueMessages.queued(sipCallId);
            desks.offerSoon();
        } catch (RuntimeException e) {
            LOG.error("SIP call {} could not be taken in: {}", intake.callId(), reason(e), e);
            Ringing call = ringing.remove(sipCallId);
            if (call != null) {
                messages.end(call.invite(), Response.SERVICE_UNAVAILABLE,
                        "Service Unavailable: the centre could not take the call in", call.toTag());
            }
        }
    }

    private void cancel(RequestEvent event) {
        Request cancel = event.getRequest();
        Ringing call = ringing.remove(sipCallId(cancel));
        if (call == null) {
            throw new SipRefusal(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, "Call/Transaction Does Not Exist");
        }
        queueMessages.stop(sipCallId(cancel));
        messages.respond(serverTransaction(event), cancel, Response.OK, "OK", false);
        messages.end(call.invite(), Response.REQUEST_TERMINATED, "Request Terminated", call.toTag());
        desks.callerLeft(sipCallId(cancel));
        onward.callerGone(sipCallId(cancel));
        centreWork.execute(() -> abandon(call.callId(), "CANCEL"));
    }

    /**
     * The caller hangs up: during a recorded message (the message stops), or before any answer (some gateways send
     * BYE in the early dialog), which is a hang-up in the queue.
     */
    private void bye(RequestEvent event) {
        Request bye = event.getRequest();
        RtpPlayer.Playback message = playing.remove(sipCallId(bye));
        if (message != null) {
            message.stop();
            answer(event, Response.OK, "OK", false);
            return;
        }
        boolean atDesk = desks.callerHungUp(sipCallId(bye));
        boolean connectedOn = onward.callerGone(sipCallId(bye));
        if (atDesk || connectedOn) {
            answer(event, Response.OK, "OK", false);
            return;
        }
        Ringing call = ringing.remove(sipCallId(bye));
        if (call == null) {
            throw new SipRefusal(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, "Call/Transaction Does Not Exist");
        }
        queueMessages.stop(sipCallId(bye));
        messages.respond(serverTransaction(event), bye, Response.OK, "OK", false);
        messages.end(call.invite(), Response.REQUEST_TERMINATED, "Request Terminated", call.toTag());
        desks.callerLeft(sipCallId(bye));
        onward.callerGone(sipCallId(bye));
        centreWork.execute(() -> abandon(call.callId(), "BYE"));
    }

    private void abandon(String callId, String how) {
        if (centre.read(state -> state.calls().call(callId)).isEmpty()) {
            LOG.info("SIP call {} ended by the caller's {} before it was queued (a direct number's routed call)", callId, how);
            return;
        }
        try {
            CallUpdate update = centre.execute(ACTOR, new AbandonCall(callId).on(CentreState::calls));
            LOG.info("SIP call {} ended by the caller's {}: {}", callId, how, update.explanation());
        } catch (DomainException e) {
            LOG.warn("SIP call {} ended by the caller's {}, not recorded as abandoned: {}", callId, how, reason(e));
        } catch (RuntimeException e) {
            LOG.error("SIP call {} ended by the caller's {}, not recorded as abandoned", callId, how, e);
        }
    }

    private static ReportedPosition position(Request invite) {
        try {
            Optional<PidfLoLocation> location = LocationBody.of(invite);
            return location.map(PidfLoLocation::toReportedPosition).orElse(null);
        } catch (InvalidInputException e) {
            LOG.warn("SIP INVITE {}: location not read, the call is taken in without it: {}", sipCallId(invite),
                    e.getMessage());
            return null;
        }
    }

    private ServerTransaction serverTransaction(RequestEvent event) {
        ServerTransaction transaction = event.getServerTransaction();
        if (transaction != null) {
            return transaction;
        }
        try {
            return provider.getNewServerTransaction(event.getRequest());
        } catch (TransactionAlreadyExistsException e) {
            return null;
        } catch (SipException e) {
            LOG.warn("SIP {}: no transaction for the answer: {}", event.getRequest().getMethod(), e.getMessage());
            return null;
        }
    }

    private static String sipCallId(Request request) {
        return ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
    }

    private static String reason(RuntimeException e) {
        return e instanceof DomainException ? e.getMessage() : e.getClass().getSimpleName();
    }

    @Override
    public void processResponse(ResponseEvent event) {
        if (!onward.response(event)) {
            desks.response(event); // the desks' phones
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        if (event.getClientTransaction() != null && onward.reInviteTimedOut(event.getClientTransaction())) {
            return; // a consultation's re-INVITE: not the leg's own INVITE
        }
        if (event.getClientTransaction() != null
                && Request.INVITE.equals(event.getClientTransaction().getRequest().getMethod())) {
            String sipCallId = sipCallId(event.getClientTransaction().getRequest());
            if (onward.isOnwardLeg(sipCallId)) {
                onward.timedOut(sipCallId);
            } else {
                desks.failed(sipCallId, "did not respond");
            }
            return;
        }
        if (event.getServerTransaction() != null) {
            Request request = event.getServerTransaction().getRequest();
            LOG.info("SIP {} transaction {} timed out", request.getMethod(), sipCallId(request));
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        LOG.warn("SIP transport error towards {}:{} ({})", event.getHost(), event.getPort(), event.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        if (event.isServerTransaction() && Request.INVITE.equals(event.getServerTransaction().getRequest().getMethod())) {
            ringing.values().removeIf(call -> call.invite() == event.getServerTransaction());
        }
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        // dialogs end with their INVITE's transaction here; nothing more to do
    }
}
