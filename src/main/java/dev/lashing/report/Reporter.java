package dev.lashing.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. Reporters know rules only through {@link dev.lashing.core.RuleMeta}. */
public interface Reporter {

    /** Writes {@code report} to {@code out}. */
    void write(LintReport report, Writer out) throws IOException;
}
