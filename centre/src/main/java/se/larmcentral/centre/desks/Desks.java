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

    private final Map<String, Seat> byDesk = new TreeMap<>();

    @Override
    public void apply(Recorded recorded) {
        switch (recorded.event()) {
            case DeskEvent.DeskTaken taken -> byDesk.put(taken.desk(), new Seat(taken.desk(), taken.account(), recorded.at()));
            case DeskEvent.DeskReleased released -> byDesk.remove(released.desk());
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
