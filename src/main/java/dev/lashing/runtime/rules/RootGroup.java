package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import java.util.OptionalLong;

/** A non-root container is given the root group: as its primary group, its fsGroup or a supplementary group. */
@Rule(
        id = "RT041",
        name = "container-root-group",
        summary = "Container runs with the root group (GID 0) as primary, fsGroup or supplementary group",
        severity = Severity.WARNING,
        practices = {"P55"},
        aliases = {"KSV-0116", "KSV116"},
        references = {"https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"})
public final class RootGroup implements RuntimeRule {
    private static final String WHY = "files and devices owned by group root (and group-writable) become the "
            + "container's to read or change, on shared volumes and after an escape too";

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        if (Users.isRoot(spec)) {
            return; // root's group is the lesser problem: container-runs-as-root (RT005) reports the user
        }
        Spelling s = Spelling.of(spec.kind());
        Sourced<Long> gid = spec.runAsGroup();
        if (spec.kind() == SourceKind.KUBERNETES) {
            Undecided.report(gid, findings, "whether the container runs with the root group"); // elsewhere: RT005's
        }
        if (gid.is(0L)) {
            findings.report(gid, "the container's primary group is root (" + Spelling.written(gid, "GID 0") + "): "
                    + WHY + "; use a group of its own (" + s.group(10001) + ")");
        }
        Sourced<OptionalLong> fsGroup = spec.fsGroup();
        Undecided.report(fsGroup, findings, "whether the pod's fsGroup is root");
        if (fsGroup.known().filter(g -> g.isPresent() && g.getAsLong() == 0).isPresent()) {
            findings.report(fsGroup, "the pod's fsGroup is root (" + Spelling.written(fsGroup, "fsGroup: 0") + "): "
                    + "every container joins group root and the pod's volumes are given to it: " + WHY
                    + "; use `fsGroup: 10001`");
        }
        for (Sourced<String> group : spec.groupAdd()) {
            Undecided.report(group, findings, "whether the container joins the root group");
            if (group.is("0") || group.is("root")) {
                findings.report(group, "the container joins the root group as a supplementary group ("
                        + Spelling.written(group, "0") + "): " + WHY + "; remove it from " + s.groupAdd());
            }
        }
    }
}
