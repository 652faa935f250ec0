package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;

/**
 * A Kubernetes pod runs as its namespace's {@code default} service account with the API token mounted. Reported
 * here instead of by {@link ServiceAccountToken}, which reports mounted tokens of the other accounts.
 */
@Rule(
        id = "RT046",
        name = "container-default-service-account",
        summary = "Kubernetes pod uses the namespace's default service account with its API token mounted",
        severity = Severity.WARNING,
        practices = {"P57"},
        aliases = {"default-service-account"},
        references = {"https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts"})
public final class DefaultServiceAccount implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        if (!appliesTo(spec)) {
            return;
        }
        Sourced<String> account = spec.serviceAccountName();
        Sourced<Boolean> automount = spec.automountServiceAccountToken();
        String as = account.isExplicit() ? "the namespace's default service account ("
                + Spelling.written(account, "serviceAccountName: default") + ")"
                : "the namespace's default service account (it names no serviceAccountName)";
        String token = automount.isExplicit() ? " with its API token mounted (" + Spelling.written(automount,
                "automountServiceAccountToken: true") + ")" : " with its API token mounted (automountServiceAccountToken "
                + "is not false)";
        findings.report(account.isExplicit() ? account : automount, "the pod runs as " + as + token + ": every pod "
                + "of the namespace that names no account shares that identity, so a permission granted to it for one "
                + "workload is granted to all, and an intruder in any of them can use it; give the workload a service "
                + "account of its own (`serviceAccountName: api`) and set `automountServiceAccountToken: false` "
                + "unless the application calls the API");
    }

    /** True for a Kubernetes container whose pod is known to use the default account and to mount its token. */
    static boolean appliesTo(ContainerSpec spec) {
        return spec.kind() == SourceKind.KUBERNETES && spec.serviceAccountName().is("default")
                && spec.automountServiceAccountToken().is(true);
    }
}
