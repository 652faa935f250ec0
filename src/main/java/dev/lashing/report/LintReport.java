package dev.lashing.report;

import dev.lashing.core.Finding;
import dev.lashing.core.InputError;
import dev.lashing.core.RuleCatalog;
import dev.lashing.core.ToolInfo;
import java.util.List;

/**
 * Everything a reporter prints: the findings (sorted by file, then position), the input errors,
 * how many files were checked, how many fixes were applied, and the rule catalog for metadata.
 */
public record LintReport(
        ToolInfo tool,
        List<Finding> findings,
        List<InputError> errors,
        int filesChecked,
        int fixesApplied,
        RuleCatalog catalog) {

    /** Copies the lists. */
    public LintReport {
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
    }
}
