package se.larmcentral.triage;

import java.util.List;
import java.util.SortedSet;

/**
 * Reads the text of a medical index or of a region's response rules into data, with every problem found. The
 * domain keeps published versions as their text (the journal records the text); this turns the text back into
 * an index when the state needs it. Implemented by {@code file.YamlDocuments}.
 */
public interface TriageDocuments {

    /** The index in {@code text}, valid for the scale; or every problem, each with its place and line. */
    Read<MedicalIndex> index(String text, SortedSet<Integer> scale);

    /** The response rules in {@code text}; or every problem. */
    Read<RegionalResponseRules> rules(String text);

    /**
     * What reading a document gave.
     *
     * @param value    the document as data, {@code null} when there are problems
     * @param problems every problem, empty when the document is valid
     */
    record Read<T>(T value, List<IndexProblem> problems) {
        public Read {
            problems = List.copyOf(problems);
            if (value == null && problems.isEmpty()) {
                throw new IllegalArgumentException("a document without a value must have problems");
            }
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** For a state that never reads published documents (a one-off assessment): refuses every document. */
    static TriageDocuments none() {
        return new TriageDocuments() {
            @Override
            public Read<MedicalIndex> index(String text, SortedSet<Integer> scale) {
                throw new IllegalStateException("this triage state reads no published index");
            }

            @Override
            public Read<RegionalResponseRules> rules(String text) {
                throw new IllegalStateException("this triage state reads no published response rules");
            }
        };
    }
}
