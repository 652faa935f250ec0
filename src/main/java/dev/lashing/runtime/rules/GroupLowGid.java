package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;

/** The container's primary group is a GID below {@code min-gid} (10000), which may be a real group on the host. */
@Rule(
        id = "RT048",
        name = "container-group-low-gid",
        summary = "Container runs with a GID below 10000, which may equal a group on the host",
        severity = Severity.INFO,
        practices = {"P31", "P55"},
        aliases = {"KSV-0021", "KSV021"},
        references = {"https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"})
public final class GroupLowGid implements RuntimeRule {
    /** Setting: the lowest GID accepted; by default the {@code min-uid} setting's value. */
    static final String MIN_GID = "min-gid";

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<Long> gid = spec.runAsGroup();
        long min = minGid(findings);
        if (gid.isUnresolved() || gid.value() == 0 || gid.value() >= min) {
            return; // unknown (the image's), root (RT041) or high enough
        }
        findings.report(gid, "the container runs with GID " + gid.value() + " (" + Spelling.written(gid, "") + "), "
                + "which may equal a real group on the host (GIDs below " + min + " are handed out to people and "
                + "system groups): should the process escape or share a volume, it can read and write what that "
                + "group can; use a GID of " + min + " or more (" + Spelling.of(spec.kind()).group(Math.max(min + 1,
                10001)) + ")");
    }

    private static long minGid(RuntimeFindingSink findings) {
        String fallback = findings.settings().string(UserLowUid.MIN_UID, Long.toString(UserLowUid.DEFAULT_MIN_UID));
        try {
            return Long.parseLong(findings.settings().string(MIN_GID, fallback).strip());
        } catch (NumberFormatException e) {
            return UserLowUid.DEFAULT_MIN_UID;
        }
    }
}
