package dev.lashing.report;

import dev.lashing.core.Finding;
import dev.lashing.core.ImageSummary;
import dev.lashing.core.InputError;
import dev.lashing.core.RuleCatalog;
import dev.lashing.core.ToolInfo;
import java.util.List;

/**
 * Everything a reporter prints: the findings (sorted by file, then position), the input errors,
 * how many files were checked, how many fixes were applied, the rule catalog for metadata, and a
 * summary of each image scanned.
 */
public record LintReport(
        ToolInfo tool,
        List<Finding> findings,
        List<InputError> errors,
        int filesChecked,
        int fixesApplied,
        RuleCatalog catalog,
        List<ImageSummary> images) {

    /** Copies the lists. */
    public LintReport {
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
        images = List.copyOf(images);
    }

    /** A report on files only (no images). */
    public LintReport(ToolInfo tool, List<Finding> findings, List<InputError> errors, int filesChecked,
            int fixesApplied, RuleCatalog catalog) {
        this(tool, findings, errors, filesChecked, fixesApplied, catalog, List.of());
    }
}
