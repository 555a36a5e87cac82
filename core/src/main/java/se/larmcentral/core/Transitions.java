package se.larmcentral.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A state machine's transition table: every change not listed is refused. A module writes its table as data
 * ({@code Transitions.of(CallState.class, "call", "state").allow(QUEUED, ANSWERED, ABANDONED)...build()}), so that
 * a test can check every pair against it and a reader sees the whole machine at once. Every state needs a row
 * (an empty one for a final state), so a state added to the enum cannot be forgotten.
 *
 * @param <S> the states
 */
public final class Transitions<S extends Enum<S>> {

    private final Map<S, Set<S>> allowed;
    private final String subject;
    private final String field;

    private Transitions(Map<S, Set<S>> allowed, String subject, String field) {
        this.allowed = allowed;
        this.subject = subject;
        this.field = field;
    }

    /**
     * A table to be filled in.
     *
     * @param subject what changes state, in refusals ({@code call}: "call c1 is QUEUED and ...")
     * @param field   the field a refusal names ({@code state}, {@code status})
     */
    public static <S extends Enum<S>> Builder<S> of(Class<S> type, String subject, String field) {
        return new Builder<>(type, subject, field);
    }

    public boolean isAllowed(S from, S to) {
        return allowed.get(from).contains(to);
    }

    /** The states {@code from} may change to; empty for a final state. */
    public Set<S> allowedFrom(S from) {
        return allowed.get(from);
    }

    /**
     * Refuses a change the table does not allow, naming what changes, its current and wanted state, and what it
     * may become instead.
     *
     * @param id the call's, unit's... id, named in the refusal
     * @throws ConflictException on this table's field
     */
    public void check(String id, S from, S to) {
        if (!isAllowed(from, to)) {
            Set<S> next = allowedFrom(from);
            String may = next.isEmpty() ? "nothing (its life is over)"
                    : next.stream().map(Enum::name).collect(Collectors.joining(", "));
            throw new ConflictException(field, subject + " " + id + " is " + from + " and cannot become " + to
                    + "; from " + from + " it may become: " + may);
        }
    }

    /** Collects the rows; {@link #build()} refuses a table that misses a state. */
    public static final class Builder<S extends Enum<S>> {

        private final Class<S> type;
        private final String subject;
        private final String field;
        private final Map<S, Set<S>> rows;

        private Builder(Class<S> type, String subject, String field) {
            this.type = type;
            this.subject = subject;
            this.field = field;
            this.rows = new EnumMap<>(type);
        }

        /** The row of {@code from}: the states it may change to (none for a final state). */
        @SafeVarargs
        public final Builder<S> allow(S from, S... to) {
            EnumSet<S> next = EnumSet.noneOf(type);
            Collections.addAll(next, to);
            if (rows.putIfAbsent(from, Collections.unmodifiableSet(next)) != null) {
                throw new IllegalArgumentException("the table has two rows for " + from);
            }
            return this;
        }

        public Transitions<S> build() {
            EnumSet<S> missing = EnumSet.allOf(type);
            missing.removeAll(rows.keySet());
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("the table has no row for " + missing);
            }
            return new Transitions<>(new EnumMap<>(rows), subject, field);
        }
    }
}
