package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.syntax.From;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Set;

/** A stage named {@code scratch} or {@code context}, words BuildKit reserves. */
@Rule(
        id = "DF020",
        name = "reserved-stage-name",
        summary = "A stage is named scratch or context",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL3063"},
        references = {"https://docs.docker.com/reference/build-checks/reserved-stage-name/"})
public final class ReservedStageName implements DockerfileRule {
    private static final Set<String> RESERVED = Set.of("scratch", "context");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (From from : context.topLevel(From.class)) {
            if (from.stageKey().isPresent() && RESERVED.contains(from.stageKey().get())) {
                String name = from.stageKey().get();
                String meaning = name.equals("scratch") ? "FROM scratch always means the empty image"
                        : "\"context\" names the build context in COPY --from and RUN --mount";
                findings.report(from.stageName().orElseThrow().range(), "stage name \"" + name
                        + "\" is reserved (" + meaning + "), so references to this stage are ambiguous; rename it");
            }
        }
    }
}
