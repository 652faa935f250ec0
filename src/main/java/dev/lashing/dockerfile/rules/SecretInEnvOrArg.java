package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.core.TextRange;
import dev.lashing.dockerfile.syntax.Arg;
import dev.lashing.dockerfile.syntax.ArgDeclaration;
import dev.lashing.dockerfile.syntax.Env;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.KeyValue;
import dev.lashing.dockerfile.syntax.Label;
import dev.lashing.dockerfile.syntax.Token;
import dev.lashing.dockerfile.syntax.VariableExpander;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import dev.lashing.rules.SecretNames;
import java.util.Optional;

/** ENV or ARG whose name says it holds a secret, or ENV/ARG/LABEL whose value is a known kind of credential. */
@Rule(
        id = "DF004",
        name = "secret-in-env-or-arg",
        summary = "Secret passed through ENV or ARG (or a credential in a LABEL)",
        severity = Severity.WARNING,
        practices = {"P21"},
        aliases = {"DL3064", "DS-0031", "DS031", "CIS-DI-0010"},
        references = {"CWE-798", "CWE-538", "https://docs.docker.com/build/building/secrets/"})
public final class SecretInEnvOrArg implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        SecretNames names = SecretNames.from(context.settings());
        for (Env env : context.all(Env.class)) {
            for (KeyValue kv : env.pairs()) {
                judge(context, findings, names, env, "ENV", kv.key(), Optional.of(kv.value()));
            }
        }
        for (Arg arg : context.all(Arg.class)) {
            for (ArgDeclaration d : arg.declarations()) {
                judge(context, findings, names, arg, "ARG", d.name(), d.defaultValue());
            }
        }
        for (Label label : context.all(Label.class)) {
            for (KeyValue kv : label.pairs()) {
                String value = context.expand(label, kv.value().text()).value();
                SecretNames.secretInValue(value).ifPresent(kind -> findings.report(kv.value().range(),
                        "LABEL " + kv.key().text() + " contains " + kind
                                + "; labels are readable by anyone who can pull the image. Remove it and rotate it",
                        Severity.ERROR));
            }
        }
    }

    private static void judge(DockerfileContext context, FindingSink findings, SecretNames names, Instruction at,
            String keyword, Token name, Optional<Token> value) {
        String key = name.text();
        Optional<String> literal = value.map(v -> context.expand(at, v.text()))
                .filter(x -> x.referencedNames().isEmpty())
                .map(VariableExpander.Expansion::value)
                .filter(v -> !v.isEmpty());
        Optional<String> kind = literal.flatMap(SecretNames::secretInValue);
        String where = context.isShipped(at) || keyword.equals("ARG") ? ""
                : " (in a build stage that is not shipped, but stays in its build cache and history)";
        if (kind.isPresent()) {
            TextRange range = value.get().range();
            findings.report(range, keyword + " " + key + " contains " + kind.get() + " written in the Dockerfile"
                    + where + "; remove it, rotate it, and pass it with RUN --mount=type=secret", Severity.ERROR);
        } else if (names.isSecretName(key)) {
            String persists = keyword.equals("ENV")
                    ? "ENV values are stored in the image config, readable by anyone who can pull the image"
                    : "build arguments are recorded in the image history of every RUN that uses them";
            if (literal.isPresent()) {
                findings.report(name.range(), keyword + " " + key + " sets a secret-looking value in the Dockerfile"
                        + where + "; " + persists + ". Pass secrets with RUN --mount=type=secret", Severity.ERROR);
            } else {
                findings.report(name.range(), keyword + " " + key + " looks like a secret" + where + "; " + persists
                        + ". Pass secrets with RUN --mount=type=secret (or at run time from a file)");
            }
        }
    }
}
