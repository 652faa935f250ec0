package dev.lashing.dockerfile.rules;

import com.google.re2j.Pattern;
import dev.lashing.core.Severity;
import dev.lashing.dockerfile.syntax.KeyValue;
import dev.lashing.dockerfile.syntax.Label;
import dev.lashing.dockerfile.syntax.VariableExpander;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;

/** A LABEL key outside Docker's recommended key format (lower-case, dotted, no reserved prefix). */
@Rule(
        id = "DF024",
        name = "invalid-label-key",
        summary = "LABEL key does not follow Docker's key format",
        severity = Severity.INFO,
        practices = {"P28"},
        aliases = {"DL3048"},
        references = {"https://docs.docker.com/engine/manage-resources/labels/#key-format-recommendations"})
public final class InvalidLabelKey implements DockerfileRule {
    private static final Pattern FORMAT = Pattern.compile("[a-z]([a-z0-9._/-]*[a-z0-9])?");
    private static final List<String> RESERVED = List.of("com.docker.", "io.docker.", "org.dockerproject.");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Label label : context.all(Label.class)) {
            for (KeyValue kv : label.pairs()) {
                VariableExpander.Expansion x = context.expand(label, kv.key().text());
                if (x.resolvedValue().isEmpty()) {
                    continue;
                }
                String key = x.value();
                String problem = problem(key);
                if (problem != null) {
                    findings.report(kv.key().range(), "label key \"" + key + "\" " + problem + "; use lower-case, "
                            + "dot-separated keys such as org.opencontainers.image.version");
                }
            }
        }
    }

    private static String problem(String key) {
        for (String prefix : RESERVED) {
            if (key.startsWith(prefix)) {
                return "uses the prefix " + prefix + ", which Docker reserves";
            }
        }
        if (!FORMAT.matcher(key).matches()) {
            return "must start with a lower-case letter, end with a letter or digit and use only a-z, 0-9, . _ / -";
        }
        if (key.contains("..") || key.contains("--")) {
            return "contains \"..\" or \"--\"";
        }
        return null;
    }
}
