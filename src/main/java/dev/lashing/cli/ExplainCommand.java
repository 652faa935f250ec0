package dev.lashing.cli;

import dev.lashing.core.RuleMeta;
import dev.lashing.registry.BuiltinRules;
import dev.lashing.registry.CodeResolver;
import dev.lashing.report.MarkdownTerminal;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lashing explain ID|NAME|ALIAS}: a rule's full documentation in the terminal. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show a rule's documentation; accepts an id (DF001), a name (last-user-root) or a peer code (DL3002).")
final class ExplainCommand implements Callable<Integer> {
    private final Environment env;

    @Parameters(paramLabel = "RULE", arity = "1")
    String code;

    @Option(names = "--no-color", description = "Never use colour.")
    boolean noColor;

    ExplainCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        Set<String> ids = new CodeResolver(BuiltinRules.catalog().rules()).resolve(code);
        if (ids.isEmpty() || code.equalsIgnoreCase("all")) {
            env.stderr().println("lashing: no rule is called '" + code + "'; `lashing rules` lists them all");
            return Cli.USAGE;
        }
        List<RuleMeta> rules = BuiltinRules.catalog().rules().stream().filter(r -> ids.contains(r.id())).toList();
        int width = parseWidth(env.env().getOrDefault("COLUMNS", ""));
        MarkdownTerminal terminal = new MarkdownTerminal(width, OutputOptions.colorAllowed(env, noColor));
        Writer out = new OutputStreamWriter(env.stdout(), StandardCharsets.UTF_8);
        if (rules.size() > 1) {
            out.write(code + " corresponds to " + rules.size() + " lashing rules:\n\n");
        }
        for (RuleMeta r : rules) {
            terminal.writeExplain(BuiltinRules.catalog(), r, out);
        }
        out.flush();
        return Cli.OK;
    }

    private static int parseWidth(String columns) {
        try {
            int w = Integer.parseInt(columns.trim());
            return Math.max(40, Math.min(w, 120));
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
