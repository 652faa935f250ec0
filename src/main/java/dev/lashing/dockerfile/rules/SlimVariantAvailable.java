package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.model.StageBase;
import dev.lashing.dockerfile.syntax.From;
import dev.lashing.image.oci.ImageReference;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Set;

/** The final stage uses a full-size official image where a slim or alpine variant of the same release exists. */
@Rule(
        id = "DF068",
        name = "slim-variant-available",
        summary = "Final image uses a full-size base where a slim variant exists",
        severity = Severity.INFO,
        practices = {"P04"},
        references = {"https://hub.docker.com/_/python", "https://hub.docker.com/_/node"})
public final class SlimVariantAvailable implements DockerfileRule {
    /** Official images that publish -slim variants of each release. */
    private static final Set<String> WITH_SLIM = Set.of("python", "node", "ruby", "debian", "perl", "rust", "openjdk");
    /** Tag words that already say which variant it is. */
    private static final Set<String> VARIANTS = Set.of("slim", "alpine", "distroless", "minimal", "bookworm-slim",
            "bullseye-slim", "windowsservercore", "nanoserver", "musl", "busybox");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Stage last = context.model().finalStage().orElse(null);
        if (last == null || !(last.from() instanceof From from) || !(last.base() instanceof StageBase.Image image)) {
            return;
        }
        ImageReference ref = image.reference();
        String tag = ref.tag().orElse("");
        if (!ref.isOfficial() || !WITH_SLIM.contains(ref.name()) || tag.isEmpty() || tag.equals("latest")) {
            return;
        }
        for (String part : tag.split("-")) {
            if (VARIANTS.contains(part) || part.startsWith("slim") || part.startsWith("alpine")) {
                return;
            }
        }
        findings.report(from.image().range(), ref.familiarName() + ":" + tag + " is the full-size variant (compilers, "
                + "headers, hundreds of packages you do not run); " + ref.familiarName() + ":" + tag + "-slim ships "
                + "the same release with a fraction of the attack surface, or build in this image and run in the slim one");
    }
}
