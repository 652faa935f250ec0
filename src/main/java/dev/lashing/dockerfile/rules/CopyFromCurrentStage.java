package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.syntax.Copy;
import dev.lashing.dockerfile.syntax.Flag;
import dev.lashing.dockerfile.syntax.Mount;
import dev.lashing.dockerfile.syntax.Run;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Locale;
import java.util.Optional;

/** {@code COPY --from} or {@code RUN --mount=from=} naming the stage it is in: a stage cannot use itself. */
@Rule(
        id = "DF014",
        name = "copy-from-current-stage",
        summary = "COPY --from or RUN --mount from= names the stage it is in",
        severity = Severity.ERROR,
        practices = {"P26"},
        aliases = {"DL3023", "DS-0006", "DS006"},
        references = {"https://docs.docker.com/reference/dockerfile/#copy---from"})
public final class CopyFromCurrentStage implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Stage stage : context.model().stages()) {
            for (Copy copy : Stages.own(stage, Copy.class)) {
                Optional<Flag> from = copy.from();
                if (from.isEmpty()) {
                    continue;
                }
                Optional<String> value = context.expand(copy, from.get().valueOrEmpty()).resolvedValue();
                if (value.isPresent() && isSelf(value.get().toLowerCase(Locale.ROOT), stage)) {
                    findings.report(from.get().range(), "COPY --from=" + value.get() + " names the stage this COPY is "
                            + "in (" + stage.describe() + "), which is not built yet; BuildKit fails with a circular "
                            + "dependency; copy from an earlier stage or use a plain COPY");
                }
            }
            for (Run run : Stages.own(stage, Run.class)) {
                for (Mount mount : run.mounts()) {
                    Optional<String> value = mount.from().flatMap(f -> context.expand(run, f).resolvedValue());
                    if (value.isPresent() && isSelf(value.get().toLowerCase(Locale.ROOT), stage)) {
                        findings.report(mount.flag().range(), "RUN --mount from=" + value.get() + " names the stage "
                                + "this RUN is in (" + stage.describe() + "), which is not built yet; BuildKit fails "
                                + "with a circular dependency; mount an earlier stage");
                    }
                }
            }
        }
    }

    private static boolean isSelf(String key, Stage stage) {
        return stage.name().map(key::equals).orElse(false) || key.equals(Integer.toString(stage.index()));
    }
}
