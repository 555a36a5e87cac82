package se.larmcentral.triage;

import se.larmcentral.core.ConflictException;
import se.larmcentral.core.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every version of the medical index and of the region's response rules the centre knows: the ones it was started
 * with (its configuration, the base) and every one published since, in order. The latest of each is current: new
 * assessments run on it. An assessment keeps the versions it started with, so it is looked up here by them; a
 * running interview is never switched to a newer index. Immutable: a publication gives a new value.
 */
public final class TriageVersions {

    /** Longer documents are refused: the journal keeps the whole text in one event. */
    public static final int MAX_DOCUMENT_CHARS = 500_000;

    private final TriageConfig current;
    private final String baseRulesVersion;
    private final Map<String, MedicalIndex> indexes;
    private final Map<String, RegionalResponseRules> rules;
    private final List<PublishedVersion> indexHistory;
    private final List<PublishedVersion> rulesHistory;

    private TriageVersions(TriageConfig current, String baseRulesVersion, Map<String, MedicalIndex> indexes,
                           Map<String, RegionalResponseRules> rules, List<PublishedVersion> indexHistory,
                           List<PublishedVersion> rulesHistory) {
        this.current = current;
        this.baseRulesVersion = baseRulesVersion;
        this.indexes = indexes;
        this.rules = rules;
        this.indexHistory = List.copyOf(indexHistory);
        this.rulesHistory = List.copyOf(rulesHistory);
    }

    /** The versions of a centre where nothing has been published: only its configuration. */
    public static TriageVersions startingWith(TriageConfig base) {
        Map<String, MedicalIndex> indexes = new LinkedHashMap<>();
        indexes.put(base.index().version(), base.index());
        Map<String, RegionalResponseRules> rules = new LinkedHashMap<>();
        rules.put(base.rules().version(), base.rules());
        return new TriageVersions(base, base.rules().version(), indexes, rules,
                List.of(new PublishedVersion(base.index().version(), base.index().title().first(), null, null)),
                List.of(new PublishedVersion(base.rules().version(), base.rules().region(), null, null)));
    }

    /** The index and rules new assessments run on. */
    public TriageConfig current() {
        return current;
    }

    public Optional<MedicalIndex> index(String version) {
        return Optional.ofNullable(indexes.get(version));
    }

    public Optional<RegionalResponseRules> rules(String version) {
        return Optional.ofNullable(rules.get(version));
    }

    /**
     * The index and rules an assessment runs on: the versions it started with (an assessment recorded before rules
     * were versioned on it ran on the configured rules). When the centre no longer has its rules version (the
     * configured rules file was replaced), the current rules, if its index fits them. Empty when the centre no longer
     * has its index version (started under another configured index); such an assessment can be read but not
     * continued.
     */
    public Optional<TriageConfig> configOf(Assessment assessment) {
        MedicalIndex index = indexes.get(assessment.indexVersion());
        RegionalResponseRules regional = rules.getOrDefault(assessment.rulesVersion() == null ? baseRulesVersion
                : assessment.rulesVersion(), current.rules());
        if (index == null) {
            return Optional.empty();
        }
        if (index == current.index() && regional == current.rules()) {
            return Optional.of(current);
        }
        if (!IndexValidator.validate(index, regional.scale()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TriageConfig(index, regional));
    }

    /** Every index version, oldest first (the configured one first). */
    public List<PublishedVersion> indexVersions() {
        return indexHistory;
    }

    /** Every version of the response rules, oldest first (the configured one first). */
    public List<PublishedVersion> rulesVersions() {
        return rulesHistory;
    }

    /**
     * Reads an index to publish and checks it against the current rules' scale: the document as data or every
     * problem. The version is not checked here ({@link #requireNewIndexVersion}).
     */
    public TriageDocuments.Read<MedicalIndex> readIndex(String text, TriageDocuments documents) {
        requireDocument(text, "index");
        return documents.index(text, current.rules().scale());
    }

    /**
     * Reads response rules to publish: the rules or every problem, including each problem the current index has
     * against the new rules' priority scale (the index must fit the rules it runs with).
     */
    public TriageDocuments.Read<RegionalResponseRules> readRules(String text, TriageDocuments documents) {
        requireDocument(text, "rules");
        TriageDocuments.Read<RegionalResponseRules> read = documents.rules(text);
        if (!read.valid()) {
            return read;
        }
        List<IndexProblem> problems = IndexValidator.validate(current.index(), read.value().scale()).stream()
                .map(p -> IndexProblem.at(p.place(), "the current index " + current.index().version()
                        + " does not fit these rules: " + p.message()))
                .toList();
        return problems.isEmpty() ? read : new TriageDocuments.Read<>(null, problems);
    }

    /** Refuses a version that is already used or not newer than the current index's ({@code version}, 409). */
    public void requireNewIndexVersion(String version) {
        requireNew(version, indexes.keySet(), current.index().version(), "index");
    }

    /** Refuses a rules version that is already used or not newer than the current one ({@code version}, 409). */
    public void requireNewRulesVersion(String version) {
        requireNew(version, rules.keySet(), current.rules().version(), "response rules");
    }

    /** After a published index (checked already): it becomes current. */
    public TriageVersions withIndex(MedicalIndex index, Instant at, String by) {
        Map<String, MedicalIndex> all = new LinkedHashMap<>(indexes);
        all.put(index.version(), index);
        List<PublishedVersion> history = new ArrayList<>(indexHistory);
        history.add(new PublishedVersion(index.version(), index.title().first(), at, by));
        return new TriageVersions(new TriageConfig(index, current.rules()), baseRulesVersion, all, rules, history,
                rulesHistory);
    }

    /** After published response rules (checked already): they become current. */
    public TriageVersions withRules(RegionalResponseRules published, Instant at, String by) {
        Map<String, RegionalResponseRules> all = new LinkedHashMap<>(rules);
        all.put(published.version(), published);
        List<PublishedVersion> history = new ArrayList<>(rulesHistory);
        history.add(new PublishedVersion(published.version(), published.region(), at, by));
        return new TriageVersions(new TriageConfig(current.index(), published), baseRulesVersion, indexes, all,
                indexHistory, history);
    }

    private static void requireDocument(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("document", "is empty; send the " + what + " as YAML");
        }
        if (text.length() > MAX_DOCUMENT_CHARS) {
            throw new InvalidInputException("document", "has " + text.length() + " characters; at most "
                    + MAX_DOCUMENT_CHARS + " are accepted");
        }
    }

    private static void requireNew(String version, java.util.Set<String> used, String currentVersion, String what) {
        if (used.contains(version)) {
            throw new ConflictException("version", what + " version '" + version + "' is already used"
                    + (version.equals(currentVersion) ? " (it is the current one)" : "")
                    + "; give the new version a new number");
        }
        if (!VersionOrder.isNewer(version, currentVersion)) {
            throw new ConflictException("version", what + " version '" + version + "' is not newer than the current"
                    + " version '" + currentVersion + "' (versions are compared by their numbers, in order)");
        }
    }

    /** Every problem as one line each, for a refusal in words. */
    static String describe(List<IndexProblem> problems) {
        return problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ": "
                + problems.stream().map(IndexProblem::toString).collect(Collectors.joining("; "));
    }
}
