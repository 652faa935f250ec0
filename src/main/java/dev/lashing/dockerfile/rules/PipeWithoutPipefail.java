package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import dev.lashing.dockerfile.model.ShellSetting;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.model.StageBase;
import java.util.HashSet;
import java.util.Optional;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Context;
import dev.lashing.dockerfile.shell.Pipeline;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Set;

/** A RUN pipeline whose earlier commands can fail unnoticed, because pipefail is not set. */
@Rule(
        id = "SH006",
        name = "pipe-without-pipefail",
        summary = "Pipe in RUN without pipefail: a failing command before the pipe is ignored",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL4006"},
        references = {"https://docs.docker.com/reference/build-checks/", "https://github.com/hadolint/hadolint/wiki/DL4006"},
        fix = FixAvailability.SOMETIMES)
public final class PipeWithoutPipefail implements DockerfileRule {
    /** Commands that cannot fail in a way anyone cares about. */
    private static final Set<String> HARMLESS = Set.of("echo", "printf", "yes", "true", "cat");

    /** Images whose root base is one of these (not an alpine/busybox/windows variant) have bash. */
    private static final Set<String> WITH_BASH = Set.of("debian", "ubuntu", "python", "node", "golang", "ruby", "php",
            "openjdk", "eclipse-temurin", "buildpack-deps", "rust", "maven", "gradle", "perl", "r-base");
    static final String SHELL_LINE = "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n";

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Set<Stage> fixed = new HashSet<>();
        for (DockerfileContext.RunScript run : context.runScripts()) {
            if (!run.shell() || run.stage().map(s -> s.shellAt(run.run()).hasPipefail()).orElse(false)) {
                continue;
            }
            int pipefailAt = Integer.MAX_VALUE;
            for (Command c : run.script().commands()) {
                if (c.context() == Context.TOP && c.isNamed("set") && setsPipefail(c)) {
                    pipefailAt = Math.min(pipefailAt, c.range().start());
                }
            }
            for (Pipeline p : run.script().pipelines()) {
                if (p.commands().isEmpty() || p.commands().get(0).context() != Context.TOP
                        || p.range().start() > pipefailAt || harmless(p)) {
                    continue;
                }
                String message = "only the last command's status counts in a pipe, so a failure of "
                        + p.commands().get(0).simpleName().orElse("the first command") + " goes unnoticed; set "
                        + "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before this RUN, or start it with "
                        + "`set -o pipefail &&` where the shell supports it";
                Optional<Integer> at = insertionPoint(context, run);
                if (at.isPresent() && fixed.add(run.stage().get())) {
                    findings.report(p.range(), message, Fix.of("Add SHELL with bash and pipefail before this RUN",
                            Applicability.UNSAFE, Edit.insert(at.get(), SHELL_LINE)));
                } else {
                    findings.report(p.range(), message);
                }
            }
        }
    }

    /**
     * Where a SHELL line can go: the start of the RUN's line, when the stage still has the default
     * shell, its base is known to ship bash, it is a top-level RUN (not an ONBUILD trigger), and no comment (perhaps a
     * suppression directive aimed at the RUN) sits right above it.
     */
    private static Optional<Integer> insertionPoint(DockerfileContext context, DockerfileContext.RunScript run) {
        Stage stage = run.stage().orElse(null);
        if (stage == null || !stage.shellAt(run.run()).equals(ShellSetting.DEFAULT) || !hasBash(stage)
                || context.file().instructions().stream().noneMatch(i -> i == run.run())) {
            return Optional.empty();
        }
        SourceFile source = context.file().source();
        int line = source.position(run.run().range().start()).line();
        int start = source.lineStart(line);
        if (!source.text().substring(start, run.run().range().start()).isBlank()
                || line > 1 && source.lineText(line - 1).stripLeading().startsWith("#")) {
            return Optional.empty();
        }
        return Optional.of(start);
    }

    private static boolean hasBash(Stage stage) {
        if (!(Stages.root(stage).base() instanceof StageBase.Image image)) {
            return false;
        }
        String tag = image.reference().tag().orElse("");
        return image.reference().isOfficial() && WITH_BASH.contains(image.reference().name())
                && !tag.contains("alpine") && !tag.contains("windows") && !tag.contains("nanoserver");
    }

    private static boolean harmless(Pipeline p) {
        for (int i = 0; i < p.commands().size() - 1; i++) {
            Command c = p.commands().get(i);
            if (!(c.simpleName().filter(HARMLESS::contains).isPresent() && (!c.isNamed("cat") || c.args().isEmpty()))) {
                return false;
            }
        }
        return true;
    }

    /** {@code set -o pipefail}, {@code set -euo pipefail}, {@code set -eo pipefail}... */
    private static boolean setsPipefail(Command set) {
        boolean expectName = false;
        for (Word w : set.args()) {
            String a = w.text();
            if (expectName && a.equals("pipefail")) {
                return true;
            }
            expectName = a.startsWith("-") && !a.startsWith("--") && a.endsWith("o");
        }
        return false;
    }
}
