package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.syntax.From;
import dev.lashing.dockerfile.syntax.Token;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.HashMap;
import java.util.Map;

/** Two stages with the same name ({@code FROM ... AS x}), compared case-insensitively as BuildKit does. */
@Rule(
        id = "DF013",
        name = "duplicate-stage-name",
        summary = "Two stages have the same name",
        severity = Severity.ERROR,
        practices = {"P26"},
        aliases = {"DL3024", "DS-0012", "DS012", "CKV_DOCKER_11"},
        references = {"https://docs.docker.com/build/building/multi-stage/#name-your-build-stages"})
public final class DuplicateStageName implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Map<String, From> seen = new HashMap<>();
        for (From from : context.topLevel(From.class)) {
            if (from.stageName().isEmpty()) {
                continue;
            }
            Token name = from.stageName().get();
            From first = seen.putIfAbsent(from.stageKey().orElseThrow(), from);
            if (first != null) {
                findings.report(name.range(), "stage name \"" + name.text() + "\" is already used by the stage at line "
                        + Stages.line(context, first) + "; BuildKit refuses duplicate stage names, and "
                        + "COPY --from or FROM could not tell them apart; rename one of them");
            }
        }
    }
}
