package dev.lashing.cli;

import dev.lashing.config.FailOn;
import dev.lashing.core.Finding;
import dev.lashing.core.InputError;
import dev.lashing.engine.RuntimeChecker;
import dev.lashing.runtime.model.Loaded;
import java.util.ArrayList;
import java.util.List;

/**
 * What the run-time commands ({@code run}, {@code compose}, {@code scan}) share: checking loaded
 * containers with the enabled run-time rules, collecting findings and errors over several inputs,
 * and the exit status.
 */
final class RuntimeInputs {
    final List<Finding> findings = new ArrayList<>();
    final List<InputError> errors = new ArrayList<>();
    int checked;
    private final RuntimeChecker checker;

    RuntimeInputs(RunSetup setup) {
        this.checker = new RuntimeChecker(setup.options());
    }

    /** Checks the containers of one input and keeps the outcome. */
    void check(Loaded loaded) {
        RuntimeChecker.RuntimeResult r = checker.check(loaded);
        findings.addAll(r.findings());
        errors.addAll(r.errors());
        checked += Math.max(1, loaded.sources().size());
    }

    /** Writes the report and returns the exit status, as {@code lint} does. */
    int finish(Environment env, OutputOptions output, RunSetup setup) throws UsageException {
        Reports.write(output.outputs(), Reports.report(findings, errors, checked, 0), env,
                output.color(env, setup.loaded().config().noColor()), output.quiet, false, "lashing lint --fix");
        FailOn effective = setup.selected().failOn();
        boolean failed = findings.stream().anyMatch(f -> effective.fails(f.severity()))
                || effective != FailOn.NEVER && !errors.isEmpty();
        return failed ? Cli.FINDINGS : Cli.OK;
    }
}
