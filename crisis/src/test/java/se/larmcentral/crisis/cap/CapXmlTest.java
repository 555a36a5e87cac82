package se.larmcentral.crisis.cap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.crisis.warning.ApproveWarning;
import se.larmcentral.crisis.warning.CancelWarning;
import se.larmcentral.crisis.warning.CapMessage;
import se.larmcentral.crisis.warning.DraftWarning;
import se.larmcentral.crisis.warning.ImportWarning;
import se.larmcentral.crisis.warning.ImportedWarning;
import se.larmcentral.crisis.warning.PublishWarning;
import se.larmcentral.crisis.warning.WarningContent;
import se.larmcentral.crisis.warning.WarningKind;
import se.larmcentral.crisis.warning.WarningScope;
import se.larmcentral.crisis.warning.Warnings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larmcentral.crisis.warning.Warnings.SENDER;
import static se.larmcentral.crisis.warning.Warnings.T;
import static se.larmcentral.crisis.warning.Warnings.content;

class CapXmlTest {

    private final CapWriter writer = new CapWriter();
    private final CapReader reader = new CapReader(CapFiles.schema(), CapReader.DEFAULT_MAX_BYTES);
    private final CapReader ownChecks = new CapReader(null, CapReader.DEFAULT_MAX_BYTES);

    /** Alert, Update and Cancel, VMA and 113 13, public and restricted: each valid CAP 1.2, and reads back. */
    @Test
    void everyMessageTheLifecyclePublishesIsValidCap() throws Exception {
        Warnings w = new Warnings();
        w.published("M1", T);
        w.run(new DraftWarning("M2", SENDER, "M1", content(WarningKind.INFORMATION_113_13), "cecilia"), T.plusSeconds(60));
        w.run(new ApproveWarning("M2", "anna"), T.plusSeconds(60));
        w.run(new PublishWarning("M2", "anna"), T.plusSeconds(61));
        w.run(new CancelWarning("M2", "M2-cancel", "Branden är släckt & röken borta <slut>", "erik"), T.plusSeconds(120));
        WarningContent vma = content(WarningKind.VMA);
        WarningContent restricted = new WarningContent(vma.kind(), vma.status(), WarningScope.RESTRICTED, vma.category(),
                vma.urgency(), vma.severity(), vma.certainty(), List.of(vma.texts().getFirst()), vma.areas(), null,
                null, vma.expires());
        w.run(new DraftWarning("V1", SENDER, null, restricted, "anna"), T);
        w.run(new ApproveWarning("V1", "bertil"), T);
        w.run(new PublishWarning("V1", "bertil"), T.plusMillis(1500));

        for (String id : List.of("M1", "M2", "M2-cancel", "V1")) {
            CapMessage message = w.state.capMessage(id).orElseThrow();
            String xml = writer.write(message);
            assertThat(CapFiles.schema().problems(xml.getBytes(StandardCharsets.UTF_8))).as(id + ":\n" + xml).isEmpty();
            ImportedWarning back = reader.read(xml.getBytes(StandardCharsets.UTF_8));
            assertThat(back.identifier()).isEqualTo(id);
            assertThat(back.sender()).isEqualTo(SENDER);
            assertThat(back.msgType()).isEqualTo(message.type().cap());
            assertThat(back.infos().getFirst().language()).isEqualTo("sv-SE");
            assertThat(back.infos().getFirst().areas().getFirst().geocodes()).contains("SCB-kommunkod=0184");
        }
        String update = writer.write(w.state.capMessage("M2").orElseThrow());
        assertThat(update).contains("<msgType>Update</msgType>")
                .contains("<references>" + SENDER + ",M1,2026-12-07T22:00:00+01:00</references>")
                .contains("<sent>2026-12-07T22:01:01+01:00</sent>");
        String cancel = writer.write(w.state.capMessage("M2-cancel").orElseThrow());
        assertThat(cancel).contains("<msgType>Cancel</msgType>").contains("&amp; röken borta &lt;slut>")
                .contains("<references>" + SENDER + ",M2,2026-12-07T22:01:01+01:00</references>");
        assertThat(writer.write(w.state.capMessage("V1").orElseThrow()))
                .contains("<scope>Restricted</scope>").contains("<restriction>")
                .contains("<sent>2026-12-07T22:00:01+01:00</sent>").doesNotContain("en-US");
    }

    @Test
    void theSpecificationsExampleImports() throws Exception {
        byte[] xml = Files.readAllBytes(CapFiles.amberAlert());
        for (CapReader r : List.of(reader, ownChecks)) {
            ImportedWarning amber = r.read(xml);
            assertThat(amber.identifier()).isEqualTo("KAR0-0306112239-SW");
            assertThat(amber.sender()).isEqualTo("KARO@CLETS.DOJ.CA.GOV");
            assertThat(amber.sent()).isEqualTo(Instant.parse("2003-06-12T05:39:00Z"));
            assertThat(amber.infos()).hasSize(2);
            assertThat(amber.infos().get(1).headline()).isEqualTo("Alerta Amber en el condado de Los Ángeles");
            assertThat(amber.infos().getFirst().areas().getFirst().geocodes()).containsExactly("SAME=006037");
        }
        Warnings w = new Warnings();
        ImportWarning.Result first = w.run(new ImportWarning(reader.read(xml), "anna"), T);
        ImportWarning.Result again = w.run(new ImportWarning(reader.read(xml), "bertil"), T);
        assertThat(first.recorded()).isTrue();
        assertThat(again.recorded()).isFalse();
        assertThat(w.events).hasSize(1);
    }

    @Test
    void anExternalEntityIsRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&xxe;</identifier></alert>
                """;
        for (CapReader r : List.of(reader, ownChecks)) {
            assertThatThrownBy(() -> r.read(xxe.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 2: a DOCTYPE is not allowed")
                    .hasMessageNotContaining("root:");
        }
        assertThat(CapFiles.schema().problems(xxe.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    @Test
    void aBillionLaughsIsRefusedAtOnce() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE alert [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        String bomb = dtd + "]>\n<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><note>&lol9;</note></alert>\n";
        assertThatThrownBy(() -> reader.read(bomb.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("a DOCTYPE is not allowed");
    }

    @Test
    void anOversizedDocumentIsRefusedBeforeParsing() {
        byte[] big = ("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><note>" + "x".repeat(300_000)
                + "</note></alert>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(big)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is " + big.length + " bytes; at most 262144");
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:oasis:names:tc:emergency:cap:1.1", ""})
    void anotherNamespaceIsRefused(String namespace) throws Exception {
        String amber = Files.readString(CapFiles.amberAlert())
                .replace("xmlns = \"urn:oasis:names:tc:emergency:cap:1.2\"", namespace.isEmpty() ? "" : "xmlns=\"" + namespace + "\"");
        assertThatThrownBy(() -> reader.read(amber.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 2: the root element is {" + namespace + "}alert; a CAP 1.2 message is an alert"
                        + " in namespace urn:oasis:names:tc:emergency:cap:1.2");
    }

    /** Three mistakes: each named with its line, by the schema and by the reader's own checks. */
    @Test
    void aSchemaInvalidMessageIsRefusedNamingEveryProblemWithItsLine() throws Exception {
        String bad = Files.readString(CapFiles.amberAlert())
                .replace("<status>Actual</status>", "<status>Real</status>")
                .replace("<urgency>Immediate</urgency>", "<urgency>Now</urgency>")
                .replace("<sent>2003-06-11T22:39:00-07:00</sent>", "<sent>2003-06-11T22:39:00Z</sent>");
        byte[] xml = bad.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(xml)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 5:").hasMessageContaining("line 6:").hasMessageContaining("line 14:");
        assertThatThrownBy(() -> ownChecks.read(xml)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 5: sent '2003-06-11T22:39:00Z' is not a CAP date-time")
                .hasMessageContaining("line 6: status 'Real' is not one of")
                .hasMessageContaining("line 14: urgency 'Now' is not one of");
    }

    @Test
    void notWellFormedIsRefusedWithItsLine() {
        assertThatThrownBy(() -> reader.read("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">\n<note>\n</alert>"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 3: not well-formed XML");
    }
}
