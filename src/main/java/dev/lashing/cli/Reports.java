package dev.lashing.cli;

import dev.lashing.core.Finding;
import dev.lashing.core.InputError;
import dev.lashing.core.ToolInfo;
import dev.lashing.registry.BuiltinRules;
import dev.lashing.report.JsonReporter;
import dev.lashing.report.LintReport;
import dev.lashing.report.Reporter;
import dev.lashing.report.SarifReporter;
import dev.lashing.report.TextReporter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/** Writes one run's report in every requested format, to files or standard output. */
final class Reports {
    private Reports() {}

    static LintReport report(List<Finding> findings, List<InputError> errors, int files, int fixesApplied) {
        return new LintReport(ToolInfo.lashing(), findings, errors, files, fixesApplied, BuiltinRules.catalog());
    }

    /**
     * Writes {@code report} to each output. {@code stdoutTaken} is true when standard output already
     * carries fixed file content (stdin with {@code --fix}), so a report meant for it goes to stderr.
     */
    static void write(List<OutputOptions.Output> outputs, LintReport report, Environment env, boolean color,
            boolean quiet, boolean stdoutTaken) throws UsageException {
        write(outputs, report, env, color, quiet, stdoutTaken, "--fix");
    }

    /** As above, naming the command that applies fixes ({@code lashing lint --fix} from a command without --fix). */
    static void write(List<OutputOptions.Output> outputs, LintReport report, Environment env, boolean color,
            boolean quiet, boolean stdoutTaken, String fixCommand) throws UsageException {
        for (OutputOptions.Output o : outputs) {
            Reporter reporter = switch (o.format()) {
                case TEXT -> new TextReporter(color && o.file().isEmpty() && !stdoutTaken, quiet, fixCommand);
                case JSON -> new JsonReporter();
                case SARIF -> new SarifReporter();
            };
            try {
                if (o.file().isPresent()) {
                    try (Writer w = Files.newBufferedWriter(env.cwd().resolve(o.file().get()), StandardCharsets.UTF_8)) {
                        reporter.write(report, w);
                    }
                } else {
                    PrintStream target = stdoutTaken ? env.stderr() : env.stdout();
                    Writer w = new OutputStreamWriter(target, StandardCharsets.UTF_8);
                    reporter.write(report, w);
                    w.flush();
                }
            } catch (IOException e) {
                throw new UsageException("cannot write the " + o.format().name().toLowerCase(java.util.Locale.ROOT)
                        + " report to " + o.file().map(Object::toString).orElse("standard output") + ": "
                        + e.getMessage());
            }
        }
    }
}
