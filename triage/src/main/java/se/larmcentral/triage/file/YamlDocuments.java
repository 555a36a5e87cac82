package se.larmcentral.triage.file;

import se.larmcentral.triage.MedicalIndex;
import se.larmcentral.triage.RegionalResponseRules;
import se.larmcentral.triage.TriageDocuments;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * Reads published documents from YAML. Reading an index (with the validator's reachability check) takes a good
 * fraction of a second, and a publication is read when it is checked, when the command decides and when the state
 * takes it; so the last few results are kept (a document read twice gives the same immutable value).
 */
public final class YamlDocuments implements TriageDocuments {

    private static final int KEPT = 4;
    private static final YamlDocuments SHARED = new YamlDocuments();

    private final Map<Object, Read<?>> recent = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Read<?>> eldest) {
            return size() > KEPT;
        }
    };

    /** One reader for the whole process, so a document checked before it is published is read once. */
    public static YamlDocuments shared() {
        return SHARED;
    }

    private record IndexKey(String text, Set<Integer> scale) {
    }

    private record RulesKey(String text) {
    }

    @Override
    @SuppressWarnings("unchecked")
    public Read<MedicalIndex> index(String text, SortedSet<Integer> scale) {
        IndexKey key = new IndexKey(text, Set.copyOf(scale));
        Read<MedicalIndex> kept;
        synchronized (recent) {
            kept = (Read<MedicalIndex>) recent.get(key);
        }
        if (kept != null) {
            return kept;
        }
        Read<MedicalIndex> read;
        try {
            MedicalIndexFile.Result result = MedicalIndexFile.read(new StringReader(text), "the index", scale);
            read = new Read<>(result.index(), result.problems());
        } catch (IndexFileException e) {
            read = new Read<>(null, e.problems());
        }
        synchronized (recent) {
            recent.put(key, read);
        }
        return read;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Read<RegionalResponseRules> rules(String text) {
        RulesKey key = new RulesKey(text);
        Read<RegionalResponseRules> kept;
        synchronized (recent) {
            kept = (Read<RegionalResponseRules>) recent.get(key);
        }
        if (kept != null) {
            return kept;
        }
        Read<RegionalResponseRules> read;
        try {
            read = new Read<>(RegionalRulesFile.read(new StringReader(text), "the response rules"), java.util.List.of());
        } catch (IndexFileException e) {
            read = new Read<>(null, e.problems());
        }
        synchronized (recent) {
            recent.put(key, read);
        }
        return read;
    }
}
