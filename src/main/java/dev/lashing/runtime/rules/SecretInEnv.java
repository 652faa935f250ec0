package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.rules.SecretNames;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.EnvVar;
import dev.lashing.runtime.model.Sourced;
import java.util.Optional;

/** The container's environment holds a literal secret. */
@Rule(
        id = "RT031",
        name = "container-secret-in-env",
        summary = "Literal secret value in the container's environment (-e, environment:, env:)",
        severity = Severity.ERROR,
        practices = {"P58", "P21"},
        aliases = {"env-var-secret", "sensitiveContainerEnvVar"},
        references = {"CWE-798", "CWE-526", "https://docs.docker.com/compose/how-tos/use-secrets/",
            "https://kubernetes.io/docs/concepts/configuration/secret/"})
public final class SecretInEnv implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        SecretNames names = SecretNames.from(findings.settings());
        for (Sourced<EnvVar> e : spec.env()) {
            if (e.isUnresolved() || e.value().value().isEmpty()) {
                continue; // from a file, a secret store, the host environment or an unset variable
            }
            EnvVar var = e.value();
            String value = var.value().get();
            Optional<String> kind = SecretNames.secretInValue(value);
            if (kind.isEmpty() && !(names.isSecretName(var.name()) && !SecretNames.isPlaceholder(value))) {
                continue;
            }
            findings.mask(value);
            String what = kind.map(k -> "holds " + k).orElse("is set to a literal secret");
            boolean envFile = !var.from().isBlank();
            String where = envFile ? " (read from " + var.from() + ")" : " (" + Spelling.written(e, var.name()) + ")";
            findings.report(e, "the environment variable " + var.name() + where + " " + what + ": anyone who can "
                    + "read " + (envFile ? "the container's configuration" : "this file") + " or run docker inspect "
                    + "sees it, every process in the container inherits it, and crash reports and logs print it; "
                    + "revoke it if it was ever committed, and pass it as " + Spelling.of(spec.kind())
                    .secretAsFile(var.name()), envFile ? Severity.WARNING : null);
        }
    }
}
