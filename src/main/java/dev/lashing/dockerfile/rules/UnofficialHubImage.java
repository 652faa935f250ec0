package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.core.TextRange;
import dev.lashing.image.oci.ImageReference;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Locale;

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
        for (ImageUses.Use use : ImageUses.of(context)) {
            use.reference().ifPresent(ref -> judge(ref, use.range(), use.what(), trusted, findings));
        }
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
