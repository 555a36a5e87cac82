package se.larmcentral.centre.connect;

import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.CallUpdate;
import se.larmcentral.calls.HandOverMissingChildReport;
import se.larmcentral.calls.ResponsibleOrganisation;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.FreeText;
import se.larmcentral.core.Identifier;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;
import se.larmcentral.social.Outcome;
import se.larmcentral.social.RoutedCall;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each call's latest connecting-on, as the journal says: the console shows it, and the telephony front takes the
 * requests still open ({@link #pending}) and records how each went ({@link #succeeded}, {@link #failed}).
 */
public final class Connections implements Projection {

    private final Map<String, Connection> byCall = new HashMap<>();

    @Override
    public void apply(Recorded recorded) {
        switch (recorded.event()) {
            case ConnectEvent.ConnectRequested asked -> byCall.put(asked.callId(), new Connection(asked.callId(),
                    asked.number(), asked.account(), recorded.at(), false, Connection.State.REQUESTED, null, null, null, null, null));
            case ConnectEvent.ConsultStarted asked -> byCall.put(asked.callId(), new Connection(asked.callId(),
                    asked.number(), asked.account(), recorded.at(), true, Connection.State.REQUESTED, null, null, null, null, null));
            case ConnectEvent.ConsultAnswered answered -> byCall.computeIfPresent(answered.callId(), (id, c) ->
                    new Connection(id, c.number(), c.requestedBy(), c.requestedAt(), true, Connection.State.CONSULTING,
                            null, null, null, null, null));
            case ConnectEvent.ConsultCompleted joined -> byCall.computeIfPresent(joined.callId(), (id, c) ->
                    new Connection(id, c.number(), c.requestedBy(), c.requestedAt(), true, Connection.State.COMPLETING,
                            null, null, null, null, null));
            case ConnectEvent.ConsultCancelled cancelled -> byCall.computeIfPresent(cancelled.callId(), (id, c) ->
                    c.in(Connection.State.CANCELLED, recorded.at()));
            case ConnectEvent.ConnectSucceeded done -> byCall.computeIfPresent(done.callId(), (id, c) ->
                    new Connection(id, c.number(), c.requestedBy(), c.requestedAt(), c.attended(), Connection.State.CONNECTED,
                            null, null, recorded.at(), null, null));
            case ConnectEvent.ConnectFailed failed -> byCall.computeIfPresent(failed.callId(), (id, c) ->
                    new Connection(id, c.number(), c.requestedBy(), c.requestedAt(), c.attended(), Connection.State.FAILED,
                            failed.failure(), failed.reason(), recorded.at(), null, null));
            case ConnectEvent.ConnectedCallEnded over -> byCall.computeIfPresent(over.callId(), (id, c) ->
                    new Connection(id, c.number(), c.requestedBy(), c.requestedAt(), c.attended(), c.state(), c.failure(),
                            c.reason(), c.endedAt(), over.hungUp(), recorded.at()));
            default -> {
            }
        }
    }

    public Optional<Connection> of(String callId) {
        return Optional.ofNullable(byCall.get(callId));
    }

    /** Requests the telephony has not started on yet (blind or attended: {@link Connection#attended}), oldest first. */
    public List<Connection> pending() {
        return byCall.values().stream().filter(c -> c.state() == Connection.State.REQUESTED)
                .sorted(java.util.Comparator.comparing(Connection::requestedAt)).toList();
    }

    /**
     * {@code account} asks for the caller of {@code callId} to be connected to the number the social routing
     * decided for it. Refused (conflict) when the call is not answered or is over, when its decision is not to
     * connect on, or while a connecting is already under way or done.
     */
    public static Command<CentreState, Connection> request(String callId, String account) {
        String id = Identifier.require("callId", callId);
        String by = Identifier.require("account", account);
        return (state, now) -> {
            PhoneNumber number = numberToConnect(state, id);
            Connection asked = new Connection(id, number, by, now, false, Connection.State.REQUESTED, null, null, null, null, null);
            return Decision.of(asked, new ConnectEvent.ConnectRequested(id, number, by));
        };
    }

    /**
     * Attended Koppla: {@code account} speaks to the decision's number first, the caller on hold meanwhile. Refused as
     * {@link #request} is; the telephony rings the number and records {@link ConnectEvent.ConsultAnswered} or
     * {@link ConnectEvent.ConnectFailed} (the caller then back with the operator).
     */
    public static Command<CentreState, Connection> consult(String callId, String account) {
        String id = Identifier.require("callId", callId);
        String by = Identifier.require("account", account);
        return (state, now) -> {
            PhoneNumber number = numberToConnect(state, id);
            Connection asked = new Connection(id, number, by, now, true, Connection.State.REQUESTED, null, null, null, null, null);
            return Decision.of(asked, new ConnectEvent.ConsultStarted(id, number, by));
        };
    }

    /**
     * Koppla nu: {@code account} joins the caller to the number they consulted. Refused unless the number answered
     * the consultation and it is still going on.
     */
    public static Command<Connections, Connection> completeConsult(String callId, String account) {
        String id = Identifier.require("callId", callId);
        String by = Identifier.require("account", account);
        return (connections, now) -> {
            Connection c = connections.of(id).filter(x -> x.attended() && x.state() == Connection.State.CONSULTING)
                    .orElseThrow(() -> new ConflictException("callId", "call " + id + " has no consultation that the"
                            + " number answered: ask to consult first, and wait for the number to answer"));
            return Decision.of(c.in(Connection.State.COMPLETING, null), new ConnectEvent.ConsultCompleted(id, c.number(), by));
        };
    }

    /**
     * Avbryt: {@code account} ends the consultation, ringing or answered; the telephony hangs the number up and
     * takes the caller off hold. Refused when no consultation is under way (or it is being completed).
     */
    public static Command<Connections, Connection> cancelConsult(String callId, String account) {
        String id = Identifier.require("callId", callId);
        String by = Identifier.require("account", account);
        return (connections, now) -> {
            Connection c = connections.of(id).filter(x -> x.attended() && (x.state() == Connection.State.REQUESTED
                            || x.state() == Connection.State.CONSULTING))
                    .orElseThrow(() -> new ConflictException("callId", "call " + id + " has no consultation under way"
                            + " to cancel"));
            return Decision.of(c.in(Connection.State.CANCELLED, now), new ConnectEvent.ConsultCancelled(id, c.number(), by));
        };
    }

    /** The number the operator may connect the caller of {@code id} to; refused as {@link #request} says. */
    private static PhoneNumber numberToConnect(CentreState state, String id) {
        Call call = state.calls().requireCall("callId", id);
        if (call.state() == CallState.QUEUED || call.state().isFinal()) {
            throw new ConflictException("callId", "call " + id + " is " + call.state()
                    + ": only a call an operator has answered can be connected on");
        }
        RoutedCall routed = state.social().routedCall(id).orElseThrow(() -> new ConflictException("decision",
                "call " + id + " has no social decision: classify it as a social call first"));
        if (routed.outcome() != Outcome.FORWARD || routed.number() == null) {
            throw new ConflictException("decision", "call " + id + "'s social decision is " + routed.outcome()
                    + ", not to connect on: there is no number to connect the caller to");
        }
        Optional<Connection> earlier = state.connections().of(id);
        if (earlier.isPresent() && !earlier.get().state().settledWithoutConnecting()) {
            throw new ConflictException("callId", "call " + id + " is already "
                    + (earlier.get().state() == Connection.State.CONNECTED ? "connected to " : "being connected to ")
                    + earlier.get().number().national());
        }
        return routed.number();
    }

    /**
     * A direct number's call the routing decided to FORWARD, connected by the telephony without an operator (the
     * call is not in the queue): recorded as asked by the telephony. Refused while one is under way or done.
     */
    public static Command<Connections, Connection> byRouting(String callId, PhoneNumber number) {
        String id = Identifier.require("callId", callId);
        return (connections, now) -> {
            if (connections.of(id).filter(c -> !c.state().settledWithoutConnecting()).isPresent()) {
                throw new ConflictException("callId", "call " + id + " is already being connected on");
            }
            Connection asked = new Connection(id, number, "telephony", now, false, Connection.State.REQUESTED, null, null, null, null, null);
            return Decision.of(asked, new ConnectEvent.ConnectRequested(id, number, "telephony"));
        };
    }

    /**
     * A 116 000 report handed over to the organisation ({@link HandOverMissingChildReport}), and in the same decision
     * the caller connected on to the organisation's number, as {@code account} asked: the telephony rings it as for
     * Koppla and records how it went. The hand-over is refused as the calls module refuses it; when a connecting-on
     * of the call is already under way or done, only the hand-over is recorded.
     */
    public static Command<CentreState, CallUpdate> handOverMissingChild(String callId, ResponsibleOrganisation organisation,
                                                                        String account) {
        String id = Identifier.require("callId", callId);
        String by = Identifier.require("account", account);
        return (state, now) -> {
            Decision<CallUpdate> handedOver = new HandOverMissingChildReport(id, organisation).decide(state.calls(), now);
            boolean underWay = state.connections().of(id).filter(c -> !c.state().settledWithoutConnecting()).isPresent();
            if (underWay) {
                return handedOver;
            }
            List<DomainEvent> events = new ArrayList<>(handedOver.events());
            events.add(new ConnectEvent.ConnectRequested(id, organisation.number(), by));
            return Decision.of(handedOver.result(), events);
        };
    }

    /** The telephony connected the caller as asked; nothing recorded when the request is not open. */
    public static Command<Connections, Optional<Connection>> succeeded(String callId) {
        return (connections, now) -> connections.of(callId)
                .filter(c -> c.attended() ? c.state() == Connection.State.COMPLETING : c.state() == Connection.State.REQUESTED)
                .map(c -> Decision.of(Optional.of(c), new ConnectEvent.ConnectSucceeded(callId, c.number())))
                .orElseGet(() -> Decision.of(Optional.empty()));
    }

    /** The number answered the operator's consultation; nothing recorded when it is not ringing for one. */
    public static Command<Connections, Optional<Connection>> consultAnswered(String callId) {
        return (connections, now) -> connections.of(callId)
                .filter(c -> c.attended() && c.state() == Connection.State.REQUESTED)
                .map(c -> Decision.of(Optional.of(c), new ConnectEvent.ConsultAnswered(callId, c.number())))
                .orElseGet(() -> Decision.of(Optional.empty()));
    }

    /**
     * The telephony could not connect the caller (or the consultation failed: the caller is back with the operator);
     * nothing recorded when the request is not open.
     */
    public static Command<Connections, Optional<Connection>> failed(String callId, ConnectFailure failure, String reason) {
        String words = FreeText.singleLine("reason", reason);
        return (connections, now) -> connections.open(callId)
                .map(c -> Decision.of(Optional.of(c), new ConnectEvent.ConnectFailed(callId, c.number(), failure, words)))
                .orElseGet(() -> Decision.of(Optional.empty()));
    }

    /**
     * The telephony saw {@code hungUp} end the connected call (BYE): recorded with how long it was connected.
     * Nothing recorded when the call is not connected on, or its end is already recorded.
     */
    public static Command<Connections, Optional<Connection>> ended(String callId, ConnectedParty hungUp) {
        String id = Identifier.require("callId", callId);
        java.util.Objects.requireNonNull(hungUp, "hungUp");
        return (connections, now) -> connections.of(id)
                .filter(c -> c.state() == Connection.State.CONNECTED && c.hungUpAt() == null)
                .map(c -> {
                    Duration connectedFor = now.isAfter(c.endedAt()) ? Duration.between(c.endedAt(), now) : Duration.ZERO;
                    return Decision.of(Optional.of(c),
                            new ConnectEvent.ConnectedCallEnded(id, c.number(), hungUp, connectedFor));
                })
                .orElseGet(() -> Decision.of(Optional.empty()));
    }

    /**
     * After a restart (or a takeover by another node): every connecting-on still open (ringing, consulting, being
     * joined) is recorded failed, {@code NO_LINE}, with the reason: the telephony front that held its lines is gone,
     * so nobody would ever record its outcome, and the operator must know the caller was not connected by the centre.
     * The calls settled, oldest first; nothing recorded when none is open.
     */
    public static Command<Connections, List<String>> settleAfterRestart() {
        return (connections, now) -> {
            List<Connection> open = connections.byCall.values().stream()
                    .filter(c -> connections.open(c.callId()).isPresent())
                    .sorted(java.util.Comparator.comparing(Connection::requestedAt)).toList();
            if (open.isEmpty()) {
                return Decision.of(List.of());
            }
            List<DomainEvent> failed = new ArrayList<>();
            for (Connection c : open) {
                String when = switch (c.state()) {
                    case CONSULTING -> "during the operator's consultation with ";
                    case COMPLETING -> "while the caller was being joined to ";
                    default -> "while ringing ";
                };
                failed.add(new ConnectEvent.ConnectFailed(c.callId(), c.number(), ConnectFailure.NO_LINE,
                        "the centre restarted " + when + c.number().national() + ": the line was not kept, so whether"
                                + " the caller reached the number is not known"));
            }
            return Decision.of(open.stream().map(Connection::callId).toList(), failed);
        };
    }

    /** Ringing, consulting or being joined: not yet settled. */
    private Optional<Connection> open(String callId) {
        return of(callId).filter(c -> c.state() == Connection.State.REQUESTED || c.state() == Connection.State.CONSULTING
                || c.state() == Connection.State.COMPLETING);
    }
}
