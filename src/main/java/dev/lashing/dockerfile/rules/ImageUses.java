package dev.lashing.dockerfile.rules;

import dev.lashing.core.TextRange;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.model.StageBase;
import dev.lashing.dockerfile.syntax.Copy;
import dev.lashing.dockerfile.syntax.From;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.Mount;
import dev.lashing.dockerfile.syntax.Run;
import dev.lashing.dockerfile.syntax.VariableExpander;
import dev.lashing.image.oci.ImageReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every image a build pulls: the base image of each FROM, and the image of {@code COPY --from=<image>}
 * and {@code RUN --mount=...,from=<image>} (ONBUILD triggers included). Stages and {@code scratch}
 * are not images and are left out.
 */
final class ImageUses {

    /**
     * One use of an image.
     *
     * @param at the instruction
     * @param written the reference as written
     * @param range where to report
     * @param what "base image", "COPY --from image" or "RUN --mount image"
     * @param reference the parsed reference, when every variable in it is known
     * @param unresolved the partial expansion, when some variable is not known
     */
    record Use(Instruction at, String written, TextRange range, String what, Optional<ImageReference> reference,
            Optional<VariableExpander.Expansion> unresolved) {}

    private ImageUses() {}

    static List<Use> of(DockerfileContext context) {
        List<Use> out = new ArrayList<>();
        for (Stage stage : context.model().stages()) {
            if (!(stage.from() instanceof From from)) {
                continue;
            }
            String written = from.image().text();
            if (stage.base() instanceof StageBase.Image image) {
                out.add(new Use(from, written, from.image().range(), "base image", Optional.of(image.reference()),
                        Optional.empty()));
            } else if (stage.base() instanceof StageBase.Unresolved) {
                out.add(new Use(from, written, from.image().range(), "base image", Optional.empty(), Optional.of(
                        VariableExpander.expand(written, context.file().escape(), context.model().globalScope()))));
            }
        }
        for (Copy copy : context.all(Copy.class)) {
            copy.from().ifPresent(f -> add(context, copy, f.valueOrEmpty(), f.valueRange().orElse(f.range()),
                    "COPY --from image", out));
        }
        for (Run run : context.all(Run.class)) {
            for (Mount m : run.mounts()) {
                m.from().ifPresent(f -> add(context, run, f, m.flag().range(), "RUN --mount image", out));
            }
        }
        return out;
    }

    private static void add(DockerfileContext context, Instruction at, String raw, TextRange range, String what,
            List<Use> out) {
        Optional<Stage> stage = context.stageOf(at);
        if (raw.isEmpty() || raw.equalsIgnoreCase("scratch")
                || stage.isPresent() && context.model().resolveStageReference(raw, stage.get()).isPresent()) {
            return;
        }
        VariableExpander.Expansion e = context.expand(at, raw);
        if (e.resolvedValue().isPresent()) {
            ImageReference.tryParse(e.resolvedValue().get())
                    .ifPresent(ref -> out.add(new Use(at, raw, range, what, Optional.of(ref), Optional.empty())));
        } else {
            out.add(new Use(at, raw, range, what, Optional.empty(), Optional.of(e)));
        }
    }
}
