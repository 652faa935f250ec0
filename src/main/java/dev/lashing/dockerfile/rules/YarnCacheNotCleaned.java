package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import dev.lashing.core.TextRange;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Optional;

/** {@code yarn install} in a shipped stage whose RUN leaves the yarn cache in the layer. */
@Rule(
        id = "SH014",
        name = "yarn-cache-not-cleaned",
        summary = "yarn install without yarn cache clean in the same RUN",
        severity = Severity.WARNING,
        practices = {"P14"},
        aliases = {"DL3060"},
        references = {"https://classic.yarnpkg.com/en/docs/cli/cache"},
        fix = FixAvailability.SOMETIMES)
public final class YarnCacheNotCleaned implements DockerfileRule {
    private static final String CLEANUP = " && yarn cache clean";

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            if (run.stage().isEmpty() || !context.model().isShipped(run.stage().get())
                    || LanguagePackages.cacheMountOn(run.run().mounts(), ".cache/yarn", ".yarn/berry/cache")) {
                continue;
            }
            List<Command> commands = run.script().commands();
            Optional<Command> install = commands.stream()
                    .filter(c -> LanguagePackages.yarnInstalls(c) && !cleanedAfter(commands, c)).findFirst();
            if (install.isEmpty()) {
                continue;
            }
            TextRange where = where(install.get());
            String message = "yarn keeps every package it downloads in its cache (often hundreds of MB), and this "
                    + "RUN leaves it in the layer; run yarn cache clean in the same RUN, or use a cache mount "
                    + "(--mount=type=cache,target=/usr/local/share/.cache/yarn)";
            Optional<Integer> end = LayerCleanup.appendPoint(run);
            if (end.isPresent()) {
                findings.report(where, message, Fix.of("Clean the yarn cache at the end of the RUN",
                        Applicability.UNSAFE, Edit.insert(end.get(), CLEANUP)));
            } else {
                findings.report(where, message);
            }
        }
    }

    private static TextRange where(Command c) {
        List<Word> pos = LanguagePackages.yarnPositional(c);
        return pos.isEmpty() ? c.name().range() : c.name().range().union(pos.get(pos.size() > 1
                && pos.get(0).text().equals("global") ? 1 : 0).range());
    }

    private static boolean cleanedAfter(List<Command> commands, Command install) {
        int from = commands.indexOf(install);
        for (Command c : commands.subList(Math.max(from, 0), commands.size())) {
            if (c.isNamed("yarn")) {
                List<Word> pos = LanguagePackages.yarnPositional(c);
                if (pos.size() >= 2 && pos.get(0).text().equals("cache") && pos.get(1).text().equals("clean")) {
                    return true;
                }
            }
            if (c.isNamed("rm")) {
                for (Word w : c.args()) {
                    if (w.raw().contains(".cache/yarn") || w.raw().contains("yarn cache dir")
                            || w.raw().contains(".yarn/cache") || w.raw().contains(".yarn/berry/cache")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
