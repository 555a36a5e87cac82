package se.larmcentral.config;

import se.larmcentral.crisis.cap.CapSchema;
import se.larmcentral.eido.EidoExchange;
import se.larmcentral.eido.EidoSchema;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The settings of what the centre exchanges with others in a standard form: {@code exchange} (incidents as EIDO)
 * and {@code warnings} (public warnings as CAP 1.2). A bad value stops start-up naming the setting.
 */
public final class ExchangeSettings {

    /** A domain name: what NENA's EIDO URNs carry as the agency. */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    /** CAP 1.2, sender: "MUST NOT include spaces, commas or restricted characters (< and &)". */
    private static final Pattern CAP_SENDER = Pattern.compile("[^\\s,<&]{1,200}");

    private ExchangeSettings() {
    }

    /** The configured schema file, or the shared data's when none is (read when EIDO is first used). */
    public static Path eidoSchemaFile(Settings.Exchange exchange) {
        return blank(exchange.eidoSchema()) ? EidoSchema.defaultFile() : Path.of(exchange.eidoSchema());
    }

    public static EidoExchange eido(Settings.Exchange exchange) {
        return new EidoExchange(eidoSchemaFile(exchange), exchange.agency(), "exchange.eidoSchema");
    }

    /** The CAP 1.2 schema imported CAP is checked against, or null when {@code warnings.capSchema} is empty. */
    public static CapSchema capSchema(Settings.Warnings warnings) {
        if (blank(warnings.capSchema())) {
            return null;
        }
        try {
            return CapSchema.load(Path.of(warnings.capSchema()));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("warnings.capSchema", e.getMessage());
        }
    }

    static void check(Settings.Exchange exchange, Settings.Warnings warnings) {
        if (exchange.agency() == null || !DOMAIN.matcher(exchange.agency()).matches()) {
            throw new InvalidSettingException("exchange.agency", "must be a domain name such as"
                    + " larmcentral.region.example (it names this centre in EIDO URNs), was '" + exchange.agency() + "'");
        }
        if (!blank(exchange.eidoSchema())) {
            try {
                EidoSchema.document(Path.of(exchange.eidoSchema())); // the validator is made when EIDO is first used
            } catch (RuntimeException e) {
                throw new InvalidSettingException("exchange.eidoSchema", e.getMessage());
            }
        }
        if (warnings.capSender() == null || !CAP_SENDER.matcher(warnings.capSender()).matches()) {
            throw new InvalidSettingException("warnings.capSender", "must be 1 to 200 characters without spaces, commas,"
                    + " '<' or '&' (CAP 1.2), such as larmcentral@region.example, was '" + warnings.capSender() + "'");
        }
        capSchema(warnings);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
