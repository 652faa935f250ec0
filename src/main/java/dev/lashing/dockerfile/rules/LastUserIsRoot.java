package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.EffectiveUser;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** The shipped image runs as root: its last USER is root, or no USER is set at all. */
@Rule(
        id = "DF001",
        name = "last-user-root",
        summary = "The final image runs as root (last USER is root, or no USER at all)",
        severity = Severity.WARNING,
        practices = {"P30"},
        aliases = {"DL3002", "DS-0002", "DS002", "CKV_DOCKER_3", "CKV_DOCKER_8", "CIS-DI-0001"},
        references = {"CIS Docker Benchmark 4.1", "CWE-250"})
public final class LastUserIsRoot implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Stage last = context.model().finalStage().orElse(null);
        if (last == null) {
            return;
        }
        EffectiveUser user = last.effectiveUser();
        if (user instanceof EffectiveUser.Explicit e) {
            String where = e.stage() == last ? "" : " (inherited from " + e.stage().describe() + ")";
            if (e.isRoot()) {
                findings.report(e.instruction().syntax().headRange(),
                        "the final image runs as root: its last USER is \"" + e.instruction().user().text() + "\""
                                + where + "; switch to a non-root user");
            } else if (e.value().isEmpty()) {
                findings.report(e.instruction().syntax().headRange(),
                        "cannot tell whether the final image runs as root: USER " + e.instruction().user().text()
                                + " depends on values not known here" + where,
                        Severity.INFO);
            }
        } else if (user instanceof EffectiveUser.FromImage f) {
            if (!f.knownNonRoot()) {
                findings.report(last.from().syntax().headRange(),
                        "no USER in the final image: it runs as the default user of " + f.image().familiarName()
                                + ", which is root for most images; add a USER with a non-root user");
            }
        } else if (user instanceof EffectiveUser.Root) {
            findings.report(last.from().syntax().headRange(),
                    "no USER in the final image built FROM scratch: it runs as uid 0 (root); add USER 65532 or "
                            + "another non-root uid");
        } else if (user instanceof EffectiveUser.Unknown u) {
            findings.report(last.from().syntax().headRange(),
                    "no USER in the final image, and its base is not known (" + u.reason()
                            + "), so it may run as root; add a USER with a non-root user",
                    Severity.INFO);
        }
    }
}
