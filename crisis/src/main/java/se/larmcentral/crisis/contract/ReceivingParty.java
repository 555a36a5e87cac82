package se.larmcentral.crisis.contract;

import se.larmcentral.core.InvalidInputException;

/**
 * Who takes over the region's open work when the contract ends: another centre, or the region running the service
 * itself (egen regi), with a contact the supervisor can reach.
 */
public record ReceivingParty(Kind kind, String name, String contact) {

    public enum Kind {
        /** Another dispatch centre. */
        CENTRE,
        /** The region itself (egen regi). */
        REGION
    }

    public ReceivingParty {
        if (kind == null) {
            throw new InvalidInputException("receiver.kind", "CENTRE or REGION");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("receiver.name", "the receiving party's name is required");
        }
        if (contact == null || contact.isBlank()) {
            throw new InvalidInputException("receiver.contact", "a contact (telephone or address) is required");
        }
        name = name.strip();
        contact = contact.strip();
    }
}
