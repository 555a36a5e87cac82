package se.larmcentral.centre.desks;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.Identifier;
import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which operator is at which desk now, as the journal says. One operator per desk and one desk per operator: taking
 * another desk leaves the first; a desk someone else holds is theirs until they leave it (or are released).
 */
public final class Desks implements Projection {

    /** An operator at a desk since {@code takenAt}. */
    public record Seat(String desk, String account, Instant takenAt) {
    }

    /** A desk's phone: its state since {@code since}, and the call it rings for or is connected to (or empty). */
    public record Phone(String desk, PhoneState state, String callId, Instant since) {
    }

    private final Map<String, Seat> byDesk = new TreeMap<>();
    private final Map<String, Phone> phones = new TreeMap<>();

    @Override
    public void apply(Recorded recorded) {
        switch (recorded.event()) {
            case DeskEvent.DeskTaken taken -> byDesk.put(taken.desk(), new Seat(taken.desk(), taken.account(), recorded.at()));
            case DeskEvent.DeskReleased released -> byDesk.remove(released.desk());
            case DeskEvent.DeskPhoneChanged phone -> phones.put(phone.desk(),
                    new Phone(phone.desk(), phone.state(), phone.callId(), recorded.at()));
            default -> {
            }
        }
    }

    public Collection<Seat> seats() {
        return List.copyOf(byDesk.values());
    }

    public Optional<Seat> atDesk(String desk) {
        return Optional.ofNullable(byDesk.get(desk));
    }

    /** The desk's phone as last reported; unregistered when the telephony never reported it. */
    public Phone phone(String desk) {
        return phones.getOrDefault(desk, new Phone(desk, PhoneState.UNREGISTERED, "", null));
    }

    /** Every desk phone the telephony has reported. */
    public Collection<Phone> phones() {
        return List.copyOf(phones.values());
    }

    /**
     * The telephony reports {@code desk}'s phone: recorded only when it differs from what was last recorded (a
     * registration refreshed or the same ring reported again records nothing).
     */
    public static Command<Desks, Phone> phoneIs(String desk, PhoneState state, String callId) {
        String checkedDesk = Identifier.require("desk", desk);
        String call = callId == null ? "" : callId.isEmpty() ? "" : Identifier.require("callId", callId);
        return (desks, now) -> {
            Phone last = desks.phone(checkedDesk);
            if (last.state() == state && last.callId().equals(call)) {
                return Decision.of(last);
            }
            return Decision.of(new Phone(checkedDesk, state, call, now), new DeskEvent.DeskPhoneChanged(checkedDesk, state, call));
        };
    }

    public Optional<Seat> of(String account) {
        return byDesk.values().stream().filter(seat -> seat.account().equals(account)).findFirst();
    }

    /**
     * {@code account} signs in at {@code desk}, leaving any other desk they held; taking the desk they already hold
     * records nothing. Refused (conflict) when a colleague holds it.
     */
    public static Command<Desks, Seat> take(String desk, String account) {
        String checkedDesk = Identifier.require("desk", desk);
        String checkedAccount = Identifier.require("account", account);
        return (desks, now) -> {
            Optional<Seat> holder = desks.atDesk(checkedDesk);
            if (holder.isPresent()) {
                if (holder.get().account().equals(checkedAccount)) {
                    return Decision.of(holder.get());
                }
                throw new ConflictException("desk", checkedDesk + " is taken by " + holder.get().account()
                        + "; they sign out, or a supervisor releases the desk, first");
            }
            List<DomainEvent> events = new ArrayList<>();
            desks.of(checkedAccount).ifPresent(old -> events.add(
                    new DeskEvent.DeskReleased(old.desk(), checkedAccount, "moved to " + checkedDesk)));
            events.add(new DeskEvent.DeskTaken(checkedDesk, checkedAccount));
            return Decision.of(new Seat(checkedDesk, checkedAccount, now), events);
        };
    }

    /** {@code account} leaves their desk ({@code reason}: signed out, ...); nothing recorded when at none. */
    public static Command<Desks, Optional<Seat>> release(String account, String reason) {
        String checkedAccount = Identifier.require("account", account);
        return (desks, now) -> desks.of(checkedAccount)
                .map(seat -> Decision.of(Optional.of(seat), new DeskEvent.DeskReleased(seat.desk(), checkedAccount, reason)))
                .orElseGet(() -> Decision.of(Optional.empty()));
    }
}
