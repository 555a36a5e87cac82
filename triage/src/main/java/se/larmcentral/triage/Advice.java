package se.larmcentral.triage;

import java.util.List;

/** Instructions the operator gives the caller (for instance CPR), step by step. */
public record Advice(String id, Text title, List<Text> steps) {

    public Advice {
        steps = List.copyOf(steps);
    }

    /** The advice for a reader of one language. */
    public Advice in(String language) {
        return new Advice(id, title.only(language), steps.stream().map(s -> s.only(language)).toList());
    }
}
