package se.larmcentral.telephony;

import se.larmcentral.calls.Call;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.connect.Connection;

import java.util.Optional;
import java.util.function.Predicate;

/** What the SIPp tests wait for in the centre: a call from a number, a call's connecting-on, each in a state. */
final class CentreWaits {

    private CentreWaits() {
    }

    /** The call from {@code caller} once {@code ready} holds, within 10 s. */
    static Call awaitCall(Centre centre, String caller, Predicate<Call> ready) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Optional<Call> found = centre.read(s -> s.calls().calls()).stream().filter(c -> c.callerNumber() != null
                    && c.callerNumber().e164().equals(caller) && ready.test(c)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no call from " + caller + " as expected; calls: " + centre.read(s -> s.calls().calls()));
    }

    /** The connecting-on of call {@code callId} once {@code ready} holds, within 20 s. */
    static Connection awaitConnection(Centre centre, String callId, Predicate<Connection> ready)
            throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Optional<Connection> found = centre.read(s -> s.connections().of(callId)).filter(ready);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no connection of " + callId + " as expected: " + centre.read(s -> s.connections().of(callId)));
    }
}
