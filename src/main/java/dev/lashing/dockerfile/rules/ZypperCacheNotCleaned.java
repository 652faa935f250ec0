package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** {@code zypper install} in a shipped stage whose RUN leaves the zypper cache in the layer. */
@Rule(
        id = "SH035",
        name = "zypper-cache-not-cleaned",
        summary = "zypper install without zypper clean in the same RUN",
        severity = Severity.WARNING,
        practices = {"P14"},
        aliases = {"DL3036", "DS-0020", "DS020"},
        references = {"https://docs.docker.com/build/cache/optimize/#use-cache-mounts"},
        fix = FixAvailability.SOMETIMES)
public final class ZypperCacheNotCleaned implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        RpmManagers.checkCleanup(context, findings, RpmManagers.ZYPPER, RpmManagers.ZYPPER_DOWNLOADING_VERBS,
                RpmManagers.ZYPPER_CACHE_DIRS, "--mount=type=cache,target=/var/cache/zypp");
    }
}
