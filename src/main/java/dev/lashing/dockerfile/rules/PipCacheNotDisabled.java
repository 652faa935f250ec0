package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import dev.lashing.dockerfile.model.Scope;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Context;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code pip install} in a shipped stage that leaves pip's download and wheel cache in the layer. */
@Rule(
        id = "SH013",
        name = "pip-install-without-no-cache-dir",
        summary = "pip install without --no-cache-dir leaves pip's cache in the image",
        severity = Severity.WARNING,
        practices = {"P14"},
        aliases = {"DL3042"},
        references = {"https://pip.pypa.io/en/stable/topics/caching/"},
        fix = FixAvailability.SOMETIMES)
public final class PipCacheNotDisabled implements DockerfileRule {
    private static final String VARIABLE = "PIP_NO_CACHE_DIR";
    /** The values pip's strtobool accepts: any of them disables the cache (pip keeps an old quirk for false). */
    private static final Set<String> BOOLEANS = Set.of("y", "yes", "t", "true", "on", "1", "n", "no", "f", "false",
            "off", "0");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            if (run.stage().isEmpty() || !context.model().isShipped(run.stage().get())
                    || LanguagePackages.cacheMountOn(run.run().mounts(), ".cache/pip", ".cache")
                    || setInScope(run.stage().get().scopeAt(run.run()))) {
                continue;
            }
            List<Command> commands = run.script().commands();
            for (Command c : commands) {
                LanguagePackages.pipInstall(c).ifPresent(pip -> {
                    if (c.hasFlag("--no-cache-dir") || assigned(c.assignments())
                            || exportedBefore(commands, c)) {
                        return;
                    }
                    Word install = pip.install();
                    String message = "pip install without --no-cache-dir keeps every downloaded package and built "
                            + "wheel under ~/.cache/pip in this layer; add --no-cache-dir, set ENV PIP_NO_CACHE_DIR=1, "
                            + "or use a cache mount (--mount=type=cache,target=/root/.cache/pip)";
                    if (run.shell() && c.context() != Context.SHELL_C && install.isStatic()
                            && install.raw().equals("install")) {
                        findings.report(install.range(), message, Fix.of("Add --no-cache-dir", Applicability.UNSAFE,
                                Edit.insert(install.range().end(), " --no-cache-dir")));
                    } else {
                        findings.report(install.range(), message);
                    }
                });
            }
        }
    }

    private static boolean setInScope(Scope scope) {
        if (!scope.hasEnv(VARIABLE) && !scope.hasArg(VARIABLE)) {
            return false;
        }
        return scope.value(VARIABLE).map(v -> BOOLEANS.contains(v.trim().toLowerCase(Locale.ROOT))).orElse(true);
    }

    private static boolean assigned(List<Word> assignments) {
        for (Word w : assignments) {
            if (w.text().startsWith(VARIABLE + "=")) {
                return true;
            }
        }
        return false;
    }

    /** An {@code export PIP_NO_CACHE_DIR=...} earlier in the same script. */
    private static boolean exportedBefore(List<Command> commands, Command c) {
        for (Command e : commands.subList(0, Math.max(commands.indexOf(c), 0))) {
            if (e.isNamed("export") && assigned(e.args())) {
                return true;
            }
        }
        return false;
    }
}
