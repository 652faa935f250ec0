package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.syntax.Copy;
import dev.lashing.dockerfile.syntax.Flag;
import dev.lashing.dockerfile.syntax.VariableExpander;
import dev.lashing.image.oci.ImageReference;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Locale;
import java.util.Optional;

/** {@code COPY --from=x} where x is neither a stage of the file, an earlier stage index, nor a pinned image. */
@Rule(
        id = "DF015",
        name = "unknown-copy-from",
        summary = "COPY --from names no stage of this file",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL3022"},
        references = {"https://docs.docker.com/reference/dockerfile/#copy---from"})
public final class UnknownCopyFrom implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Stage stage : context.model().stages()) {
            for (Copy copy : Stages.own(stage, Copy.class)) {
                Optional<Flag> flag = copy.from();
                if (flag.isPresent()) {
                    check(context, findings, stage, copy, flag.get());
                }
            }
        }
    }

    private static void check(DockerfileContext context, FindingSink findings, Stage stage, Copy copy, Flag flag) {
        VariableExpander.Expansion x = context.expand(copy, flag.valueOrEmpty());
        if (x.resolvedValue().isEmpty()) {
            findings.report(flag.range(), "cannot tell what COPY --from=" + flag.valueOrEmpty() + " refers to: it "
                    + "depends on " + String.join(", ", x.unresolvedNames()) + ", which this Dockerfile does not define",
                    Severity.INFO);
            return;
        }
        String value = x.value();
        String key = value.toLowerCase(Locale.ROOT);
        if (stage.name().map(key::equals).orElse(false) || key.equals(Integer.toString(stage.index()))) {
            return; // copy-from-current-stage
        }
        Optional<Stage> target = context.model().resolveStageReference(value, stage);
        if (target.isPresent()) {
            if (target.get().index() > stage.index()) {
                findings.report(flag.range(), "COPY --from=" + value + " refers to a stage defined later (line "
                        + Stages.line(context, target.get().from()) + "); BuildKit accepts this, but the classic "
                        + "builder would pull an image named " + value + "; define the stage before it is used");
            }
            return;
        }
        if (!key.isEmpty() && key.chars().allMatch(Character::isDigit)) {
            findings.report(flag.range(), "COPY --from=" + value + " is not the index of an earlier stage (this is "
                    + stage.describe() + "); the build fails; use the name of an earlier stage", Severity.ERROR);
            return;
        }
        Optional<ImageReference> image = ImageReference.tryParse(value);
        if (value.isEmpty()) {
            findings.report(flag.range(), "COPY --from has an empty value; the build fails; name an earlier stage",
                    Severity.ERROR);
        } else if (image.isEmpty()) {
            findings.report(flag.range(), "COPY --from=" + value + " is neither a stage of this file nor a valid "
                    + "image reference; the build fails; use the name of an earlier stage", Severity.ERROR);
        } else if (value.indexOf(':') < 0 && value.indexOf('/') < 0 && value.indexOf('@') < 0) {
            findings.report(flag.range(), "COPY --from=" + value + " names no stage of this file, so it pulls the image "
                    + image.get().familiarName() + ":latest unless the build passes --build-context " + value + "=...; if you "
                    + "meant a stage, fix the name (stages: " + stageNames(context) + "); if you meant an image, give "
                    + "it a tag or digest");
        }
    }

    private static String stageNames(DockerfileContext context) {
        String names = String.join(", ", context.model().stages().stream().flatMap(s -> s.name().stream()).toList());
        return names.isEmpty() ? "none named" : names;
    }
}
