package se.larmcentral.core;

/**
 * Marker for everything the journal records. Each module declares a sealed sub-interface
 * (for example {@code SocialEvent}) whose permitted records are its events; the journal names each event
 * type after its module and record so that the names in the journal are stable and readable.
 *
 * <p>Events are plain records of strings, numbers, enums, {@code java.time} values, core value types and
 * lists or nested records of those, so that they serialise without annotations.
 */
public interface DomainEvent {
}
