package se.larmcentral.config;

import se.larmcentral.core.DomainException;
import se.larmcentral.crisis.contract.CareContract;
import se.larmcentral.crisis.contract.ContractRegion;
import se.larmcentral.crisis.contract.ContractTerms;
import se.larmcentral.crisis.contract.Extension;
import se.larmcentral.crisis.contract.ReceivingParty;
import se.larmcentral.crisis.contract.ReminderSchedule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns {@code contract} into the centre's {@link ContractTerms}; a bad value stops start-up naming the setting
 * ({@code contract.end}, {@code contract.extensions[1].newEnd}, {@code contract.receiver.kind}, ...).
 */
public final class ContractSettings {

    private static final String PREFIX = "contract.";

    private ContractSettings() {
    }

    public static ContractTerms terms(Settings.Contract settings) {
        if (settings == null) {
            return ContractTerms.none();
        }
        ReminderSchedule reminders;
        try {
            reminders = new ReminderSchedule(settings.reminderDays());
        } catch (DomainException e) {
            throw new InvalidSettingException(PREFIX + e.field().replace("reminders", "reminderDays"), reason(e));
        }
        if (blank(settings.countyCode())) {
            return new ContractTerms(List.of(), reminders);
        }
        ReceivingParty receiver = receiver(settings.receiver());
        List<Extension> extensions = new ArrayList<>();
        for (int i = 0; i < settings.extensions().size(); i++) {
            Settings.ContractExtension entry = settings.extensions().get(i);
            String prefix = PREFIX + "extensions[" + i + "].";
            try {
                extensions.add(new Extension(date(prefix + "newEnd", entry.newEnd()),
                        date(prefix + "decidedOn", entry.decidedOn()), entry.reason()));
            } catch (DomainException e) {
                throw new InvalidSettingException(prefix + e.field(), reason(e));
            }
        }
        try {
            CareContract contract = new CareContract(new ContractRegion(settings.countyCode(), settings.countyName()),
                    date(PREFIX + "start", settings.start()), date(PREFIX + "end", settings.end()), extensions,
                    settings.fleet(), settings.responseRules(), receiver);
            return new ContractTerms(List.of(contract), reminders);
        } catch (DomainException e) {
            throw new InvalidSettingException(PREFIX + settingOf(e.field()), reason(e));
        }
    }

    private static ReceivingParty receiver(Settings.ContractReceiver receiver) {
        if (receiver == null) {
            throw new InvalidSettingException(PREFIX + "receiver", "name who takes over at the end (kind, name, contact)");
        }
        String kind = receiver.kind() == null ? "" : receiver.kind().strip().toUpperCase(Locale.ROOT);
        ReceivingParty.Kind parsed = switch (kind) {
            case "CENTRE" -> ReceivingParty.Kind.CENTRE;
            case "REGION" -> ReceivingParty.Kind.REGION;
            default -> throw new InvalidSettingException(PREFIX + "receiver.kind",
                    "'" + receiver.kind() + "' is neither CENTRE (another centre) nor REGION (the region itself)");
        };
        try {
            return new ReceivingParty(parsed, receiver.name(), receiver.contact());
        } catch (DomainException e) {
            throw new InvalidSettingException(PREFIX + e.field(), reason(e));
        }
    }

    private static LocalDate date(String setting, String text) {
        if (blank(text)) {
            throw new InvalidSettingException(setting, "a date (yyyy-mm-dd) is required");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidSettingException(setting, "'" + text + "' is not a date (yyyy-mm-dd)");
        }
    }

    /** The domain's field names where they differ from the settings' ({@code region.name} is {@code countyName}). */
    private static String settingOf(String field) {
        return switch (field) {
            case "region.countyCode" -> "countyCode";
            case "region.name" -> "countyName";
            default -> field;
        };
    }

    private static String reason(DomainException e) {
        return e instanceof se.larmcentral.core.InvalidInputException invalid ? invalid.reason() : e.getMessage();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
