package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.model.StageBase;
import dev.lashing.dockerfile.syntax.Arg;
import dev.lashing.dockerfile.syntax.Copy;
import dev.lashing.dockerfile.syntax.Token;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Optional;

/** {@code COPY --from=x / /}: the whole filesystem of a build stage copied over this one. */
@Rule(
        id = "DF023",
        name = "copy-whole-filesystem",
        summary = "COPY --from copies a whole filesystem (/ to /)",
        severity = Severity.WARNING,
        practices = {"P07", "P26"},
        aliases = {"DL3067"},
        references = {"https://docs.docker.com/build/building/multi-stage/"})
public final class CopyWholeFilesystem implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Copy copy : context.all(Copy.class)) {
            Optional<Stage> stage = context.stageOf(copy);
            if (copy.from().isEmpty() || stage.isEmpty() || !isRoot(context, copy, copy.destination())) {
                continue;
            }
            Optional<Token> root = copy.sources().stream().filter(s -> isRoot(context, copy, s)).findFirst();
            Optional<String> from = context.expand(copy, copy.from().get().valueOrEmpty()).resolvedValue();
            if (root.isEmpty() || from.isEmpty()) {
                continue;
            }
            Optional<Stage> source = context.model().resolveStageReference(from.get(), stage.get());
            if (source.isPresent() && Stages.root(source.get()).base() instanceof StageBase.Scratch) {
                continue; // a filesystem assembled on purpose (an "export" stage)
            }
            if (source.isEmpty() || aliasOfImage(source.get())) {
                findings.report(root.get().range(), "cannot tell whether COPY --from=" + from.get() + " / / is "
                        + "intended: it copies every file of the image, which is fine for helper images built FROM "
                        + "scratch (tonistiigi/xx, binfmt) but otherwise brings a whole distribution along; copy only "
                        + "the files you need", Severity.INFO);
            } else if (flattens(stage.get(), copy)) {
                findings.report(root.get().range(), "COPY --from=" + from.get() + " / / into an empty image flattens "
                        + "that build stage into one layer, build tools and caches included; if the stage only "
                        + "assembles the runtime files that is intended, otherwise copy only the files the image needs",
                        Severity.INFO);
            } else {
                findings.report(root.get().range(), "COPY --from=" + from.get() + " / / copies the whole filesystem "
                        + "of that build stage, build tools and caches included, over this one; copy only the files "
                        + "the image needs (or build FROM that stage)");
            }
        }
    }

    /** A stage that only names an image ({@code FROM img AS x} with nothing but ARGs), in a chain of such stages. */
    private static boolean aliasOfImage(Stage stage) {
        for (Optional<Stage> s = Optional.of(stage); s.isPresent(); s = s.get().parent()) {
            if (s.get().instructions().stream().anyMatch(i -> !(i instanceof Arg))) {
                return false;
            }
        }
        return true;
    }

    /** The squash idiom: the first instruction (ARGs aside) of a stage built FROM scratch. */
    private static boolean flattens(Stage stage, Copy copy) {
        if (!(stage.base() instanceof StageBase.Scratch)) {
            return false;
        }
        return stage.instructions().stream().filter(i -> !(i instanceof Arg)).findFirst().map(i -> i == copy)
                .orElse(false);
    }

    private static boolean isRoot(DockerfileContext context, Copy copy, Token word) {
        return context.expand(copy, word.text()).resolvedValue().map(v -> v.equals("/")).orElse(false);
    }
}
