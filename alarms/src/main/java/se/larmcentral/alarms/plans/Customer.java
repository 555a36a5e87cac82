package se.larmcentral.alarms.plans;

import se.larmcentral.core.PhoneNumber;

/**
 * A customer of the alarm service (larmkund): a municipality, a region or a company, under a contract.
 *
 * @param id                the customer's key ({@code nacka-kommun})
 * @param contractReference the contract the service is given under (avtalsnummer)
 * @param onCallNumber      the customer's on-call number (jourtelefon) in E.164, notified by plans that say so
 */
public record Customer(String id, String name, CustomerKind kind, String contractReference, String onCallNumber) {

    public Customer {
        Fields.id("id", id);
        name = Fields.text("name", name, 120);
        if (kind == null) {
            throw new se.larmcentral.core.InvalidInputException("kind", "is missing; one of municipality, region, company");
        }
        contractReference = Fields.text("contractReference", contractReference, 60);
        onCallNumber = PhoneNumber.parse("onCallNumber", onCallNumber).toString();
    }

    /** From what a person typed: the kind by name, any case. */
    public static Customer of(String id, String name, String kind, String contractReference, String onCallNumber) {
        return new Customer(id, name, Fields.choice("kind", CustomerKind.class, kind), contractReference, onCallNumber);
    }
}
