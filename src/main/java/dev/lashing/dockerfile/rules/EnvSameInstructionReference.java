package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.syntax.Env;
import dev.lashing.dockerfile.syntax.KeyValue;
import dev.lashing.dockerfile.syntax.VariableExpander;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.HashSet;
import java.util.Set;

/** An ENV value that uses a variable an earlier pair of the same ENV sets, which it does not see. */
@Rule(
        id = "DF021",
        name = "env-same-instruction-reference",
        summary = "ENV uses a variable set earlier in the same instruction",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL3044"},
        references = {"https://docs.docker.com/reference/dockerfile/#environment-replacement"})
public final class EnvSameInstructionReference implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Set<Env> top = new HashSet<>(context.topLevel(Env.class));
        char escape = context.file().escape();
        for (Env env : context.all(Env.class)) {
            Set<String> setHere = new HashSet<>();
            for (KeyValue kv : env.pairs()) {
                String key = kv.key().text();
                Set<String> used = VariableExpander.expand(kv.value().text(), escape, VariableExpander.Lookup.none())
                        .referencedNames();
                for (String name : used) {
                    if (setHere.contains(name)) {
                        findings.report(kv.value().range(), key + " uses $" + name + ", which this same ENV sets: "
                                + "ENV substitutes the values from before the instruction, so " + key + " gets "
                                + before(context, env, name, top.contains(env)) + "; set " + name
                                + " in an earlier ENV");
                        break;
                    }
                }
                setHere.add(key);
            }
        }
    }

    private static String before(DockerfileContext context, Env env, String name, boolean topLevel) {
        if (!topLevel) {
            return "the earlier value of " + name;
        }
        VariableExpander.Expansion x = context.expand(env, "${" + name + "}");
        if (x.resolvedValue().isEmpty()) {
            return "the earlier value of " + name + " (unknown here)";
        }
        return x.value().isEmpty() ? "an empty value" : "\"" + x.value() + "\", the earlier value of " + name;
    }
}
