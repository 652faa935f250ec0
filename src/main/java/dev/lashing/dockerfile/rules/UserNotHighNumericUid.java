package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.EffectiveUser;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** The shipped image's USER is a name, or a numeric UID below 10000. */
@Rule(
        id = "DF041",
        name = "user-not-high-numeric-uid",
        summary = "The final image's USER is a name or a UID below 10000, not a high numeric UID",
        severity = Severity.INFO,
        practices = {"P31"},
        aliases = {"DL3066"},
        references = {"https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"})
public final class UserNotHighNumericUid implements DockerfileRule {
    /** The lowest UID that stays clear of the host's regular users. */
    static final long MIN_UID = 10000;

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Stage last = context.model().finalStage().orElse(null);
        if (last == null || !(last.effectiveUser() instanceof EffectiveUser.Explicit e) || e.isRoot()
                || e.userPart().isEmpty()) {
            return; // root is DF001's business; an unknown value cannot be judged
        }
        String user = e.userPart().get();
        String where = e.stage() == last ? "" : " (inherited from " + e.stage().describe() + ")";
        if (!user.chars().allMatch(Character::isDigit)) {
            findings.report(e.instruction().user().range(), "the final image runs as user name \"" + user + "\""
                    + where + ": a name cannot be checked by runAsNonRoot and may map to a different UID in "
                    + "another base; use a numeric UID of 10000 or more (e.g. USER 10001:0)");
        } else if (user.length() < 5 && Long.parseLong(user) < MIN_UID) {
            findings.report(e.instruction().user().range(), "the final image runs as UID " + user + where
                    + ", which may equal a real user on the host (UIDs below 10000 are handed out to people and "
                    + "system accounts); use a UID of 10000 or more");
        }
    }
}
