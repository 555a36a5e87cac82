package se.larmcentral.social;

import se.larmcentral.core.InvalidInputException;

/**
 * A customer (kund) whose on-call line the centre answers: a company, a municipality's or a region's own service
 * (e.g. a property owner's fault line, a municipality's technical on-call). Its line is routed by the same engine as
 * a municipality's socialjour: an agreement, set times, holiday rules, one-off changes and a jour's roster.
 *
 * @param id   stable key, lower-case letters, digits and '-', starting with a letter so that it never reads as an
 *             SCB municipality code (agreements and direct numbers name their owner by either)
 * @param name as the operator says it
 * @param kind what kind of organisation it is
 */
public record Customer(String id, String name, Kind kind) {

    /** What kind of organisation the customer is. */
    public enum Kind {
        COMPANY, MUNICIPALITY, REGION
    }

    public Customer {
        if (id == null || !id.matches("[a-z][a-z0-9-]{0,63}")) {
            throw new InvalidInputException("id", "must be 1-64 lower-case letters, digits or '-', starting with a letter,"
                    + " was '" + id + "'");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "customer " + id + " needs a name");
        }
        if (kind == null) {
            throw new InvalidInputException("kind", "customer " + id + " needs a kind: COMPANY, MUNICIPALITY or REGION");
        }
        name = name.strip();
    }
}
