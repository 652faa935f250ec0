package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;

/**
 * A Kubernetes pod gets its service account's API token mounted; the default account's token is left to
 * {@link DefaultServiceAccount}, so that one situation is reported once.
 */
@Rule(
        id = "RT039",
        name = "container-service-account-token",
        summary = "Kubernetes pod mounts a named service account's API token (automountServiceAccountToken not false)",
        severity = Severity.WARNING,
        practices = {"P57"},
        aliases = {"KSV-0036", "KSV036", "automountServiceAccountToken"},
        references = {"https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting"})
public final class ServiceAccountToken implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Sourced<Boolean> automount = spec.automountServiceAccountToken();
        if (spec.kind() != SourceKind.KUBERNETES || automount.isUnresolved() || !automount.is(true)
                || DefaultServiceAccount.appliesTo(spec)) {
            return; // the default account's token is container-default-service-account's (RT046)
        }
        String risk = "an intruder in the container can call the Kubernetes API with the service account's "
                + "permissions";
        if (automount.isExplicit()) {
            findings.report(automount, Spelling.written(automount, "automountServiceAccountToken: true")
                    + " mounts an API token into the container: " + risk + "; make sure the account's RBAC grants "
                    + "only what the application calls", Severity.INFO);
        } else {
            findings.report(automount, "the pod does not set automountServiceAccountToken: false, so an API token is "
                    + "mounted into the container (unless its ServiceAccount opts out): " + risk + "; set "
                    + "`automountServiceAccountToken: false` unless the application calls the API");
        }
    }
}
