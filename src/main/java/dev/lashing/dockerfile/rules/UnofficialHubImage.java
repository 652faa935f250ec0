package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.core.TextRange;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.model.StageBase;
import dev.lashing.dockerfile.syntax.Copy;
import dev.lashing.dockerfile.syntax.From;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.Mount;
import dev.lashing.dockerfile.syntax.Run;
import dev.lashing.image.oci.ImageReference;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An image from a personal Docker Hub namespace rather than an official image (opt-in). */
@Rule(
        id = "DF046",
        name = "unofficial-hub-image",
        summary = "Image from a Docker Hub user namespace, not an official image or a trusted namespace",
        severity = Severity.WARNING,
        practices = {"P01"},
        references = {"CIS Docker Benchmark 4.2"},
        enabledByDefault = false)
public final class UnofficialHubImage implements DockerfileRule {
    static final String SETTING = "trusted-hub-namespaces";

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        List<String> trusted = context.settings().stringList(SETTING).stream()
                .map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        for (Stage stage : context.model().stages()) {
            if (stage.from() instanceof From from && stage.base() instanceof StageBase.Image image) {
                judge(image.reference(), from.image().range(), "base image", trusted, findings);
            }
        }
        for (Copy copy : context.all(Copy.class)) {
            copy.from().ifPresent(f -> reference(context, copy, f.valueOrEmpty(),
                    f.valueRange().orElse(f.range()), "COPY --from image", trusted, findings));
        }
        for (Run run : context.all(Run.class)) {
            for (Mount m : run.mounts()) {
                m.from().ifPresent(f -> reference(context, run, f, m.flag().range(), "RUN --mount image", trusted,
                        findings));
            }
        }
    }

    private static void reference(DockerfileContext context, Instruction at, String raw, TextRange range,
            String what, List<String> trusted, FindingSink findings) {
        Optional<Stage> stage = context.stageOf(at);
        if (raw.isEmpty() || stage.isPresent() && context.model().resolveStageReference(raw, stage.get()).isPresent()) {
            return;
        }
        context.expand(at, raw).resolvedValue().flatMap(ImageReference::tryParse)
                .ifPresent(ref -> judge(ref, range, what, trusted, findings));
    }

    private static void judge(ImageReference ref, TextRange range, String what, List<String> trusted,
            FindingSink findings) {
        if (!ref.registry().equals(ImageReference.DOCKER_HUB) || ref.isOfficial()) {
            return;
        }
        String namespace = ref.repository().substring(0, ref.repository().indexOf('/')).toLowerCase(Locale.ROOT);
        if (trusted.contains(namespace)) {
            return;
        }
        findings.report(range, what + " " + ref.familiarName() + " comes from the Docker Hub namespace \""
                + namespace + "\", which anyone can register; use an official image, build it yourself, or add "
                + "the publisher to " + SETTING + " once you have vetted it");
    }
}
