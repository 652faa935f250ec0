package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;
import java.util.OptionalLong;

/** The container runs as a UID below {@code min-uid} (10000), which may be a real user on the host. */
@Rule(
        id = "RT007",
        name = "container-user-low-uid",
        summary = "Container runs as a UID below 10000, which may equal a user on the host",
        severity = Severity.INFO,
        practices = {"P31", "P55"},
        aliases = {"KSV-0020", "KSV020"},
        references = {"https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"})
public final class UserLowUid implements RuntimeRule {
    /** Setting: the lowest UID accepted (shared with the image rule IM026). */
    static final String MIN_UID = "min-uid";
    /** The lowest UID that stays clear of the host's regular users. */
    static final long DEFAULT_MIN_UID = 10000;

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        OptionalLong uid = Users.uid(spec);
        long min = minUid(findings);
        if (uid.isEmpty() || uid.getAsLong() == 0 || uid.getAsLong() >= min) {
            return; // unknown, root (RT005) or high enough
        }
        Sourced<?> at = Users.uidSource(spec);
        findings.report(at, "the container runs as UID " + uid.getAsLong() + (at.text().isBlank() ? "" : " (" + Spelling.written(at, "") + ")")
                + ", which may equal a real user on the host (UIDs below " + min + " are handed out to people and "
                + "system accounts): should the process escape or share a volume, it acts as that user; use a UID of "
                + min + " or more (" + Spelling.of(spec.kind()).user(Math.max(min + 1, 10001)) + ")");
    }

    private static long minUid(RuntimeFindingSink findings) {
        try {
            return Long.parseLong(findings.settings().string(MIN_UID, Long.toString(DEFAULT_MIN_UID)).strip());
        } catch (NumberFormatException e) {
            return DEFAULT_MIN_UID;
        }
    }
}
