package se.larmcentral.centre.desks;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.larmcentral.calls.DialledLine;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The distribution as a table: queue, free desks, and which call rings where. */
class CallOffersTest {

    private static final Instant NOW = Instant.parse("2026-12-07T17:00:00Z");
    private static final DialledLine E112 = DialledLine.service(ServiceNumber.EMERGENCY_112);
    private static final DialledLine CRISIS = DialledLine.service(ServiceNumber.CRISIS_INFORMATION_113_13);
    private static final DialledLine CHILD = DialledLine.service(ServiceNumber.MISSING_CHILDREN_116_000);
    private static final DialledLine DIRECT = DialledLine.direct(PhoneNumber.parse("n", "08-465 004 90"), "0120");
    private static final Set<Role> TAKER = Set.of(Role.CALL_TAKER);

    static Stream<Arguments> table() {
        return Stream.of(
                arguments("nobody at a desk: the call waits",
                        List.of(call("c1", E112, 10)), List.of(), List.of()),
                arguments("one call, one free call-taker",
                        List.of(call("c1", E112, 10)), List.of(desk("d1", "anna", TAKER, 60)),
                        List.of(offer("c1", "d1", "anna"))),
                arguments("the operator free longest gets the call",
                        List.of(call("c1", E112, 10)),
                        List.of(desk("d1", "anna", TAKER, 30), desk("d2", "bo", TAKER, 300), desk("d3", "cia", TAKER, 120)),
                        List.of(offer("c1", "d2", "bo"))),
                arguments("the longest waiting call first, each desk one call",
                        List.of(call("late", E112, 5), call("early", E112, 50), call("middle", E112, 20)),
                        List.of(desk("d1", "anna", TAKER, 30), desk("d2", "bo", TAKER, 300)),
                        List.of(offer("early", "d2", "bo"), offer("middle", "d1", "anna"))),
                arguments("112 before a 113 13 call that has waited longer",
                        List.of(call("info", CRISIS, 200), call("emergency", E112, 3)),
                        List.of(desk("d1", "anna", TAKER, 30)),
                        List.of(offer("emergency", "d1", "anna"))),
                arguments("116 000 and a direct number go to call-takers like 112",
                        List.of(call("child", CHILD, 40), call("direct", DIRECT, 30)),
                        List.of(desk("d1", "anna", TAKER, 30), desk("d2", "bo", TAKER, 60)),
                        List.of(offer("child", "d2", "bo"), offer("direct", "d1", "anna"))),
                arguments("a dispatcher or a supervisor at a desk is offered no call",
                        List.of(call("c1", E112, 10)),
                        List.of(desk("d1", "disa", Set.of(Role.DISPATCHER), 900),
                                desk("d2", "sven", Set.of(Role.SUPERVISOR), 800),
                                desk("d3", "anna", Set.of(Role.CALL_TAKER, Role.NURSE), 10)),
                        List.of(offer("c1", "d3", "anna"))),
                arguments("a call that rang out at a desk goes to the next one",
                        List.of(new CallOffers.WaitingCall("c1", E112, NOW.minusSeconds(40), Set.of("d2"))),
                        List.of(desk("d1", "anna", TAKER, 30), desk("d2", "bo", TAKER, 300)),
                        List.of(offer("c1", "d1", "anna"))),
                arguments("a call that rang out at every free desk waits",
                        List.of(new CallOffers.WaitingCall("c1", E112, NOW.minusSeconds(40), Set.of("d1"))),
                        List.of(desk("d1", "anna", TAKER, 30)), List.of()),
                arguments("a desk that rang out for one call is still offered the next",
                        List.of(new CallOffers.WaitingCall("c1", E112, NOW.minusSeconds(40), Set.of("d1")),
                                call("c2", E112, 20)),
                        List.of(desk("d1", "anna", TAKER, 30)), List.of(offer("c2", "d1", "anna"))),
                arguments("equally idle desks in the order of their names",
                        List.of(call("c1", E112, 10)),
                        List.of(desk("d2", "bo", TAKER, 60), desk("d1", "anna", TAKER, 60)),
                        List.of(offer("c1", "d1", "anna"))),
                arguments("more free desks than calls: the longest idle are rung",
                        List.of(call("c1", E112, 10)),
                        List.of(desk("d1", "anna", TAKER, 5), desk("d2", "bo", TAKER, 6)),
                        List.of(offer("c1", "d2", "bo"))),
                arguments("a desk free only from a later instant (a clock ahead) is not offered yet",
                        List.of(call("c1", E112, 10)),
                        List.of(new CallOffers.FreeDesk("d1", "anna", TAKER, NOW.plusSeconds(5))), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void offers(String rule, List<CallOffers.WaitingCall> queue, List<CallOffers.FreeDesk> desks,
                List<CallOffers.Offer> expected) {
        assertThat(CallOffers.offer(queue, desks, NOW)).as(rule).containsExactlyElementsOf(expected);
    }

    private static CallOffers.WaitingCall call(String id, DialledLine line, int waitedSeconds) {
        return new CallOffers.WaitingCall(id, line, NOW.minusSeconds(waitedSeconds), Set.of());
    }

    private static CallOffers.FreeDesk desk(String desk, String account, Set<Role> roles, int idleSeconds) {
        return new CallOffers.FreeDesk(desk, account, roles, NOW.minusSeconds(idleSeconds));
    }

    private static CallOffers.Offer offer(String call, String desk, String account) {
        return new CallOffers.Offer(call, desk, account);
    }
}
