package se.larmcentral.crisis.warning;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.crisis.warning.WarningEvent.WarningImported;

import java.time.Instant;

/**
 * Keeps another authority's CAP message (already read and checked by the CAP reader) to show it. The same message
 * again records nothing; another message under the same sender and identifier is refused.
 */
public record ImportWarning(ImportedWarning warning, String importedBy)
        implements Command<PublicWarnings, ImportWarning.Result> {

    /** The message kept, and whether this import recorded it. */
    public record Result(ImportedWarning warning, boolean recorded) {
    }

    @Override
    public Decision<Result> decide(PublicWarnings state, Instant now) {
        String by = DraftWarning.person("importedBy", importedBy);
        var existing = state.imported(warning.sender(), warning.identifier());
        if (existing.isPresent()) {
            if (!existing.get().warning().equals(warning)) {
                throw new ConflictException("identifier", warning.sender() + " already sent a different message "
                        + warning.identifier() + "; CAP identifiers are never reused");
            }
            return Decision.of(new Result(existing.get().warning(), false));
        }
        return Decision.of(new Result(warning, true), new WarningImported(warning.identifier(), warning, by, now));
    }
}
