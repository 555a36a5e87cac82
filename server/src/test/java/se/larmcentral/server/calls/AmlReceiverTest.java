package se.larmcentral.server.calls;




import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import se.larmcentral.calls.FieldProblem;
import se.larmcentral.calls.MunicipalityLookup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import se.larmcentral.web.calls.AmlRoutes;
import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.calls.CallsCentre.ok;

/** The AML receiver's guarantees: always a receipt (202), and a log without personal data. */
class AmlReceiverTest {

    private static final Instant START = Instant.parse("2025-06-10T08:00:00Z");

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(AmlRoutes.class);

    @BeforeEach
    void capture() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void release() {
        logger.detachAppender(log);
    }

    @Test
    void theLogNamesTheCallAndCountsProblemsWithoutNumbersOrIdentities() {
        try (CallsCentre centre = new CallsCentre(dir, START)) {
            ok(centre.postAnonymous("/api/aml/sms?sender=%2B46709999999", "text/plain",
                    CallLocationApiTest.SMS_STOCKHOLM.replace("lc=68", "lc=120")), 202);
            centre.intake("AML-1", "+46701112233");
            ok(centre.postAnonymous("/api/aml/sms?sender=%2B46701112233", "text/plain",
                    CallLocationApiTest.SMS_STOCKHOLM.replace("lc=68", "lc=120")), 202);
        }
        assertThat(log.list).hasSizeGreaterThanOrEqualTo(2);
        assertThat(log.list).allSatisfy(event -> assertThat(event.getFormattedMessage())
                .doesNotContain("709999999", "701112233", "240011234567890", "356938035643809"));
        assertThat(log.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .contains("call (none)", "not attached", "problem(s)", "callerNumber"));
        assertThat(log.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .contains("call AML-1", "attached", "2 problem(s) in fields [lc, ml]"));
    }

    @Test
    void aParserThatFailsStillGivesAReceiptNamingTheProblem() {
        AmlRoutes routes = new AmlRoutes(null, MunicipalityLookup.none(), Clock.fixed(START, ZoneOffset.UTC), 4096);
        AmlRoutes.AmlReceipt receipt = routes.receive("SMS", problems -> "A\"ML=1;lt=+59.3",
                text -> {
                    throw new IllegalStateException("parser bug");
                }, "+46701234567");
        assertThat(receipt.attached()).isFalse();
        assertThat(receipt.message()).isNull();
        assertThat(receipt.problems()).extracting(FieldProblem::field).containsExactly("message");
        assertThat(receipt.problems().getFirst().reason()).contains("could not be read", "parser bug");
        assertThat(log.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .contains("AML SMS message could not be read"));
    }
}
