package dev.lashing.dockerfile.rules;

import dev.lashing.dockerfile.model.BuildContext;
import dev.lashing.dockerfile.model.DockerfileModel;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.syntax.Dockerfile;
import dev.lashing.dockerfile.shell.ShellScript;
import dev.lashing.dockerfile.syntax.CommandLine;
import dev.lashing.dockerfile.syntax.ExecForm;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.Run;
import dev.lashing.dockerfile.syntax.ShellForm;
import dev.lashing.dockerfile.syntax.VariableExpander;
import dev.lashing.dockerfile.syntax.Onbuild;
import dev.lashing.rules.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a Dockerfile rule may look at: the syntax tree, the model, and rule settings. */
public final class DockerfileContext {
    private static final com.google.re2j.Pattern SHELL_SHEBANG =
            com.google.re2j.Pattern.compile("#!\\s*(/usr)?/bin/(env\\s+)?(sh|bash|dash|ash|zsh|ksh)(\\s.*)?");
    private final DockerfileModel model;
    private final Settings settings;
    private final Optional<BuildContext> buildContext;
    private List<RunScript> runScripts;

    /** Creates a context for one file whose build context is unknown (standard input, tests). */
    public DockerfileContext(DockerfileModel model, Settings settings) {
        this(model, settings, Optional.empty());
    }

    /** Creates a context for one file, with what is known of its build context. */
    public DockerfileContext(DockerfileModel model, Settings settings, Optional<BuildContext> buildContext) {
        this.model = model;
        this.settings = settings;
        this.buildContext = buildContext;
    }

    /** The build context facts, when the Dockerfile was read from a directory. */
    public Optional<BuildContext> buildContext() {
        return buildContext;
    }

    /** The syntax tree. */
    public Dockerfile file() {
        return model.file();
    }

    /** The semantic model. */
    public DockerfileModel model() {
        return model;
    }

    /** Rule settings. */
    public Settings settings() {
        return settings;
    }

    /** The stage an instruction belongs to. */
    public Optional<Stage> stageOf(Instruction instruction) {
        return model.stageOf(instruction);
    }

    /** Every instruction of type {@code type}, including ONBUILD triggers, in file order. */
    public <T extends Instruction> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Instruction i : model.file().instructions()) {
            if (type.isInstance(i)) {
                out.add(type.cast(i));
            }
            if (i instanceof Onbuild o && type.isInstance(o.trigger())) {
                out.add(type.cast(o.trigger()));
            }
        }
        return out;
    }

    /**
     * Expands variables in {@code raw} (a word of {@code at}) as BuildKit would, with the ARG and ENV
     * scope in force at that instruction; values the file does not define stay unresolved.
     */
    public VariableExpander.Expansion expand(Instruction at, String raw) {
        VariableExpander.Lookup scope = model.stageOf(at).<VariableExpander.Lookup>map(s -> s.scopeAt(at))
                .orElse(model.globalScope());
        return VariableExpander.expand(raw, model.file().escape(), scope);
    }

    /** True when {@code instruction} belongs to a stage that ends up in the shipped image. */
    public boolean isShipped(Instruction instruction) {
        return model.stageOf(instruction).map(model::isShipped).orElse(false);
    }

    /**
     * A RUN instruction with its shell model. For exec form the model is the one command, run
     * without a shell.
     *
     * @param run the instruction
     * @param stage its stage (empty for an ONBUILD trigger outside any stage, which cannot happen after FROM)
     * @param script the commands it runs
     * @param shell true when a POSIX shell runs it (shell form); false for exec form
     */
    public record RunScript(Run run, Optional<Stage> stage, ShellScript script, boolean shell) {}

    /**
     * The shell model of every RUN (ONBUILD triggers included), parsed once per file and shared by
     * rules. Shell-form RUNs of stages whose SHELL is not POSIX (PowerShell, cmd) are left out, as
     * are heredoc scripts whose shebang names another interpreter.
     */
    public List<RunScript> runScripts() {
        if (runScripts == null) {
            List<RunScript> out = new ArrayList<>();
            for (Run run : all(Run.class)) {
                Optional<Stage> stage = model.stageOf(run);
                if (run.command() instanceof ExecForm exec) {
                    out.add(new RunScript(run, stage, ShellScript.ofExec(exec.args()), false));
                } else if (run.command() instanceof ShellForm form && isPosix(stage, run) && !foreignShebang(form)) {
                    out.add(new RunScript(run, stage, ShellScript.parse(form.script()), true));
                }
            }
            runScripts = List.copyOf(out);
        }
        return runScripts;
    }

    /** The shell model of a CMD/ENTRYPOINT/HEALTHCHECK command, or empty when a non-POSIX shell runs it. */
    public Optional<ShellScript> script(Instruction at, CommandLine command) {
        if (command instanceof ExecForm exec) {
            return Optional.of(ShellScript.ofExec(exec.args()));
        }
        ShellForm form = (ShellForm) command;
        return isPosix(model.stageOf(at), at) ? Optional.of(ShellScript.parse(form.script())) : Optional.empty();
    }

    private static boolean isPosix(Optional<Stage> stage, Instruction at) {
        return stage.map(s -> s.shellAt(at).isPosix()).orElse(true);
    }

    /** A lone heredoc starting with {@code #!} is run by that interpreter, not by the shell. */
    private static boolean foreignShebang(ShellForm form) {
        if (!form.heredocScript() || !form.script().text().startsWith("#!")) {
            return false;
        }
        String line = form.script().text().lines().findFirst().orElse("");
        return !SHELL_SHEBANG.matcher(line).matches();
    }

    /** Every top-level instruction of type {@code type} (ONBUILD triggers excluded), in file order. */
    public <T extends Instruction> List<T> topLevel(Class<T> type) {
        return model.file().instructions().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
