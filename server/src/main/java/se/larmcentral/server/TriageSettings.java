package se.larmcentral.server;

import se.larmcentral.centre.CommandPort;
import se.larmcentral.centre.CentreState;
import se.larmcentral.config.InvalidSettingException;
import se.larmcentral.config.Settings;
import se.larmcentral.triage.TriageConfig;
import se.larmcentral.triage.file.IndexFileException;
import se.larmcentral.triage.file.TriageConfigFiles;

import java.nio.file.Path;

/**
 * The triage configuration a centre starts with: the files named by {@code triage.indexFile} and
 * {@code triage.responseRulesFile}, each empty for the shipped one. A file with problems stops start-up naming
 * the setting and every problem with its place. These are the base: versions published through the API since are in
 * the journal and take over from them (the latest published is current).
 */
public final class TriageSettings {

    private TriageSettings() {
    }

    public static TriageConfig config(Settings.Triage settings) {
        Path index = pathOf(settings.indexFile());
        Path rules = pathOf(settings.responseRulesFile());
        if (index == null && rules == null) {
            return TriageConfigFiles.shipped();
        }
        try {
            return TriageConfigFiles.load(index, rules);
        } catch (IndexFileException e) {
            boolean rulesAtFault = rules != null && e.source().equals(rules.toString());
            String setting = rulesAtFault || index == null ? "triage.responseRulesFile" : "triage.indexFile";
            String what = index == null && !rulesAtFault
                    ? "the shipped medical index does not fit these rules' priority scale; " : "";
            throw new InvalidSettingException(setting, what + e.getMessage());
        }
    }

    /**
     * Reads every index and rules version published in the journal on top of the configured ones, so that a
     * configuration they no longer fit (a rules file with another priority scale) stops start-up naming the version
     * and the problems, instead of failing the first assessment.
     */
    public static void requirePublishedVersionsReadable(CommandPort centre) {
        try {
            centre.read(state -> state.triage().versions());
        } catch (IllegalStateException e) {
            throw new InvalidSettingException("triage.indexFile / triage.responseRulesFile", e.getMessage());
        }
    }

    private static Path pathOf(String setting) {
        return setting == null || setting.isBlank() ? null : Path.of(setting.strip());
    }
}
