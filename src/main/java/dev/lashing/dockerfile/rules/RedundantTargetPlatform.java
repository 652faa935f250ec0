package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.core.TextRange;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import dev.lashing.dockerfile.syntax.Flag;
import dev.lashing.dockerfile.syntax.From;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Optional;
import java.util.Set;

/** {@code FROM --platform=$TARGETPLATFORM}, which is what FROM does without the flag. */
@Rule(
        id = "DF019",
        name = "redundant-target-platform",
        summary = "FROM --platform=$TARGETPLATFORM is the default",
        severity = Severity.INFO,
        practices = {"P26"},
        aliases = {"DL3065"},
        references = {"https://docs.docker.com/reference/build-checks/redundant-target-platform/"},
        fix = FixAvailability.ALWAYS)
public final class RedundantTargetPlatform implements DockerfileRule {
    private static final Set<String> TARGET = Set.of("$TARGETPLATFORM", "${TARGETPLATFORM}");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        String text = context.file().source().text();
        for (From from : context.topLevel(From.class)) {
            Optional<Flag> platform = from.platform();
            if (platform.isEmpty() || !TARGET.contains(platform.get().valueOrEmpty())) {
                continue;
            }
            TextRange flag = platform.get().range();
            int end = flag.end();
            while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                end++;
            }
            findings.report(flag, "--platform=$TARGETPLATFORM is redundant: a stage is built for the target "
                    + "platform by default; remove the flag",
                    Fix.of("Remove --platform=$TARGETPLATFORM", Applicability.SAFE,
                            Edit.delete(new TextRange(flag.start(), end))));
        }
    }
}
