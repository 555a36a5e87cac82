package se.larmcentral.triage;

import java.util.List;

/** Instructions the operator gives the caller (for instance CPR), step by step. */
public record Advice(String id, String title, List<String> steps) {

    public Advice {
        steps = List.copyOf(steps);
    }
}
