package se.larmcentral.web.social;

import se.larmcentral.core.DomainException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.social.AddAgreement;
import se.larmcentral.social.OneOffChange;
import se.larmcentral.social.Schedule;
import se.larmcentral.social.file.SocialConfiguration;
import se.larmcentral.social.file.SocialConfigurationReader;
import se.larmcentral.web.social.SocialRequests.AgreementRequest;
import se.larmcentral.web.social.SocialRequests.OneOffChangeRequest;
import se.larmcentral.web.social.SocialRequests.ScheduleRequest;

import java.util.List;

/**
 * Turns the text terms of an agreement (weekly lines, day-type and date rules, one-off changes) into the social
 * module's values through its configuration reader, so that the API and the configuration file accept exactly
 * the same forms. Errors keep the reader's field names, relative to the request body
 * ({@code weekly[1]}, {@code oneOffChanges[0].to}).
 */
final class AgreementTerms {

    private static final String PLACE = "agreements[0]";
    /** Stand-ins for terms a partial request does not carry; they never reach a command. */
    private static final String ANY_MUNICIPALITY = "0000";
    private static final String ANY_DATE = "2000-01-01";

    private AgreementTerms() {
    }

    static AddAgreement addAgreement(AgreementRequest r) {
        return convert(new SocialConfiguration.AgreementEntry(r.municipality(), r.jourId(), r.kind(), r.validFrom(),
                r.validUntil(), r.forwardingNumber(), r.answeredAroundTheClock(), r.outsideHours(), r.instructions(),
                r.message(), r.usesRoster(), r.weekly(), r.dayTypes(), r.dates(), r.oneOffChanges() == null ? null
                        : r.oneOffChanges().stream().map(AgreementTerms::entry).toList()), PLACE + ".");
    }

    /** The terms of a customer's line's agreement, checked as a municipality's are (a stand-in code while converting). */
    static AddAgreement addCustomerAgreement(AgreementRequest r) {
        return addAgreement(new AgreementRequest(ANY_MUNICIPALITY, r.jourId(), r.kind(), r.validFrom(), r.validUntil(),
                r.forwardingNumber(), r.answeredAroundTheClock(), r.outsideHours(), r.instructions(), r.message(),
                r.usesRoster(), r.weekly(), r.dayTypes(), r.dates(), r.oneOffChanges()));
    }

    static Schedule schedule(ScheduleRequest r) {
        return convert(new SocialConfiguration.AgreementEntry(ANY_MUNICIPALITY, null, "EXTENDED", ANY_DATE, null, null,
                null, null, null, null, false, r.weekly(), r.dayTypes(), r.dates(), null), PLACE + ".").schedule();
    }

    static OneOffChange oneOffChange(OneOffChangeRequest r) {
        return convert(new SocialConfiguration.AgreementEntry(ANY_MUNICIPALITY, null, "EXTENDED", ANY_DATE, null, null,
                null, null, null, null, false, null, null, null, List.of(entry(r))), PLACE + ".oneOffChanges[0].")
                .oneOffChanges().getFirst();
    }

    private static SocialConfiguration.OneOffEntry entry(OneOffChangeRequest c) {
        return new SocialConfiguration.OneOffEntry(c.id(), c.from(), c.to(), c.connect(), c.close(), c.note());
    }

    private static AddAgreement convert(SocialConfiguration.AgreementEntry entry, String prefix) {
        SocialConfiguration config = new SocialConfiguration(SocialConfigurationReader.FORMAT, null, List.of(),
                List.of(entry), List.of(), List.of());
        try {
            return (AddAgreement) SocialConfigurationReader.commands(config).getFirst().command();
        } catch (DomainException e) {
            if (e instanceof InvalidInputException invalid) {
                throw new InvalidInputException(relative(invalid.field(), prefix), invalid.reason());
            }
            throw e;
        }
    }

    private static String relative(String field, String prefix) {
        if (field == null || field.equals(PLACE) || field.equals(prefix.substring(0, prefix.length() - 1))) {
            return "body";
        }
        if (!field.startsWith(prefix)) {
            return field;
        }
        return field.substring(prefix.length());
    }
}
