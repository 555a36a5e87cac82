package se.larmcentral.web.calls;


import se.larmcentral.centre.CommandSubmitter;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.calls.AttachPosition;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallUpdate;
import se.larmcentral.calls.FieldProblem;
import se.larmcentral.calls.MunicipalityLocation;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.calls.ReportedPosition;
import se.larmcentral.calls.location.AmlForm;
import se.larmcentral.calls.location.AmlMessage;
import se.larmcentral.calls.location.AmlParser;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.web.auth.Access;
import se.larmcentral.centre.CentreState;
import se.larmcentral.web.Route;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * The AML receivers (Advanced Mobile Location): {@code POST /api/aml/sms} takes the SMS text as the body with the
 * sender's number from the SMS gateway ({@code ?sender=} or the {@code X-Sms-Sender} header); {@code POST
 * /api/aml/https} takes the form-encoded HTTPS body, whose {@code device_number} names the handset. The position is
 * attached to the caller's latest open call with the municipality located for it, as the system actor
 * {@code aml-receiver}.
 *
 * <p>Both ALWAYS answer 202 (a handset does not resend): the problems of the message, the matching and the
 * attachment are in the answer, never in the status; the log names the call and counts the problems, without the
 * phone numbers and identities (IMSI, IMEI) of the message.
 */
public final class AmlRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(AmlRoutes.class);
    public static final String SENDER_HEADER = "X-Sms-Sender";

    /**
     * What became of an AML message.
     *
     * @param problems     every field that could not be used, and why (from the parser, the sender, the matching)
     * @param callId       the call the position was attached to, or null
     * @param attached     whether the position was attached
     * @param municipality the municipality located for the position, or null when nothing was attached
     * @param message      the parsed message: every field as received and every value read
     */
    public record AmlReceipt(String form, List<FieldProblem> problems, ReportedPosition position, String callId,
                             boolean attached, MunicipalityLocation municipality, String outcome, AmlMessage message) {
    }

    private final CommandSubmitter receiver;
    private final MunicipalityLookup lookup;
    private final Clock clock;
    private final long maxBytes;

    public AmlRoutes(CommandSubmitter receiver, MunicipalityLookup lookup, Clock clock, long maxBytes) {
        this.receiver = receiver;
        this.lookup = lookup;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public List<Route> routes() {
        return List.of(
                Route.post("/api/aml/sms").access(Access.roles(INTEGRATION)).tag(CallRoutes.TAG)
                        .summary("An AML SMS (text body A\"ML=1;lt=...;ml=N) with the sender's number from the SMS gateway"
                                + " (?sender= or header " + SENDER_HEADER + "); always 202 with the problems in the answer")
                        .query("sender", "the SMS sender's number (E.164 or Swedish form), to find the call")
                        .response(AmlReceipt.class)
                        .handle(ctx -> receive(ctx, AmlForm.SMS.name(), AmlParser::parseSms, sender(ctx))),
                Route.post("/api/aml/https").access(Access.roles(INTEGRATION)).tag(CallRoutes.TAG)
                        .summary("An AML HTTPS message (application/x-www-form-urlencoded; device_number finds the call);"
                                + " always 202 with the problems in the answer")
                        .response(AmlReceipt.class)
                        .handle(ctx -> receive(ctx, AmlForm.HTTPS.name(), AmlParser::parseHttps, null)));
    }

    private static String sender(Context ctx) {
        String query = ctx.queryParam("sender");
        return query != null && !query.isBlank() ? query : ctx.header(SENDER_HEADER);
    }

    private void receive(Context ctx, String form, Function<String, AmlMessage> parser, String senderText) {
        ctx.status(HttpStatus.ACCEPTED).json(receive(form, problems -> body(ctx, problems), parser, senderText));
    }

    /**
     * Reads, parses and attaches one message; never throws, so the handset always gets its 202. The log names the
     * call and counts the problems, never the numbers or identities in the message.
     */
    public AmlReceipt receive(String form, Function<List<FieldProblem>, String> body, Function<String, AmlMessage> parser,
                       String senderText) {
        List<FieldProblem> problems = new ArrayList<>();
        AmlMessage message = null;
        AmlReceipt receipt;
        try {
            message = parser.apply(body.apply(problems));
            problems.addAll(0, message.problems());
            receipt = attach(message, senderText, problems);
        } catch (RuntimeException e) {
            // Whatever happens, the handset gets its 2xx: the failure is logged and told in the answer.
            String step = message == null ? "read" : "attached";
            LOG.error("AML {} message could not be {}", form, step, e);
            problems.add(new FieldProblem("message", "", "could not be " + step + ": " + e.getMessage()));
            receipt = new AmlReceipt(form, problems, message == null ? null : message.position().orElse(null), null,
                    false, null, "not " + (message == null ? "read" : "attached") + ": the failure is logged", message);
        }
        if (!receipt.problems().isEmpty() || !receipt.attached()) {
            LOG.warn("AML {} message for call {}: {}; {} problem(s) in fields {}", receipt.form(),
                    receipt.callId() == null ? "(none)" : receipt.callId(), receipt.attached() ? "attached" : "not attached",
                    receipt.problems().size(), receipt.problems().stream().map(FieldProblem::field).distinct().toList());
        }
        return receipt;
    }

    private AmlReceipt attach(AmlMessage message, String senderText, List<FieldProblem> problems) {
        String form = message.form().name();
        Optional<ReportedPosition> position = message.position();
        PhoneNumber caller = callerNumber(message, senderText, problems);
        if (position.isEmpty()) {
            return new AmlReceipt(form, problems, null, null, false, null, "no position in the message", message);
        }
        if (caller == null) {
            return new AmlReceipt(form, problems, position.get(), null, false, null,
                    "no caller number: the position cannot be matched to a call", message);
        }
        java.time.Instant now = clock.instant();
        Optional<Call> call = receiver.read(s -> s.calls().latestOpenCallFrom(caller, now));
        if (call.isEmpty()) {
            problems.add(new FieldProblem("callerNumber", caller.e164(), "no open call from this number"));
            return new AmlReceipt(form, problems, position.get(), null, false, null,
                    "no open call from " + caller.national(), message);
        }
        MunicipalityLocation located = lookup.locate(position.get());
        try {
            CallUpdate update = receiver.execute(new AttachPosition(call.get().id(), position.get(), located)
                    .on(CentreState::calls));
            return new AmlReceipt(form, problems, position.get(), update.callId(), true, located, update.explanation(), message);
        } catch (DomainException e) {
            problems.add(new FieldProblem(e.field() == null ? "callId" : e.field(), call.get().id(), e.getMessage()));
            return new AmlReceipt(form, problems, position.get(), call.get().id(), false, located,
                    "not attached: " + e.getMessage(), message);
        }
    }

    private static PhoneNumber callerNumber(AmlMessage message, String senderText, List<FieldProblem> problems) {
        if (message.handset() != null && message.handset().number() != null) {
            return message.handset().number();
        }
        if (senderText == null || senderText.isBlank()) {
            problems.add(new FieldProblem("sender", "", "no caller number: an HTTPS message names it in device_number,"
                    + " the SMS gateway gives the SMS sender (?sender= or " + SENDER_HEADER + ")"));
            return null;
        }
        try {
            return PhoneNumber.parse("sender", senderText);
        } catch (DomainException e) {
            problems.add(new FieldProblem("sender", senderText, e.getMessage()));
            return null;
        }
    }

    /** The body as text, cut at the size limit (reported, never refused: the handset must get its 2xx). */
    private String body(Context ctx, List<FieldProblem> problems) {
        byte[] kept = se.larmcentral.web.BoundedBody.kept(ctx);
        if (kept != null) {
            return new String(kept, StandardCharsets.UTF_8); // read already (an Idempotency-Key's fingerprint)
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                problems.add(new FieldProblem("body", "", "has more than " + maxBytes + " bytes; only the first were read"));
                in.skip(Long.MAX_VALUE);
                return new String(bytes, 0, (int) maxBytes, StandardCharsets.UTF_8);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new FieldProblem("body", "", "cannot be read: " + e.getMessage()));
            return "";
        }
    }
}
