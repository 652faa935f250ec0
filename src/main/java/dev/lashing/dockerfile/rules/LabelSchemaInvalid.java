package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Map;

/** A label from the {@code label-schema} setting is empty or not of its declared type. */
@Rule(
        id = "DF044",
        name = "label-schema-invalid",
        summary = "A schema label is empty or its value does not match its type (url, rfc3339, semver ...)",
        severity = Severity.WARNING,
        practices = {"P28"},
        aliases = {"DL3051", "DL3052", "DL3053", "DL3054", "DL3055", "DL3056", "DL3058"},
        references = {"https://github.com/opencontainers/image-spec/blob/main/annotations.md"})
public final class LabelSchemaInvalid implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Map<String, String> schema = LabelSchema.schema(context);
        if (schema.isEmpty()) {
            return;
        }
        for (LabelSchema.Entry e : LabelSchema.shippedLabels(context)) {
            if (e.key().isEmpty() || e.value().isEmpty() || !schema.containsKey(e.key().get())) {
                continue; // a value from an unknown ARG is only known at build time
            }
            String type = schema.get(e.key().get());
            String value = e.value().get();
            String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
            LabelSchema.problem(type, value).ifPresent(p -> findings.report(
                    e.pair().value().range().isEmpty() ? e.pair().key().range() : e.pair().value().range(),
                    "label " + e.key().get() + (value.isBlank() ? " " + p
                            : " = \"" + shown + "\" " + p + " (its schema type is " + type + ")")
                            + "; tools that read image labels rely on the schema"));
        }
    }
}
