package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** {@code dnf}/{@code microdnf install} in a shipped stage whose RUN leaves the dnf cache in the layer. */
@Rule(
        id = "SH034",
        name = "dnf-cache-not-cleaned",
        summary = "dnf or microdnf install without clean all in the same RUN",
        severity = Severity.WARNING,
        practices = {"P14"},
        aliases = {"DL3040", "DS-0019", "DS019", "DS-0027", "DS027"},
        references = {"https://docs.docker.com/build/cache/optimize/#use-cache-mounts"},
        fix = FixAvailability.SOMETIMES)
public final class DnfCacheNotCleaned implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        RpmManagers.checkCleanup(context, findings, RpmManagers.DNF, RpmManagers.DOWNLOADING_VERBS,
                RpmManagers.RPM_CACHE_DIRS, "--mount=type=cache,target=/var/cache/dnf, or /var/cache/libdnf5 for dnf5");
    }
}
