package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;

/** The container's root filesystem is writable. */
@Rule(
        id = "RT008",
        name = "container-root-filesystem-writable",
        summary = "Container's root filesystem is writable (no --read-only / readOnlyRootFilesystem)",
        severity = Severity.WARNING,
        practices = {"P50"},
        aliases = {"CIS-DOCKER-5.13", "KSV-0014", "KSV014", "no-read-only-root-fs", "notReadOnlyRootFilesystem"},
        references = {"https://docs.docker.com/reference/cli/docker/container/run/#read-only"})
public final class RootFilesystemWritable implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<Boolean> ro = spec.readOnlyRootFilesystem();
        if (ro.isUnresolved() || ro.is(true)) {
            return;
        }
        Spelling s = Spelling.of(spec.kind());
        String what = ro.isExplicit() ? Spelling.written(ro, "the setting") + " leaves the root filesystem writable"
                : "the root filesystem is writable";
        findings.report(ro, what + ": an intruder can change the application's files and drop tools next to them, "
                + "and the container writes outside its volumes; set " + s.readOnly() + " and mount a tmpfs where "
                + "the process must write (" + s.tmpfs("/tmp") + ")");
    }
}
