package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;
import java.util.Locale;

/** The container runs without an AppArmor profile. */
@Rule(
        id = "RT027",
        name = "container-apparmor-unconfined",
        summary = "Container runs AppArmor unconfined",
        severity = Severity.WARNING,
        practices = {"P56"},
        aliases = {"CIS-DOCKER-5.2", "KSV-0002", "KSV002"},
        references = {"https://docs.docker.com/engine/security/apparmor/",
            "https://kubernetes.io/docs/tutorials/security/apparmor/"})
public final class ApparmorUnconfined implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<String> profile = spec.apparmor();
        if (!spec.privileged().is(false)
                || Undecided.report(profile, findings, "whether the container has an AppArmor profile")) {
            return;
        }
        if (profile.value().strip().toLowerCase(Locale.ROOT).equals("unconfined")) {
            findings.report(profile, "the container runs without an AppArmor profile (" + Spelling.written(profile,
                    "unconfined") + "): on AppArmor hosts the default profile is what stops writes to /proc and /sys "
                    + "and mounts; keep it (" + Spelling.of(spec.kind()).apparmorDefault() + ") or write a custom one");
        }
    }
}
