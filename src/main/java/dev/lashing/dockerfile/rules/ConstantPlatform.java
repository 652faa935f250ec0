package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.syntax.Flag;
import dev.lashing.dockerfile.syntax.From;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Optional;

/** {@code FROM --platform} with a fixed value, which pins the stage to one platform in every build. */
@Rule(
        id = "DF018",
        name = "constant-platform",
        summary = "FROM --platform uses a constant value",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL3029"},
        references = {"https://docs.docker.com/reference/build-checks/from-platform-flag-const-disallowed/"})
public final class ConstantPlatform implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (From from : context.topLevel(From.class)) {
            Optional<Flag> platform = from.platform();
            if (platform.isEmpty()) {
                continue;
            }
            String value = platform.get().valueOrEmpty();
            if (context.expand(from, value).referencedNames().isEmpty()) {
                findings.report(platform.get().range(), "FROM --platform=" + value + " fixes this stage to one "
                        + "platform whatever platform the build targets, so multi-platform builds run it under "
                        + "emulation or ship the wrong architecture; use $BUILDPLATFORM for a stage that only builds, "
                        + "or drop the flag (the default is $TARGETPLATFORM)");
            }
        }
    }
}
