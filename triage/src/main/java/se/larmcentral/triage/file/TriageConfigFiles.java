package se.larmcentral.triage.file;

import se.larmcentral.triage.RegionalResponseRules;
import se.larmcentral.triage.TriageConfig;

import java.nio.file.Path;

/** Loads a {@link TriageConfig}: an index checked against the scale of the region whose rules are given. */
public final class TriageConfigFiles {

    private TriageConfigFiles() {
    }

    /** The generic index with Stockholm's response rules, as shipped. */
    public static TriageConfig shipped() {
        RegionalResponseRules rules = RegionalRulesFile.loadStockholm();
        return new TriageConfig(MedicalIndexFile.loadGeneric(rules.scale()), rules);
    }

    /**
     * An index file and a rules file; either may be {@code null} for the shipped one.
     *
     * @throws IndexFileException naming every problem when either file is not valid
     */
    public static TriageConfig load(Path indexFile, Path rulesFile) {
        RegionalResponseRules rules = rulesFile == null ? RegionalRulesFile.loadStockholm()
                : RegionalRulesFile.load(rulesFile);
        return new TriageConfig(indexFile == null ? MedicalIndexFile.loadGeneric(rules.scale())
                : MedicalIndexFile.load(indexFile, rules.scale()), rules);
    }
}
