package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** {@code yum install} in a shipped stage whose RUN leaves the yum cache in the layer. */
@Rule(
        id = "SH033",
        name = "yum-cache-not-cleaned",
        summary = "yum install without yum clean all in the same RUN",
        severity = Severity.WARNING,
        practices = {"P14"},
        aliases = {"DL3032", "DS-0015", "DS015"},
        references = {"https://docs.docker.com/build/cache/optimize/#use-cache-mounts"},
        fix = FixAvailability.SOMETIMES)
public final class YumCacheNotCleaned implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        RpmManagers.checkCleanup(context, findings, RpmManagers.YUM, RpmManagers.DOWNLOADING_VERBS,
                RpmManagers.RPM_CACHE_DIRS, "--mount=type=cache,target=/var/cache/yum");
    }
}
