package se.larmcentral.calls;

import org.junit.jupiter.api.Test;
import se.larmcentral.calls.CrisisTopicCounts.TopicCount;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrisisMessageTest {

    static final Instant T0 = Instant.parse("2025-01-20T06:00:00Z");
    static final Instant T_END = T0.plus(Duration.ofHours(12));

    final Harness h = new Harness(T0);

    private PublishCrisisMessage storm(String id, List<String> areas) {
        return new PublishCrisisMessage(id, "Storm", "The storm is expected to pass by 18:00. Stay indoors.",
                areas, T0, T_END, "Länsstyrelsen Stockholm, duty officer Eva Berg");
    }

    @Test
    void aPublishedMessageIsValidWithinItsWindowAndUntilWithdrawn() {
        h.as("crisis-desk").run(storm("m1", List.of("01")));
        CrisisMessage message = h.state.crisisMessage("m1").orElseThrow();
        assertThat(message.publishedBy()).isEqualTo("crisis-desk");
        assertThat(message.validAt(T0.minusMillis(1))).isFalse();
        assertThat(message.validAt(T0)).isTrue();
        assertThat(message.validAt(T_END.minusMillis(1))).isTrue();
        assertThat(message.validAt(T_END)).isFalse();

        h.advance(Duration.ofHours(2));
        h.run(new WithdrawCrisisMessage("m1", "superseded by m2"));
        CrisisMessage withdrawn = h.state.crisisMessage("m1").orElseThrow();
        assertThat(withdrawn.validAt(T0.plus(Duration.ofHours(1)))).isTrue();
        assertThat(withdrawn.validAt(h.now)).isFalse();
        assertThat(h.state.crisisMessagesValidAt(h.now)).isEmpty();
        assertThatThrownBy(() -> h.run(new WithdrawCrisisMessage("m1", "again")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already withdrawn");
        assertThatThrownBy(() -> h.run(new WithdrawCrisisMessage("m9", "x"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void messagesAreFoundByCountyOrMunicipality() {
        h.run(storm("county", List.of("01")));
        h.run(storm("solna", List.of("0184")));
        h.run(storm("goteborg", List.of("1480")));
        assertThat(h.state.crisisMessagesValidAt(T0, "0180")).extracting(CrisisMessage::id).containsExactly("county");
        assertThat(h.state.crisisMessagesValidAt(T0, "0184")).extracting(CrisisMessage::id).containsExactly("county", "solna");
        assertThat(h.state.crisisMessagesValidAt(T0, "01")).extracting(CrisisMessage::id).containsExactly("county", "solna");
        assertThat(h.state.crisisMessagesValidAt(T0, "14")).extracting(CrisisMessage::id).containsExactly("goteborg");
    }

    @Test
    void publishingValidatesAndIsIdempotentOnTheSameContent() {
        assertThatThrownBy(() -> h.run(storm("m1", List.of("1"))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("areaCodes[0]");
        assertThatThrownBy(() -> h.run(storm("m1", List.of())))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("areaCodes");
        assertThatThrownBy(() -> h.run(new PublishCrisisMessage("m1", "Storm", "t", List.of("01"), T_END, T0, "x")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("validTo");
        assertThatThrownBy(() -> h.run(new PublishCrisisMessage("m1", "Storm", "t", List.of("01"),
                T0.minus(Duration.ofDays(2)), T0.minus(Duration.ofDays(1)), "x")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already past");
        assertThatThrownBy(() -> h.run(new PublishCrisisMessage("m1", "Storm", "t", List.of("01"), T0, T_END, " ")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("approvedBy");
        assertThat(h.journal).isEmpty();

        assertThat(h.run(storm("m1", List.of("01"))).recorded()).isTrue();
        CrisisPublication again = h.advance(Duration.ofMinutes(1)).run(storm("m1", List.of("01")));
        assertThat(again.recorded()).isFalse();
        assertThat(again.message().at()).isEqualTo(T0);
        assertThat(h.journal).hasSize(1);
        assertThatThrownBy(() -> h.run(storm("m1", List.of("01", "03"))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already published with other content");
    }

    @Test
    void aWithdrawnMessageCannotBePublishedAgainUnderItsId() {
        h.run(storm("m1", List.of("01")));
        h.run(new WithdrawCrisisMessage("m1", "the storm has passed"));
        int recorded = h.journal.size();
        assertThatThrownBy(() -> h.run(storm("m1", List.of("01"))))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).field()).isEqualTo("messageId"))
                .hasMessageContaining("m1 was withdrawn")
                .hasMessageContaining("the storm has passed");
        assertThat(h.journal).hasSize(recorded);
        assertThat(h.state.crisisMessage("m1").orElseThrow().withdrawnAt()).isNotNull();
    }

    @Test
    void a11313CallCanNameTheMessageReadFromOnlyWhileItIsValid() {
        h.run(storm("m1", List.of("01")));
        PhoneNumber caller = PhoneNumber.parse("caller", "070-123 45 67");
        DialledLine line = DialledLine.service(ServiceNumber.CRISIS_INFORMATION_113_13);
        h.run(new IntakeCall("c1", line, caller, T0));
        h.run(new AnswerCall("c1"));
        h.run(new ClassifyCall("c1", Classification.CRISIS_INFORMATION_113_13, null, "Storm", "m1"));
        assertThat(h.state.requireCall("callId", "c1").classification().crisisMessageId()).isEqualTo("m1");

        h.advance(Duration.ofHours(13));
        h.run(new IntakeCall("c2", line, caller, h.now));
        h.run(new AnswerCall("c2"));
        assertThatThrownBy(() -> h.run(new ClassifyCall("c2", Classification.CRISIS_INFORMATION_113_13, null, "Storm", "m1")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("crisis message m1 is not valid now");
    }

    @Test
    void topicsAreCountedPerPeriodIgnoringCase() {
        PhoneNumber caller = PhoneNumber.parse("caller", "070-123 45 67");
        DialledLine line = DialledLine.service(ServiceNumber.CRISIS_INFORMATION_113_13);
        String[] topics = {"Storm", "power cut", "storm ", "Water", "Power cut", "STORM"};
        for (int i = 0; i < topics.length; i++) {
            h.advance(Duration.ofMinutes(10));
            h.run(new IntakeCall("c" + i, line, caller, h.now));
            h.run(new AnswerCall("c" + i));
            h.run(new ClassifyCall("c" + i, Classification.CRISIS_INFORMATION_113_13, null, topics[i], null));
        }
        h.run(new IntakeCall("p", DialledLine.service(ServiceNumber.EMERGENCY_112), caller, h.now));
        h.run(new AnswerCall("p"));
        h.run(ClassifyCall.as("p", Classification.POLICE));

        assertThat(CrisisTopicCounts.count(h.state.calls(), T0, T0.plus(Duration.ofHours(2)))).containsExactly(
                new TopicCount("Storm", 3), new TopicCount("power cut", 2), new TopicCount("Water", 1));
        // minutes 10..30 only: Storm, power cut, storm
        assertThat(CrisisTopicCounts.count(h.state.calls(), T0, T0.plus(Duration.ofMinutes(31)))).containsExactly(
                new TopicCount("Storm", 2), new TopicCount("power cut", 1));
        assertThat(CrisisTopicCounts.count(h.state.calls(), T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(2))))
                .isEmpty();
    }
}
