package dev.lashing.cli;

import dev.lashing.core.PracticeCoverage;
import dev.lashing.registry.BuiltinRules;
import dev.lashing.report.RuleListReporter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lashing rules}: every rule with its id, name, severity, default, practices, aliases and fix. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule.")
final class RulesCommand implements Callable<Integer> {
    private final Environment env;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    String format = "text";

    @Option(names = "--by-practice", description = "List the practices instead, each with the rules that enforce it.")
    boolean byPractice;

    @Option(names = "--no-color", description = "Never use colour.")
    boolean noColor;

    RulesCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        Writer out = new OutputStreamWriter(env.stdout(), StandardCharsets.UTF_8);
        RuleListReporter reporter = new RuleListReporter();
        PracticeCoverage coverage = PracticeCoverage.of(BuiltinRules.catalog());
        switch (format) {
            case "text" -> {
                if (byPractice) {
                    reporter.writePracticeTable(coverage, out, OutputOptions.colorAllowed(env, noColor));
                } else {
                    reporter.writeTable(BuiltinRules.catalog(), out, OutputOptions.colorAllowed(env, noColor));
                }
            }
            case "json" -> {
                if (byPractice) {
                    reporter.writePracticeJson(coverage, out);
                } else {
                    reporter.writeJson(BuiltinRules.catalog(), out);
                }
            }
            default -> {
                env.stderr().println("lashing: --format must be text or json, not '" + format + "'");
                return Cli.USAGE;
            }
        }
        out.flush();
        return Cli.OK;
    }
}
