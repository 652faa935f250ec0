package dev.lashing.engine;

import dev.lashing.core.Finding;
import dev.lashing.core.InputError;
import dev.lashing.core.SourceFile;
import java.util.List;

/**
 * The outcome of linting one file: the source as finally linted (after fixes, if any), the
 * findings sorted by position, input errors, how many findings inline comments suppressed and how
 * many fixes were applied.
 */
public record FileResult(
        SourceFile source, List<Finding> findings, List<InputError> errors, int suppressed, int fixesApplied) {

    /** Copies the lists. */
    public FileResult {
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
    }

    /** True when fixes changed the text. */
    public boolean changed() {
        return fixesApplied > 0;
    }
}
