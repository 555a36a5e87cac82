package se.larmcentral.triage;

import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every case's priority assessment, by case id, and every version of the index and response rules the centre
 * knows ({@link TriageVersions}): the configured ones (the base) and each published since, rebuilt from the
 * journal's triage events.
 *
 * <p>Published documents are turned back into data only when first needed, so replaying a journal is cheap for
 * tools that never look at triage; the base is likewise asked for only then.
 */
public final class TriageState implements Projection {

    private final Map<String, Assessment> byCase = new LinkedHashMap<>();
    private final Supplier<TriageConfig> base;
    private final TriageDocuments documents;
    private final List<Recorded> unread = new ArrayList<>();
    private TriageVersions versions;

    /**
     * @param base      the index and rules the centre is configured with; asked for once, when first needed
     * @param documents reads published documents back from the journal
     */
    public TriageState(Supplier<TriageConfig> base, TriageDocuments documents) {
        this.base = Objects.requireNonNull(base, "base");
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    /** A state on one configuration that never reads published documents (a one-off assessment). */
    public TriageState(TriageConfig config) {
        this(() -> config, TriageDocuments.none());
    }

    @Override
    public void apply(Recorded recorded) {
        if (recorded.event() instanceof PublicationEvent) {
            synchronized (this) {
                unread.add(recorded);
            }
            return;
        }
        if (!(recorded.event() instanceof TriageEvent event)) {
            return;
        }
        if (event instanceof TriageEvent.AssessmentStarted started) {
            byCase.put(started.caseId(), Assessment.started(started, recorded.at()));
            return;
        }
        Assessment current = byCase.get(event.caseId());
        if (current == null) {
            throw new IllegalStateException("event " + recorded.sequence() + " is for case " + event.caseId()
                    + ", which has no assessment");
        }
        byCase.put(event.caseId(), current.apply(event, recorded.at()));
    }

    /**
     * The versions of the index and rules, with every publication read.
     *
     * @throws IllegalStateException when a published document no longer reads (the configured rules were changed
     *                               to a scale a published index does not fit); names the version and every problem
     */
    public synchronized TriageVersions versions() {
        if (versions == null) {
            versions = TriageVersions.startingWith(Objects.requireNonNull(base.get(), "base"));
        }
        for (Recorded recorded : unread) {
            versions = read(versions, recorded);
        }
        unread.clear();
        return versions;
    }

    /** What reads published documents (also used to check one before it is published). */
    public TriageDocuments documents() {
        return documents;
    }

    private TriageVersions read(TriageVersions before, Recorded recorded) {
        String by = ((PublicationEvent) recorded.event()).by().id();
        return switch ((PublicationEvent) recorded.event()) {
            case PublicationEvent.IndexPublished p -> before.withIndex(
                    readable(documents.index(p.document(), before.current().rules().scale()), "index", p, recorded),
                    recorded.at(), by);
            case PublicationEvent.ResponseRulesPublished p -> {
                RegionalResponseRules rules = readable(documents.rules(p.document()), "response rules", p, recorded);
                List<IndexProblem> problems = IndexValidator.validate(before.current().index(), rules.scale());
                if (!problems.isEmpty()) {
                    throw unreadable("response rules", p, recorded, problems);
                }
                yield before.withRules(rules, recorded.at(), by);
            }
        };
    }

    private static <T> T readable(TriageDocuments.Read<T> read, String what, PublicationEvent p, Recorded recorded) {
        if (!read.valid()) {
            throw unreadable(what, p, recorded, read.problems());
        }
        return read.value();
    }

    private static IllegalStateException unreadable(String what, PublicationEvent p, Recorded recorded,
                                                    List<IndexProblem> problems) {
        return new IllegalStateException("the " + what + " version " + p.version() + " published at "
                + recorded.at() + " (journal sequence " + recorded.sequence() + ") does not fit what it runs with"
                + " now; was the configured index or response rules file changed? " + TriageVersions.describe(problems));
    }

    public Optional<Assessment> assessment(String caseId) {
        return Optional.ofNullable(byCase.get(caseId));
    }

    public Collection<Assessment> assessments() {
        return Collections.unmodifiableCollection(byCase.values());
    }

    /** The assessment of a case as the API shows it, on the index and rules it started with. */
    public AssessmentView view(String caseId) {
        return AssessmentView.of(versions(), require(caseId));
    }

    Assessment require(String caseId) {
        CaseIds.check(caseId);
        Assessment a = byCase.get(caseId);
        if (a == null) {
            throw new NotFoundException("caseId", "case '" + caseId + "' has no triage assessment");
        }
        return a;
    }
}
