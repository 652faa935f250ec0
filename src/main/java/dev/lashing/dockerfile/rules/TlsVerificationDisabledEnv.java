package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.syntax.Arg;
import dev.lashing.dockerfile.syntax.ArgDeclaration;
import dev.lashing.dockerfile.syntax.Env;
import dev.lashing.dockerfile.syntax.KeyValue;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** ENV or ARG that switches off TLS certificate verification for every later build step (and, for ENV, at run time). */
@Rule(
        id = "DF060",
        name = "tls-verification-disabled-env",
        summary = "ENV or ARG switches off TLS certificate verification (NODE_TLS_REJECT_UNAUTHORIZED=0, ...)",
        severity = Severity.WARNING,
        practices = {"P12"},
        aliases = {"CKV2_DOCKER_5", "CKV2_DOCKER_6", "CKV2_DOCKER_12", "CKV2_DOCKER_14", "CKV2_DOCKER_16"},
        references = {"CWE-295"})
public final class TlsVerificationDisabledEnv implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Env env : context.all(Env.class)) {
            for (KeyValue kv : env.pairs()) {
                String value = context.expand(env, kv.value().text()).value();
                TlsVariables.judge(kv.key().text(), value).ifPresent(why -> findings.report(kv.key().range(),
                        why + (context.isShipped(env) ? "; as an ENV it also applies in the running container" : "")));
            }
        }
        for (Arg arg : context.all(Arg.class)) {
            for (ArgDeclaration d : arg.declarations()) {
                d.defaultValue().ifPresent(v -> TlsVariables.judge(d.name().text(), context.expand(arg, v.text()).value())
                        .ifPresent(why -> findings.report(d.name().range(), why)));
            }
        }
    }
}
