package dev.lashing.cli;

import dev.lashing.core.ToolInfo;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lashing} command line: parses arguments, runs a subcommand, maps failures to exit codes. */
@Command(
        name = "lashing",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "Audits containers at every stage of their life and fixes what it safely can.",
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above the --fail-on threshold",
            "1:findings at or above the threshold (or Dockerfile syntax errors)",
            "2:usage error, unreadable input or invalid configuration"})
public final class Cli implements Runnable {
    /** No finding at or above the threshold. */
    public static final int OK = 0;
    /** Findings at or above the threshold. */
    public static final int FINDINGS = 1;
    /** Usage error, unreadable input or invalid configuration. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs {@code args} in {@code env} and returns the exit status; never throws. */
    public static int run(String[] args, Environment env) {
        try {
            CommandLine cl = new CommandLine(new Cli());
            cl.addSubcommand(new LintCommand(env));
            cl.addSubcommand(new ImageCommand(env));
            cl.addSubcommand(new RunCommand(env));
            cl.addSubcommand(new ComposeCommand(env));
            cl.addSubcommand(new ScanCommand(env));
            cl.addSubcommand(new HardenCommand(env));
            cl.addSubcommand(new RulesCommand(env));
            cl.addSubcommand(new ExplainCommand(env));
            cl.addSubcommand(new CommandLine.HelpCommand());
            cl.setOut(new PrintWriter(env.stdout(), true));
            cl.setErr(new PrintWriter(env.stderr(), true));
            cl.setCaseInsensitiveEnumValuesAllowed(true);
            cl.setExitCodeExceptionMapper(e -> USAGE);
            cl.setParameterExceptionHandler((e, a) -> {
                CommandLine c = e.getCommandLine();
                c.getErr().println("lashing: " + e.getMessage());
                c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
                return USAGE;
            });
            cl.setExecutionExceptionHandler((e, c, parsed) -> {
                internalError(env, e);
                return USAGE;
            });
            return cl.execute(args);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            internalError(env, e);
            return USAGE;
        }
    }

    private static void internalError(Environment env, Throwable e) {
        env.stderr().println("lashing: internal error: " + e + " (please report it; set LASHING_DEBUG=1 for details)");
        if ("1".equals(env.env().get("LASHING_DEBUG"))) {
            e.printStackTrace(env.stderr());
        }
    }

    /** Prints the version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            ToolInfo t = ToolInfo.lashing();
            return new String[] {t.name() + " " + t.version(), "Java " + System.getProperty("java.version")};
        }
    }
}
