package se.larmcentral.crisis.warning;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.larmcentral.core.Actor;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.Recorded;
import se.larmcentral.journal.EventCodec;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larmcentral.crisis.warning.Warnings.SENDER;
import static se.larmcentral.crisis.warning.Warnings.T;
import static se.larmcentral.crisis.warning.Warnings.content;

class WarningLifecycleTest {

    private final Warnings w = new Warnings();

    /** Each step from each stage: allowed or refused, and the refusal's reason. */
    @ParameterizedTest(name = "{0} on a {1} message by {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            approve | DRAFT     | bertil | allowed
            approve | DRAFT     | anna   | two-person rule: anna drafted message M1 and cannot also approve it
            approve | APPROVED  | cecilia| is approved, not yet published, not a draft
            approve | PUBLISHED | cecilia| is published, not a draft
            approve | CANCELLED | cecilia| is cancelled, not a draft
            publish | DRAFT     | anna   | a second person must approve it first
            publish | APPROVED  | anna   | allowed
            publish | PUBLISHED | anna   | is published
            publish | CANCELLED | anna   | is cancelled
            cancel  | DRAFT     | anna   | allowed
            cancel  | APPROVED  | anna   | allowed
            cancel  | PUBLISHED | anna   | allowed
            cancel  | CANCELLED | anna   | is cancelled; nothing to cancel
            """)
    void stepsFromEachStage(String step, Stage stage, String person, String expected) {
        at(stage);
        List<DomainEvent> before = List.copyOf(w.events);
        Runnable act = switch (step) {
            case "approve" -> () -> w.run(new ApproveWarning("M1", person), T.plusSeconds(60));
            case "publish" -> () -> w.run(new PublishWarning("M1", person), T.plusSeconds(60));
            default -> () -> w.run(new CancelWarning("M1", "M1-cancel", "fel text", person), T.plusSeconds(60));
        };
        if (expected.equals("allowed")) {
            act.run();
            assertThat(w.events).hasSize(before.size() + 1);
        } else {
            assertThatThrownBy(act::run).isInstanceOf(ConflictException.class).hasMessageContaining(expected);
            assertThat(w.events).as("nothing recorded").isEqualTo(before);
        }
    }

    private void at(Stage stage) {
        w.run(new DraftWarning("M1", SENDER, null, content(WarningKind.VMA), "anna"), T);
        if (stage == Stage.DRAFT) {
            return;
        }
        if (stage == Stage.CANCELLED) {
            w.run(new CancelWarning("M1", null, "inte aktuellt", "anna"), T);
            return;
        }
        w.run(new ApproveWarning("M1", "bertil"), T);
        if (stage == Stage.PUBLISHED) {
            w.run(new PublishWarning("M1", "anna"), T);
        }
    }

    @Test
    void everyStepIsKeptWithWhoAndWhen() {
        w.published("M1", T);
        w.run(new DraftWarning("M2", SENDER, "M1", content(WarningKind.INFORMATION_113_13), "cecilia"), T.plusSeconds(60));
        w.run(new ApproveWarning("M2", "david"), T.plusSeconds(120));
        w.run(new PublishWarning("M2", "david"), T.plusSeconds(180));
        w.run(new CancelWarning("M2", "M2-cancel", "branden är släckt", "erik"), T.plusSeconds(240));

        PublicWarning first = w.state.find("M1").orElseThrow();
        assertThat(first.stage()).isEqualTo(Stage.UPDATED);
        assertThat(first.updatedBy()).isEqualTo("M2");
        assertThat(first.updated()).isEqualTo(new Step("david", T.plusSeconds(180)));
        assertThat(first.drafted()).isEqualTo(new Step("anna", T));
        assertThat(first.approved()).isEqualTo(new Step("bertil", T));
        PublicWarning second = w.state.find("M2").orElseThrow();
        assertThat(second.messageType()).isEqualTo(MessageType.UPDATE);
        assertThat(second.references()).isEqualTo("M1");
        assertThat(second.stage()).isEqualTo(Stage.CANCELLED);
        assertThat(second.drafted()).isEqualTo(new Step("cecilia", T.plusSeconds(60)));
        assertThat(second.approved()).isEqualTo(new Step("david", T.plusSeconds(120)));
        assertThat(second.published()).isEqualTo(new Step("david", T.plusSeconds(180)));
        assertThat(second.cancelled()).isEqualTo(new Step("erik", T.plusSeconds(240)));
        assertThat(w.state.current(T.plusSeconds(300))).isEmpty();

        CapMessage cancel = w.state.capMessage("M2-cancel").orElseThrow();
        assertThat(cancel.type()).isEqualTo(MessageType.CANCEL);
        assertThat(cancel.references()).isEqualTo(new CapMessage.Reference(SENDER, "M2", T.plusSeconds(180)));
        assertThat(cancel.note()).isEqualTo("branden är släckt");
        assertThat(w.state.capMessage("M2").orElseThrow().references())
                .isEqualTo(new CapMessage.Reference(SENDER, "M1", T));
    }

    @Test
    void anUpdateOnlyOfAPublishedCurrentMessageOfTheSameKind() {
        w.published("M1", T);
        assertThatThrownBy(() -> w.run(new DraftWarning("M2", SENDER, "M1", content(WarningKind.VMA), "cecilia"), T))
                .isInstanceOf(ConflictException.class).hasMessageContaining("an update keeps the kind");
        assertThatThrownBy(() -> w.run(new DraftWarning("M2", SENDER, "M9", content(WarningKind.INFORMATION_113_13), "c"), T))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("M9");
        w.run(new DraftWarning("M2", SENDER, "M1", content(WarningKind.INFORMATION_113_13), "cecilia"), T);
        w.run(new DraftWarning("M3", SENDER, "M1", content(WarningKind.INFORMATION_113_13), "cecilia"), T);
        w.run(new ApproveWarning("M2", "anna"), T);
        w.run(new ApproveWarning("M3", "anna"), T);
        w.run(new PublishWarning("M2", "anna"), T);
        // M1 was replaced by M2: M3 would replace a message no longer published
        assertThatThrownBy(() -> w.run(new PublishWarning("M3", "anna"), T))
                .isInstanceOf(ConflictException.class).hasMessageContaining("updates M1, which is replaced by M2");
        assertThat(w.state.current(T).stream().map(PublicWarning::identifier)).containsExactly("M2");
    }

    @Test
    void identifiersAreNeverReusedNotEvenByACancelMessage() {
        w.published("M1", T);
        assertThatThrownBy(() -> w.run(new DraftWarning("M1", SENDER, null, content(WarningKind.VMA), "anna"), T))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already used");
        w.run(new CancelWarning("M1", "C1", "fel", "anna"), T);
        assertThatThrownBy(() -> w.run(new DraftWarning("C1", SENDER, null, content(WarningKind.VMA), "anna"), T))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aPublishedMessageIsCancelledOnlyWithACancelIdentifier() {
        w.published("M1", T);
        assertThatThrownBy(() -> w.run(new CancelWarning("M1", null, "fel", "anna"), T))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cancelIdentifier");
    }

    @Test
    void expiryEndsCurrencyAndPublishing() {
        w.run(new DraftWarning("M1", SENDER, null, content(WarningKind.VMA), "anna"), T);
        w.run(new ApproveWarning("M1", "bertil"), T);
        Instant expires = content(WarningKind.VMA).expires();
        assertThatThrownBy(() -> w.run(new PublishWarning("M1", "anna"), expires))
                .isInstanceOf(ConflictException.class).hasMessageContaining("expired");
        w.run(new PublishWarning("M1", "anna"), expires.minusSeconds(1));
        assertThat(w.state.current(expires.minusSeconds(1))).hasSize(1);
        assertThat(w.state.current(expires)).isEmpty();
        assertThat(w.state.currentFor("0184", expires.minusSeconds(1))).hasSize(1);
        assertThat(w.state.currentFor("0114", expires.minusSeconds(1))).isEmpty();
    }

    /** Bad content: each refused naming the field, nothing recorded. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no Swedish text       | texts
            too long headline     | texts[0].headline
            hidden character      | texts[0].description
            bad municipality code | areas[0].municipalityCodes[0]
            open polygon          | areas[0].polygons[0]
            no place              | areas[0]
            expired               | expires
            bad identifier        | identifier
            113 13 without codes  | areas
            too far ahead         | expires
            """)
    void badContentIsRefusedNamingTheField(String what, String field) {
        WarningContent c = content(WarningKind.VMA);
        WarningText sv = c.texts().getFirst();
        WarningArea area = c.areas().getFirst();
        String id = "M1";
        switch (what) {
            case "no Swedish text" -> c = with(c, List.of(c.texts().get(1)), c.areas(), c.expires());
            case "too long headline" -> c = with(c, List.of(new WarningText("sv-SE", sv.event(), "x".repeat(161),
                    sv.description(), null)), c.areas(), c.expires());
            case "hidden character" -> c = with(c, List.of(new WarningText("sv-SE", sv.event(), sv.headline(),
                    "rök\u202Eöver", null)), c.areas(), c.expires());
            case "bad municipality code" -> c = with(c, c.texts(), List.of(new WarningArea("x", List.of("180"), List.of())),
                    c.expires());
            case "open polygon" -> c = with(c, c.texts(), List.of(new WarningArea("x", List.of(), List.of(new Polygon(
                    area.polygons().getFirst().points().subList(0, 3).stream().toList())))), c.expires());
            case "no place" -> c = with(c, c.texts(), List.of(new WarningArea("x", List.of(), List.of())), c.expires());
            case "expired" -> c = with(c, c.texts(), c.areas(), T);
            case "too far ahead" -> c = with(c, c.texts(), c.areas(), T.plus(Duration.ofDays(91)));
            case "113 13 without codes" -> c = new WarningContent(WarningKind.INFORMATION_113_13, c.status(), c.scope(),
                    c.category(), c.urgency(), c.severity(), c.certainty(), c.texts(), List.of(new WarningArea("Solna",
                    List.of(), area.polygons())), null, null, c.expires());
            default -> id = "M 1";
        }
        WarningContent bad = c;
        String badId = id;
        assertThatThrownBy(() -> w.run(new DraftWarning(badId, SENDER, null, bad, "anna"), T))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
        assertThat(w.events).isEmpty();
    }

    private static WarningContent with(WarningContent c, List<WarningText> texts, List<WarningArea> areas, Instant expires) {
        return new WarningContent(c.kind(), c.status(), c.scope(), c.category(), c.urgency(), c.severity(),
                c.certainty(), texts, areas, c.effective(), null, expires);
    }

    @Test
    void everyEventSurvivesTheJournalCodec() {
        w.published("M1", T);
        w.run(new DraftWarning("M2", SENDER, "M1", content(WarningKind.INFORMATION_113_13), "cecilia"), T);
        w.run(new CancelWarning("M1", "C1", "fel", "anna"), T);
        w.run(new ImportWarning(new ImportedWarning("SMHI-1", "smhi@smhi.se", T, "Actual", "Alert", "Public", null,
                List.of(new ImportedWarning.Info("sv-SE", List.of("Met"), "Storm", "Expected", "Severe", "Likely", "SMHI",
                        "Storm", "Mycket hårda vindar", null, null, null, T.plus(Duration.ofDays(1)),
                        List.of(new ImportedWarning.Area("Gotland", List.of("SCB-kommunkod=0980"), List.of()))))),
                "anna"), T);
        EventCodec codec = new EventCodec().register(WarningEvent.class);
        long sequence = 0;
        for (DomainEvent event : w.events) {
            Recorded back = codec.decode(codec.encode(++sequence, T, Actor.person("anna"), event));
            assertThat(back.event()).isEqualTo(event);
        }
        assertThat(codec.nameOf(w.events.getFirst())).isEqualTo("crisis.WarningDrafted");
    }
}
