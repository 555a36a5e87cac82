package se.larmcentral.social;

/**
 * The party whose line a routing decision is for: a municipality's socialjour (reached through 112 or the
 * municipality's direct numbers) or a customer's on-call line (jourlinje). Agreements, direct numbers, plans and
 * routed calls name their owner by {@link #key()}: an SCB code or a customer id, which cannot be confused.
 * Everything else in the routing is the same for both; only what is said without an agreement or a message differs.
 */
public sealed interface LineOwner {

    /** The SCB code or the customer id. */
    String key();

    /** As the operator says it. */
    String name();

    /** Said when an agreement sends a caller to a message but the owner has given none. */
    String closedWithoutMessage();

    /** A municipality's socialjour: without an agreement, the dated no-agreement policy applies. */
    record OfMunicipality(Municipality municipality) implements LineOwner {

        @Override
        public String key() {
            return municipality.code();
        }

        @Override
        public String name() {
            return municipality.name();
        }

        @Override
        public String closedWithoutMessage() {
            return DecisionTexts.CLOSED_WITHOUT_MESSAGE;
        }
    }

    /** A customer's on-call line: without an agreement in force it is not available (no policy applies). */
    record OfCustomer(Customer customer) implements LineOwner {

        /** Said when the customer has no agreement in force. */
        public static final String NO_AGREEMENT = "Jourlinjen har inget avtal med larmcentralen just nu och kan inte kopplas.";

        @Override
        public String key() {
            return customer.id();
        }

        @Override
        public String name() {
            return customer.name();
        }

        @Override
        public String closedWithoutMessage() {
            return "Jouren kan inte nås just nu och " + customer.name() + " har inte lämnat något meddelande.";
        }
    }
}
