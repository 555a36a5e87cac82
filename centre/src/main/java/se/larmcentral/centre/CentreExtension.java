package se.larmcentral.centre;

import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.Projection;

import java.util.function.Supplier;

/**
 * A part a front adds to the centre's state and event registry, for itself only (the demo's record of which seeds
 * it loaded). The production centre registers none: its journal holds only the modules' events.
 *
 * @param events        the sealed interface of the part's events, registered with the journal's codec
 * @param journalModule the module its events are named after in the journal ({@code <module>.<Record>})
 * @param projection    a fresh, empty projection of those events, reachable through {@link CentreState#extension}
 */
public record CentreExtension(Class<? extends DomainEvent> events, String journalModule,
                              Supplier<? extends Projection> projection) {
}
